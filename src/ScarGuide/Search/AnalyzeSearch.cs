using System.Collections.Concurrent;
using ScarGuide.Pages;
using ScarGuide.Pipeline;

namespace ScarGuide.Search;

/// <summary>One listed article as the search index needs it once analysed: its stems with their scores, and its fragment's hash.</summary>
internal readonly record struct SearchDocument(int[] Stems, byte[] Scores, byte[] FragmentHash);

/// <summary>Written by <see cref="AnalyzeSearch"/>: what <see cref="WriteSearchIndex"/> merges into the index at the end.</summary>
/// <param name="Documents">Listed articles in order; an article's position is its id in the index.</param>
/// <param name="GlossaryForms">Glossary words (folded form, stem) that articles gained through synonyms, in no particular order.</param>
internal sealed record SearchDocuments(SearchAnalyzer Analyzer, SearchDocument[] Documents, IReadOnlyCollection<GlossaryForm> GlossaryForms);

/// <summary>A glossary word an article gained through synonyms: its folded form and its stem.</summary>
// A record, not a (string, string) tuple as the key of a concurrent dictionary: the comparer and key collection of a
// tuple key have no precompiled code in the installed tool.
internal sealed record GlossaryForm(string Form, string Stem);

/// <summary>
/// The per-article half of the search index, as soon as plain text, headings and URLs exist (after RelateArticles):
/// each listed article's stems and scores (kept, as arrays) and its fragment file (written at once). In a one-shot
/// build (<see cref="BuildOptions.ReleaseAsWritten"/>) every body's plain text is let go here, since nothing later
/// reads it: held to the end, it was ~6.7 KB per article at 100,000 articles. <see cref="WriteSearchIndex"/> makes the
/// site-wide files last.
/// </summary>
public sealed class AnalyzeSearch : IStep
{
    public string Name => "search analysis";

    public void Run(BuildContext context)
    {
        // The analyzer RelateArticles split the bodies with: the body counts it kept are in its stem ids.
        var bodies = context.SearchBodies;
        var (analyzer, synonyms) = (bodies.Analyzer, bodies.Synonyms);
        var listed = context.Articles.Where(a => a.IsListed).ToList();
        // Each article's fragment is written here, in parallel: with thousands of articles the writes are most of the cost.
        // Only the scores are kept per article (thousands of dictionaries would crowd the heap at 10,000 articles).
        var glossaryForms = new ConcurrentDictionary<GlossaryForm, bool>();
        var release = context.ReleasesAsWritten;
        // Over the ids, not Select((article, id) => (article, id)): LINQ's iterator yielding tuples has no precompiled code
        // in the installed tool.
        var docs = context.Work.Map(Enumerable.Range(0, listed.Count).ToArray(), id =>
        {
            var article = listed[id];
            var (stems, scores, fragment) = WriteSearchIndex.AnalyzeArticle(article, context, analyzer, synonyms, glossaryForms, bodies.Take(id));
            // Each article's text goes as soon as it is analysed, not once all are: at 100,000 articles the step's peak.
            if (release) article.ReleasePlainText();
            context.Output.Write($"{SitePaths.SearchFiles}f/{id}.json", fragment.WrittenSpan);
            // Only to tell whether any fragment changed (the manifest's fragments version): XXH128, not SHA-256, which took
            // 1% of a 10,000-article build's CPU over 100 MB of fragments.
            return new SearchDocument(stems, scores, System.IO.Hashing.XxHash128.Hash(fragment.WrittenSpan));
        });
        context.SearchDocuments = new SearchDocuments(analyzer, docs, glossaryForms.Keys.ToList());

        if (!release) return;
        foreach (var page in context.Content) page.ReleasePlainText();
    }
}
