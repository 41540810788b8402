using ScarGuide.Related;
using static ScarGuide.Tests.Related.DermatologyCorpus;

namespace ScarGuide.Tests.Related;

/// <summary>An index built with a <see cref="RelatedAnalysisCache"/> answers exactly like one built without.</summary>
public sealed class RelatedAnalysisCacheTests
{
    private static readonly RelatedOptions Everything = new() { MinScore = 0 };

    [Fact]
    public void CachedIndexEqualsUncachedIndexAcrossBuildsAndChanges()
    {
        var cache = new RelatedAnalysisCache();
        // Over 512 documents, so the uncached build counts in more than one chunk on machines with several cores.
        var documents = Generated(600, seed: 7).Concat(Articles()).ToList();

        AssertSame(documents, cache);
        Assert.Equal(documents.Count, cache.LastAnalysed);

        AssertSame(documents, cache);
        Assert.Equal(0, cache.LastAnalysed);
        Assert.Equal(documents.Count, cache.LastReused);

        // One body edited (with a word no other document has, and one it shares), as in the preview server.
        var edited = documents.FindIndex(d => d.Key == "microneedling-acne-scars");
        documents[edited] = documents[edited] with { Body = documents[edited].Body + " Zygomatic keloid silicone laser notes." };
        AssertSame(documents, cache);
        Assert.Equal(1, cache.LastAnalysed);

        // Only term frequencies change (the same words again): vocabulary and IDF stay, so other vectors are reused.
        documents[edited] = documents[edited] with { Body = documents[edited].Body + " " + documents[edited].Body };
        AssertSame(documents, cache);
        Assert.Equal(1, cache.LastAnalysed);

        // A heading and a title changed, a document removed, one added, and one only re-tagged (not re-analysed).
        documents[3] = documents[3] with { Headings = [.. documents[3].Headings, "Aftercare for keloids"] };
        documents[4] = documents[4] with { Title = "Silicone sheets for hypertrophic scars" };
        documents[5] = documents[5] with { Tags = ["Keloids"], Categories = ["Skin Science"] };
        documents.RemoveAt(6);
        documents.Add(Sourdough());
        AssertSame(documents, cache);
        Assert.Equal(3, cache.LastAnalysed);
        Assert.Equal(documents.Count, cache.Count);

        // Different boosts give different frequencies: nothing remembered may be reused.
        AssertSame(documents, cache, Everything with { TitleBoost = 3, HeadingBoost = 1.25 });
        Assert.Equal(documents.Count, cache.LastAnalysed);
    }

    [Fact]
    public void CacheForgetsVocabularyOfRemovedDocumentsWithoutChangingResults()
    {
        var cache = new RelatedAnalysisCache();
        var documents = Articles();
        // Many builds, each with a document full of words no other build uses, so the vocabulary is renumbered.
        for (var build = 0; build < 12; build++)
        {
            var words = string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"word{build}x{i}"));
            var extra = Sourdough() with { Body = Sourdough().Body + " " + words };
            AssertSame([.. documents, extra], cache);
        }
        AssertSame(documents, cache);
    }

    private static void AssertSame(List<RelatedDocument> documents, RelatedAnalysisCache cache, RelatedOptions? options = null)
    {
        options ??= Everything;
        var plain = RelatedIndex.Build(documents, options);
        var cached = RelatedIndex.Build(documents, options, cache);
        Assert.Equal(Describe(plain), Describe(cached));
    }

    private static string Describe(RelatedIndex index)
    {
        var all = index.FindAll(count: 8);
        return string.Join("\n", all.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e =>
            $"{e.Key}: [{string.Join(" ", index.TopTerms(e.Key, 12))}] " + string.Join("; ", e.Value.Select(m =>
                $"{m.Key} {m.Score:R} {m.TagScore:R} {m.CategoryScore:R} {m.TextScore:R} "
                + $"{string.Join(",", m.SharedTags)}/{string.Join(",", m.SharedCategories)}"))));
    }
}
