using ScarGuide.Content;
using ScarGuide.Pipeline;
using ScarGuide.Search;

namespace ScarGuide.Related;

/// <summary>
/// Fills each published article's "Related articles": pinned <c>related:</c> slugs first, then the best matches of
/// the related index. Only listed articles (published, not noindex) are candidates.
/// </summary>
public sealed class RelateArticles : IStep
{
    public string Name => "related";

    public void Run(BuildContext context)
    {
        var settings = context.Config.Related;
        var candidates = context.Articles.Where(a => a.IsListed).ToList();
        var bySlug = candidates.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        // A translation pins `related: [x]` by the source's file name: within a language, x is that language's x.
        var byFileKey = FileNames.Index(candidates);
        var options = new RelatedOptions
        {
            Count = settings.Count,
            TagWeight = settings.TagWeight,
            CategoryWeight = settings.CategoryWeight,
            TextWeight = settings.TextWeight,
            MinScore = settings.MinScore,
        };
        // Each body is split into words once, by the search analyzer, for the index and for the search analysis after
        // this step (which reads the counts kept here). Listed articles are the search index's articles, in its order.
        var analyzer = SearchAnalyzer.For(context.Config.Language);
        var bodies = context.SearchBodies = new SearchBodies(analyzer, GlossaryPhrases.From(context.Glossary, analyzer), candidates.Count);
        var documents = candidates.Select((article, id) => ToDocument(article) with { BodyTerms = bodies.Source(article, id) }).ToList();
        // With build memory, the index keeps each document's analysed text for the next build.
        var index = context.RelatedIndex = RelatedIndex.Build(documents, options, context.Work.Kept<RelatedAnalysisCache>(), context.Work);

        // Pinned lists first, in article order (they report warnings); then the index's matches, which only read
        // the index, computed in parallel into each article's own slot.
        var articles = context.Articles;
        var pinnedLists = new List<ContentPage>[articles.Count];
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            var pinned = new List<ContentPage>();
            foreach (var slug in article.Meta.Related)
            {
                var key = slug.Trim().TrimEnd('/');
                if (key.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) key = key[..^3];
                var target = bySlug.GetValueOrDefault(key) ?? byFileKey.GetValueOrDefault(key.ToLowerInvariant());
                if (target is null && context.Parent is not null && context.Root.Content.Any(p => p.IsArticle && (p.FileKey == key || p.BaseKey == key || p.Slug == key)))
                    continue; // pinned in the source, not translated yet: the report's coverage lists it
                if (target is null)
                    context.Diagnostics.Warning("related-unknown", article.SourcePath, article.Meta.LineOf("related"), 1,
                        $"The pinned related article '{slug}' is not a published article.", "Use the slug (file name without .md) of a published article.");
                else if (target != article && !pinned.Contains(target) && pinned.Count < settings.Count)
                    pinned.Add(target);
            }

            pinnedLists[a] = pinned;
        }

        var related = context.Work.Map<int, IReadOnlyList<ContentPage>>(Enumerable.Range(0, articles.Count).ToArray(), a =>
        {
            var article = articles[a];
            var pinned = pinnedLists[a];
            var remaining = settings.Count - pinned.Count;
            if (remaining <= 0 || !index.Contains(article.Slug)) return pinned;
            var exclude = pinned.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
            var matches = index.Find(article.Slug, remaining, exclude);
            return [.. pinned, .. matches.Select(m => bySlug[m.Key])];
        });
        for (var a = 0; a < articles.Count; a++) articles[a].Related = related[a];
        if (context.ReleasesAsWritten) context.ReleaseRelatedIndex();
    }

    public static RelatedDocument ToDocument(ContentPage article) => new(
        article.Slug, article.Date, article.Meta.Tags, article.Meta.Categories, article.Meta.Title,
        article.Rendered.Headings.Select(h => h.Text).ToList(), article.Rendered.PlainUtf8);
}
