using ScarGuide.Markdown;
using ScarGuide.Pipeline;

namespace ScarGuide.Content;

/// <summary>
/// Decides what is published (articles newest first, pages by slug) and the link targets Markdown resolves
/// <c>other-article.md</c> against, drafts included so a link to one is reported as such.
/// </summary>
public sealed class SelectPublished : IStep
{
    public string Name => "select published";

    // Newest first, then by slug, as one comparer of pages: LINQ's sorter keyed by a DateTimeOffset has no precompiled
    // code in the installed tool (it was compiled at run time on every build); keyed by the page it has. OrderBy is stable.
    private static readonly IComparer<ContentPage> NewestFirst = Comparer<ContentPage>.Create((a, b) =>
    {
        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : StringComparer.Ordinal.Compare(a.Slug, b.Slug);
    });

    public void Run(BuildContext context)
    {
        // Of pages sharing a URL (already reported), the first in path order is the one published.
        var published = context.Content.Where(p => p.IsPublished)
            .GroupBy(p => p.UrlPath, StringComparer.Ordinal).Select(g => g.First()).ToList();
        context.Articles = published.Where(p => p.IsArticle).OrderBy(p => p, NewestFirst).ToList();
        context.Pages = published.Where(p => !p.IsArticle).OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        context.HeldBack = context.Content.Count(p => !p.IsPublished);

        // `x.md` is this language's x first (a translation links its own language's pages by the source's file name),
        // then another language's page of that file name. Targets are site paths across languages (es/blog/x/).
        var targets = new Dictionary<string, LinkTarget>(StringComparer.Ordinal);
        foreach (var (name, page) in FileNames.Index(context.Content))
            targets.Add(name, new LinkTarget(context.LanguagePrefix + page.UrlPath, page.IsPublished));
        foreach (var site in context.Root.LanguageSites)
            if (site != context)
                foreach (var page in site.Content)
                    targets.TryAdd(page.FileKey, new LinkTarget(site.LanguagePrefix + page.UrlPath, page.IsPublished));
        context.Links = new LinkTargets(targets, context.Config.BasePath) { Images = context.Images };
    }
}
