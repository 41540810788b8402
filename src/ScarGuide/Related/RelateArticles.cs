using ScarGuide.Content;
using ScarGuide.Pipeline;

namespace ScarGuide.Related;

/// <summary>
/// Fills each published article's "Related articles": pinned <c>related:</c> slugs first, then the best matches of
/// the related index. Only listed articles (published, not noindex) are candidates.
/// </summary>
public sealed class RelateArticles : IStep
{
    public string Name => "related";

    /// <summary>The index over listed articles, kept so <c>scarguide related</c> can explain scores.</summary>
    public RelatedIndex? Index { get; private set; }

    public void Run(BuildContext context)
    {
        var settings = context.Config.Related;
        var candidates = context.Articles.Where(a => a.IsListed).ToList();
        var bySlug = candidates.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var byFileKey = candidates.GroupBy(a => a.FileKey).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var options = new RelatedOptions
        {
            Count = settings.Count,
            TagWeight = settings.TagWeight,
            CategoryWeight = settings.CategoryWeight,
            TextWeight = settings.TextWeight,
            MinScore = settings.MinScore,
        };
        Index = RelatedIndex.Build(candidates.Select(ToDocument).ToList(), options, context.Options.Cache?.Related);

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
                if (target is null)
                    context.Diagnostics.Warning("related-unknown", article.SourcePath, article.Meta.LineOf("related"), 1,
                        $"The pinned related article '{slug}' is not a published article.", "Use the slug (file name without .md) of a published article.");
                else if (target != article && !pinned.Contains(target) && pinned.Count < settings.Count)
                    pinned.Add(target);
            }

            pinnedLists[a] = pinned;
        }

        var index = Index;
        void Relate(int a)
        {
            var article = articles[a];
            var pinned = pinnedLists[a];
            var remaining = settings.Count - pinned.Count;
            if (remaining <= 0 || !index.Contains(article.Slug))
            {
                article.Related = pinned;
                return;
            }
            var exclude = pinned.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
            var matches = index.Find(article.Slug, remaining, exclude);
            article.Related = [.. pinned, .. matches.Select(m => bySlug[m.Key])];
        }
        if (context.Options.Parallel) Parallel.For(0, articles.Count, Relate);
        else for (var a = 0; a < articles.Count; a++) Relate(a);
    }

    public static RelatedDocument ToDocument(ContentPage article) => new(
        article.Slug, article.Date, article.Meta.Tags, article.Meta.Categories, article.Meta.Title,
        article.Rendered.Headings.Select(h => h.Text).ToList(), article.Rendered.PlainText);
}
