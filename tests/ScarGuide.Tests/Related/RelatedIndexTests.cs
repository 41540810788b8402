using ScarGuide.Related;
using static ScarGuide.Tests.Related.DermatologyCorpus;

namespace ScarGuide.Tests.Related;

public sealed class RelatedIndexTests
{
    private static readonly RelatedOptions KeywordsOnly = new() { TextWeight = 0, MinScore = 0 };
    private static readonly RelatedOptions Everything = new() { MinScore = 0 };

    [Fact]
    public void SharedTagOutranksSharedCommonCategoryEvenWhenBothAreWeightedEqually()
    {
        // Without damping both candidates would score 1 and the newer category match would win the tie.
        var docs = new List<RelatedDocument>
        {
            Doc("home-microneedling", "2024-01-10", ["Microneedling"], ["Treatments"], "", ""),
            Doc("needle-depths", "2022-01-01", ["Microneedling"], ["Skin Science"], "", ""),
            Doc("glycolic-peels", "2024-06-01", ["Chemical Peels"], ["Treatments"], "", ""),
            Doc("subcision", "2023-01-01", ["Subcision"], ["Treatments"], "", ""),
            Doc("punch-excision", "2023-02-01", ["Punch Excision"], ["Treatments"], "", ""),
            Doc("steroid-injections", "2023-03-01", ["Steroid Injections"], ["Treatments"], "", ""),
            Doc("zinc-sunscreen", "2023-04-01", ["Sun Protection"], ["Skin Care"], "", ""),
        };
        var index = RelatedIndex.Build(docs, KeywordsOnly with { TagWeight = 1, CategoryWeight = 1 });

        var matches = index.Find("home-microneedling", count: 10);

        Assert.Equal("needle-depths", matches[0].Key);
        Assert.Equal(["Microneedling"], matches[0].SharedTags);
        var categoryOnly = Assert.Single(matches, m => m.Key == "glycolic-peels");
        Assert.Equal(["Treatments"], categoryOnly.SharedCategories);
        Assert.True(categoryOnly.Score < matches[0].Score / 2, $"category-only score {categoryOnly.Score} vs tag {matches[0].Score}");
    }

    [Fact]
    public void ArticlesSharingTwoTagsOutrankArticlesSharingOnlyTheBroadCategory()
    {
        var index = RelatedIndex.Build(Articles(), Everything);

        var keys = Keys(index.Find("microneedling-acne-scars", count: 10));

        // The laser article shares "Acne Scars" and "Collagen"; the peel and CO2 articles share only "Treatments",
        // and the peel article is newer, so it would win a tie.
        Assert.True(Rank(keys, "laser-resurfacing-acne-scars") < 2, string.Join(", ", keys));
        Assert.True(Rank(keys, "laser-resurfacing-acne-scars") < Rank(keys, "chemical-peels"));
        Assert.True(Rank(keys, "laser-resurfacing-acne-scars") < Rank(keys, "fractional-co2-laser"));
    }

    [Fact]
    public void TextSimilarityRanksTopicalArticleAboveUnrelatedOneWhenNoKeywordsAreShared()
    {
        var untagged = Articles().Select(d => d with { Tags = [], Categories = [] }).ToList();
        var index = RelatedIndex.Build(untagged, Everything);

        var matches = index.Find("microneedling-acne-scars", count: 10);
        var keys = Keys(matches);

        Assert.Contains(keys[0], (string[])["atrophic-acne-scar-types", "laser-resurfacing-acne-scars"]);
        Assert.All(matches, m => Assert.Empty(m.SharedTags));
        Assert.All(matches, m => Assert.Equal(Everything.TextWeight * m.TextScore, m.Score, tolerance: 1e-8));
        // The sunscreen article is newer than the acne-scar one, so a tie would put it first.
        Assert.True(Rank(keys, "atrophic-acne-scar-types") < Rank(keys, "choosing-a-sunscreen"));
        Assert.True(Rank(keys, "atrophic-acne-scar-types") < Rank(keys, "keloid-scars"));
    }

    [Fact]
    public void TextSimilarityWeighsARareSharedWordAboveWordsMostArticlesUse()
    {
        var docs = Articles().Select(d => d with { Tags = [], Categories = [] }).ToList();
        docs.Add(Doc("subcision-basics", "2024-06-01", [], [], "", "Subcision frees tethered scars under the skin. Skin and scars heal over weeks."));
        docs.Add(Doc("subcision-bruising", "2022-01-01", [], [], "", "Subcision bruising fades."));
        docs.Add(Doc("skin-and-scars", "2024-12-01", [], [], "", "Skin, skin, scars and scars over weeks."));
        var index = RelatedIndex.Build(docs, Everything);

        var keys = Keys(index.Find("subcision-basics", count: 10));

        // Counted plainly, "skin", "scars" and "weeks" outweigh the single shared "subcision".
        Assert.Equal("subcision-bruising", keys[0]);
        Assert.Contains("skin-and-scars", keys);
    }

    [Fact]
    public void CategoryOnEveryDocumentContributesNothing()
    {
        var docs = Articles().Select(d => d with { Categories = ["Scars"] }).ToList();
        docs.Add(Doc("tattoo-removal", "2024-06-01", ["Tattoos"], ["Scars"], "Removing old ink",
            "Picosecond pulses shatter pigment granules that macrophages then clear."));
        var index = RelatedIndex.Build(docs, Everything);

        Assert.Empty(index.Find("tattoo-removal"));
        var matches = index.Find("microneedling-acne-scars", count: 10);
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.Equal(0, m.CategoryScore));
    }

    [Fact]
    public void CategoryOnFewDocumentsDoesContribute()
    {
        // The counterpart of the test above: the same shared category counts when it is rare.
        var docs = Articles();
        docs.Add(Doc("tattoo-removal", "2024-06-01", ["Tattoos"], ["Scar Types"], "Removing old ink",
            "Picosecond pulses shatter pigment granules that macrophages then clear."));
        var index = RelatedIndex.Build(docs, Everything);

        var matches = index.Find("tattoo-removal");

        Assert.Equal(["atrophic-acne-scar-types", "keloid-scars"], Keys(matches).Order(StringComparer.Ordinal));
        Assert.All(matches, m => Assert.True(m.CategoryScore > 0.3, $"{m.Key}: {m.CategoryScore}"));
    }

    [Fact]
    public void NeverReturnsTheDocumentItselfOrExcludedKeys()
    {
        var docs = Articles();
        var original = docs.Single(d => d.Key == "microneedling-acne-scars");
        docs.Add(original with { Key = "microneedling-acne-scars-copy" });
        var index = RelatedIndex.Build(docs, Everything);

        var all = Keys(index.Find("microneedling-acne-scars", count: 20));
        Assert.DoesNotContain("microneedling-acne-scars", all);
        Assert.Equal("microneedling-acne-scars-copy", all[0]);

        var exclude = new HashSet<string>(StringComparer.Ordinal) { "microneedling-acne-scars-copy", "laser-resurfacing-acne-scars", "no-such-key" };
        var filtered = Keys(index.Find("microneedling-acne-scars", count: 3, exclude));
        Assert.Equal(3, filtered.Length);
        Assert.DoesNotContain("microneedling-acne-scars", filtered);
        Assert.Empty(filtered.Intersect(exclude));
        Assert.Equal(all.Except(exclude).Take(3), filtered);
    }

    [Fact]
    public void ReturnsAtMostTheRequestedCount()
    {
        var index = RelatedIndex.Build(Articles(), Everything with { Count = 3 });

        Assert.Equal(3, index.Find("microneedling-acne-scars").Count);
        Assert.Equal(5, index.Find("microneedling-acne-scars", count: 5).Count);
        Assert.Empty(index.Find("microneedling-acne-scars", count: 0));
        Assert.Equal(Keys(index.Find("microneedling-acne-scars", count: 5)).Take(3), Keys(index.Find("microneedling-acne-scars")));
    }

    [Fact]
    public void ReturnsFewerWhenOtherDocumentsScoreBelowMinScore()
    {
        var loose = RelatedIndex.Build(Articles(), Everything);
        var strict = RelatedIndex.Build(Articles(), Everything with { MinScore = 0.25 });

        var looseMatches = loose.Find("microneedling-acne-scars");
        var strictMatches = strict.Find("microneedling-acne-scars");

        Assert.Equal(4, looseMatches.Count);
        Assert.InRange(strictMatches.Count, 1, 3);
        Assert.All(strictMatches, m => Assert.True(m.Score >= 0.25, $"{m.Key}: {m.Score}"));
        Assert.Equal(Keys(looseMatches).Take(strictMatches.Count), Keys(strictMatches));
    }

    [Fact]
    public void ReturnsNothingForADocumentThatSharesNothing()
    {
        var docs = Articles();
        docs.Add(Sourdough());
        var index = RelatedIndex.Build(docs, Everything);

        Assert.Empty(index.Find("sourdough-starter"));
    }

    [Fact]
    public void EqualScoresAreOrderedNewestFirstThenByKey()
    {
        const string Body = "Pen devices glide over the cheek while the needles stamp vertically.";
        var docs = new List<RelatedDocument>
        {
            // Neighbours on another subject, so "Microneedling" is not on every document (which would make it worthless).
            Doc("zinc-sunscreen", "2024-05-01", ["Sun Protection"], [], "Zinc sunscreen", "Mineral filters reflect ultraviolet light."),
            Doc("tinted-sunscreen", "2024-05-01", ["Sun Protection"], [], "Tinted sunscreen", "Iron oxides block visible light."),
            Doc("c-device", "2023-01-01", ["Microneedling"], [], "Needling devices", Body),
            Doc("a-pen", "2023-01-01", ["Microneedling"], [], "Needling devices", Body),
            Doc("home-microneedling", "2024-06-01", ["Microneedling"], [], "Needling at home", "Pen devices and rollers."),
            Doc("d-stamp", "2024-01-01", ["Microneedling"], [], "Needling devices", Body),
            Doc("b-roller", "2024-01-01", ["Microneedling"], [], "Needling devices", Body),
        };
        var index = RelatedIndex.Build(docs, Everything);

        var matches = index.Find("home-microneedling");

        Assert.Equal(["b-roller", "d-stamp", "a-pen", "c-device"], Keys(matches));
        Assert.Single(matches.Select(m => m.Score).Distinct());
    }

    [Fact]
    public void BuildingTwiceGivesIdenticalResults()
    {
        var first = Describe(RelatedIndex.Build(Articles(), Everything));
        var second = Describe(RelatedIndex.Build(Articles(), Everything));

        Assert.Equal(first, second);
        Assert.Contains(first, line => line.Contains("laser-resurfacing-acne-scars", StringComparison.Ordinal));
    }

    [Fact]
    public void BuildingTwiceGivesIdenticalResultsOnASiteLargeEnoughToRunInParallel()
    {
        var docs = Generated(600, seed: 3);

        var first = Describe(RelatedIndex.Build(docs));
        var second = Describe(RelatedIndex.Build(docs));

        Assert.Equal(first, second);
        Assert.True(first.Length > 600, "most generated articles should have related articles");
    }

    [Fact]
    public void FindAllReturnsTheSameListsAsFind()
    {
        var docs = Generated(600, seed: 5);
        var index = RelatedIndex.Build(docs);

        var all = index.FindAll();

        Assert.Equal(600, all.Count);
        foreach (var doc in docs)
            Assert.Equal(Lines(index.Find(doc.Key)), Lines(all[doc.Key]));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.03)]
    public void AddingAnUnrelatedDocumentDoesNotReshuffleOtherLists(double minScore)
    {
        var options = new RelatedOptions { MinScore = minScore };
        var before = RelatedIndex.Build(Articles(), options);
        var after = RelatedIndex.Build([.. Articles(), Sourdough()], options);

        Assert.Empty(after.Find("sourdough-starter"));
        foreach (var doc in Articles())
            Assert.Equal(Keys(before.Find(doc.Key, count: 10)), Keys(after.Find(doc.Key, count: 10)));
        // Stronger than required: documents that share nothing are left out of IDF, so even scores stay put.
        foreach (var doc in Articles())
            Assert.Equal(Lines(before.Find(doc.Key, count: 10)), Lines(after.Find(doc.Key, count: 10)));
        Assert.True(Articles().Count(d => before.Find(d.Key, count: 10).Count >= 3) >= 5, "the lists should be long enough to reshuffle");
    }

    [Fact]
    public void AddingAnArticleThatSharesOnlyWhatEveryArticleHasDoesNotReshuffleOtherLists()
    {
        // On a scar site every article says "scars"; a burns article that shares nothing else is still unrelated.
        var docs = new List<RelatedDocument>
        {
            Doc("microneedling", "2026-01-01", ["Microneedling", "Acne Scars", "Collagen"], ["Procedures"], "Microneedling for acne scars",
                "Microneedling builds collagen to soften rolling and boxcar acne scars over several sessions."),
            Doc("acne-types", "2026-03-01", ["Acne Scars", "Collagen"], ["Acne"], "Acne scar types",
                "Rolling, boxcar and ice pick acne scars respond differently; collagen loss shapes them."),
            Doc("subcision", "2026-02-01", ["Acne Scars", "Subcision"], ["Procedures"], "Subcision for rolling scars",
                "Subcision releases tethered rolling acne scars; microneedling often follows."),
            Doc("laser", "2026-01-20", ["Laser", "Collagen"], ["Procedures"], "Fractional laser",
                "Fractional laser resurfacing remodels collagen in acne scars and surgical scars."),
        };
        var burns = Doc("burns", "2026-03-05", ["Burns"], ["Burns"], "Burn scar pressure garments",
            "Pressure garments and grafts manage contracture after burns.");
        var before = RelatedIndex.Build(docs, Everything);
        var after = RelatedIndex.Build([.. docs, burns], Everything);

        Assert.Empty(after.Find("burns"));
        foreach (var doc in docs)
            Assert.Equal(Lines(before.Find(doc.Key)), Lines(after.Find(doc.Key)));
        Assert.Equal(3, before.Find("acne-types").Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void ResultsDoNotDependOnInputOrder(int seed)
    {
        var ordered = Articles();
        ordered.Add(Sourdough());
        // Twins tie with their originals on every score and date, so only the key can order them.
        ordered.Add(ordered.Single(d => d.Key == "microneedling-aftercare") with { Key = "aftercare-for-microneedling" });
        ordered.Add(ordered.Single(d => d.Key == "choosing-a-sunscreen") with { Key = "sunscreen-choices" });
        var shuffled = ordered.ToArray();
        new Random(seed).Shuffle(shuffled);
        Assert.NotEqual(ordered.Select(d => d.Key), shuffled.Select(d => d.Key));

        Assert.Equal(Describe(RelatedIndex.Build(ordered, Everything)), Describe(RelatedIndex.Build(shuffled, Everything)));
    }

    [Fact]
    public void TagsAndCategoriesAreComparedIgnoringCase()
    {
        var docs = new List<RelatedDocument>
        {
            Doc("rolling-scars", "2024-01-01", ["Acne Scars"], ["Scar Types"], "", ""),
            Doc("boxcar-scars", "2023-01-01", [" acne scars ", "ACNE SCARS"], ["scar types"], "", ""),
            Doc("zinc-sunscreen", "2023-01-01", ["SPF"], ["Skin Care"], "", ""),
            Doc("tinted-sunscreen", "2023-01-01", ["SPF"], ["Skin Care"], "", ""),
        };
        var index = RelatedIndex.Build(docs, KeywordsOnly);

        var match = Assert.Single(index.Find("rolling-scars"));

        Assert.Equal("boxcar-scars", match.Key);
        Assert.Equal(["Acne Scars"], match.SharedTags);
        Assert.Equal(["Scar Types"], match.SharedCategories);
        Assert.Equal(["acne scars"], Assert.Single(index.Find("boxcar-scars")).SharedTags);
    }

    [Fact]
    public void CappedKeywordPostingsStillScoreTheirShareExactly()
    {
        // With a limit of 2, "Treatments" (5 articles) is too common to walk, yet every candidate found through
        // tags or text must still receive exactly the category share it gets when everything is walked.
        var capped = RelatedIndex.Build(Articles(), Everything with { KeywordPostingLimit = 2 });
        var uncapped = RelatedIndex.Build(Articles(), Everything with { KeywordPostingLimit = 1000 });

        var cappedMatches = capped.Find("microneedling-acne-scars", count: 3);
        var uncappedMatches = uncapped.Find("microneedling-acne-scars", count: 3);

        Assert.Equal(Lines(uncappedMatches), Lines(cappedMatches));
        Assert.Contains(cappedMatches, m => m.SharedCategories.Contains("Treatments"));
    }

    [Fact]
    public void TopTermsNameTheTopicWithPluralsFolded()
    {
        var index = RelatedIndex.Build(Articles());

        var terms = index.TopTerms("microneedling-acne-scars", 6);

        Assert.Equal(6, terms.Count);
        Assert.Contains("microneedling", terms);
        Assert.Contains("session", terms);
        Assert.DoesNotContain("sessions", terms);
        Assert.DoesNotContain("the", terms);
    }

    [Fact]
    public void HandlesEmptyAndSingleDocumentSites()
    {
        Assert.Empty(RelatedIndex.Build([]).FindAll());

        var single = RelatedIndex.Build([Articles()[0]]);
        Assert.Empty(single.Find("microneedling-acne-scars"));
        Assert.Empty(single.TopTerms("microneedling-acne-scars", 5));
    }

    [Fact]
    public void RejectsDuplicateKeysAndUnknownKeys()
    {
        var docs = Articles();
        docs.Add(docs[0] with { Title = "Another title" });

        Assert.Throws<ArgumentException>(() => RelatedIndex.Build(docs));
        var index = RelatedIndex.Build(Articles());
        Assert.Throws<KeyNotFoundException>(() => index.Find("no-such-article"));
        Assert.False(index.Contains("no-such-article"));
        Assert.True(index.Contains("keloid-scars"));
    }

    private static string[] Keys(IEnumerable<RelatedMatch> matches) => matches.Select(m => m.Key).ToArray();

    private static int Rank(string[] keys, string key)
    {
        var rank = Array.IndexOf(keys, key);
        return rank < 0 ? int.MaxValue : rank;
    }

    private static string[] Lines(IEnumerable<RelatedMatch> matches) => matches
        .Select(m => $"{m.Key} {m.Score:R} [{string.Join(",", m.SharedTags)}] [{string.Join(",", m.SharedCategories)}] "
            + $"{m.TagScore:R} {m.CategoryScore:R} {m.TextScore:R}")
        .ToArray();

    private static string[] Describe(RelatedIndex index) => index.FindAll(count: 10)
        .OrderBy(kv => kv.Key, StringComparer.Ordinal)
        .SelectMany(kv => Lines(kv.Value).Select(line => kv.Key + " -> " + line))
        .ToArray();
}
