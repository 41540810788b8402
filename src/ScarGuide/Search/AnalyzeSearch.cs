using System.Collections.Concurrent;
using System.Security.Cryptography;
using ScarGuide.Pages;
using ScarGuide.Pipeline;

namespace ScarGuide.Search;

/// <summary>One listed article as the search index needs it once analysed: its stems with their scores, and its fragment's hash.</summary>
internal readonly record struct SearchDocument(int[] Stems, byte[] Scores, byte[] FragmentHash);

/// <summary>Written by <see cref="AnalyzeSearch"/>: what <see cref="WriteSearchIndex"/> merges into the index at the end.</summary>
/// <param name="Documents">Listed articles in order; an article's position is its id in the index.</param>
/// <param name="GlossaryForms">Glossary words (folded form, stem) that articles gained through synonyms, in no particular order.</param>
internal sealed record SearchDocuments(SearchAnalyzer Analyzer, SearchDocument[] Documents, IReadOnlyCollection<(string Form, string Stem)> GlossaryForms);

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
        var glossaryForms = new ConcurrentDictionary<(string Form, string Stem), bool>();
        var release = context.ReleasesAsWritten;
        var docs = context.Work.Map(listed.Select((article, id) => (article, id)).ToList(), item =>
        {
            var (stems, scores, fragment) = WriteSearchIndex.AnalyzeArticle(item.article, context, analyzer, synonyms, glossaryForms, bodies.Take(item.id));
            // Each article's text goes as soon as it is analysed, not once all are: at 100,000 articles the step's peak.
            if (release) item.article.ReleasePlainText();
            context.Output.Write($"{SitePaths.SearchFiles}f/{item.id}.json", fragment.WrittenSpan);
            return new SearchDocument(stems, scores, SHA256.HashData(fragment.WrittenSpan));
        });
        context.SearchDocuments = new SearchDocuments(analyzer, docs, glossaryForms.Keys.ToList());

        if (!release) return;
        foreach (var page in context.Content) page.ReleasePlainText();
    }
}
