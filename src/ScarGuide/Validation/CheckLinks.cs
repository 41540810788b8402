using ScarGuide.Content;
using ScarGuide.Markdown;
using ScarGuide.Pages;
using ScarGuide.Pipeline;

namespace ScarGuide.Validation;

/// <summary>
/// Checks every link written in article bodies once all pages are planned: root-relative links to missing pages,
/// <c>#anchors</c> that match no heading or FAQ item, and articles that no other article links to (orphans). An
/// anchor that may be a section the theme writes (<c>#faq</c>, <c>#related</c>) is checked against the rendered
/// page by CheckSectionLinks, once templates have run.
/// </summary>
public sealed class CheckLinks : IStep
{
    public string Name => "check links";

    public void Run(BuildContext context)
    {
        // Links are site paths across languages (es/blog/x/): a body may link another language's page.
        var sites = context.Root.LanguageSites;
        IReadOnlySet<string> pagePaths = sites.SelectMany(s => s.OutputPages.Select(p => s.LanguagePrefix + p.UrlPath)).ToHashSet(StringComparer.Ordinal);
        var filePaths = context.StaticFiles.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal);
        // Files each language writes besides its pages: its feeds (a category's too), search index and 404 page.
        foreach (var s in sites)
        {
            foreach (var file in SitePaths.LanguageFiles) filePaths.Add(s.LanguagePrefix + file);
            foreach (var category in s.Taxonomies.Categories) filePaths.Add(s.LanguagePrefix + SitePaths.CategoryFeed(category.Slug));
        }
        bool Generated(string path) => SitePaths.IsGeneratedFile(path)
            || sites.Any(s => s.LanguagePrefix.Length > 0 && path.StartsWith(s.LanguagePrefix + SitePaths.SearchFiles, StringComparison.Ordinal));
        // The first page of each path. A loop, not GroupBy over (path, page) tuples: LINQ's grouping of tuples has no
        // precompiled code in the installed tool.
        var byUrl = new Dictionary<string, ContentPage>(StringComparer.Ordinal);
        foreach (var s in sites)
            foreach (var p in s.Content) byUrl.TryAdd(s.LanguagePrefix + p.UrlPath, p);
        var incoming = new HashSet<ContentPage>();
        var byPage = new Dictionary<ContentPage, OutputPage>(ReferenceEqualityComparer.Instance);
        foreach (var p in sites.SelectMany(s => s.OutputPages))
            if (p.Source is { } source) byPage.TryAdd(source, p);
        var sectionLinks = new List<SectionLink>();
        // An anchor that is no heading or FAQ item of its page may be one of the theme's sections: decided after rendering.
        void Anchor(ContentPage page, BodyLink link, ContentPage target, string anchor, string message, string fix)
        {
            if (HasAnchor(target, anchor)) return;
            if (byPage.TryGetValue(target, out var rendered))
            {
                rendered.IsSectionTarget = true;
                sectionLinks.Add(new SectionLink(page, link, rendered, anchor, message, fix));
            }
            else
                context.Diagnostics.Error("broken-anchor", page.SourcePath, link.Line, link.Column, message, fix);
        }

        foreach (var page in context.Content.Where(p => p.IsPublished))
        {
            foreach (var link in page.Rendered.Links)
            {
                if (link.TargetPath is null)
                {
                    if (link.Anchor is { Length: > 0 } anchor)
                        Anchor(page, link, page, anchor, $"The link '{link.Url}' points to a section that does not exist on this page.",
                            $"Use one of the section ids: {Ids(page)}.");
                    continue;
                }

                var path = link.TargetPath.TrimStart('/');
                if (byUrl.TryGetValue(path, out var target))
                {
                    if (target != page) incoming.Add(target);
                    if (link.Anchor is { Length: > 0 } anchor)
                        Anchor(page, link, target, anchor, $"The link '{link.Url}' points to a section of {target.SourcePath} that does not exist.",
                            $"Use one of its section ids: {Ids(target)}.");
                    continue;
                }
                var asPage = path.Length == 0 || path.EndsWith('/') ? path : path + "/";
                if (!pagePaths.Contains(asPage) && !pagePaths.Contains(path) && !filePaths.Contains(path) && !Generated(path))
                    context.Diagnostics.Error("broken-link", page.SourcePath, link.Line, link.Column,
                        $"The link '{link.Url}' points to a page that does not exist.",
                        Closest(asPage, pagePaths) is { } closest
                            ? $"Did you mean /{closest}? Or link to the article's file, like other-article.md."
                            : "Link to an existing page, or to an article as other-article.md.");
            }
        }

        context.SectionLinks = sectionLinks;

        foreach (var article in context.Articles.Where(a => a.IsListed && !incoming.Contains(a)))
            context.Diagnostics.Warning("orphan", article.SourcePath, 1, 1,
                "No other article links to this one, so readers only find it through listings and search.",
                "Link to it from one or two related articles, like [text](" + article.FileKey + ".md).");
    }

    /// <summary>The existing page address nearest to a mistyped one (a cut, a typo, a renamed file), if any is near.</summary>
    private static string? Closest(string path, IReadOnlySet<string> pagePaths) =>
        Diagnostics.Spelling.Closest(path, pagePaths.Where(p => p.Length > 0).Order(StringComparer.Ordinal), Math.Max(2, path.Length / 4));

    /// <summary>The page's own sections and its FAQ items.</summary>
    private static bool HasAnchor(ContentPage page, string anchor) =>
        page.Rendered.Headings.Any(h => h.Id == anchor)
        || (anchor.StartsWith("faq-", StringComparison.Ordinal) && int.TryParse(anchor[4..], out var n) && n >= 1 && n <= page.Rendered.Faq.Count);

    private static string Ids(ContentPage page)
    {
        var ids = page.Rendered.Headings.Select(h => "#" + h.Id).Take(8).ToList();
        return ids.Count == 0 ? "(the page has no sections)" : string.Join(", ", ids);
    }
}

/// <summary>A link to a section that is no heading or FAQ item of its target: right only if the rendered page has that id.</summary>
public sealed record SectionLink(ContentPage Page, BodyLink Link, OutputPage Target, string Anchor, string Message, string Fix);

/// <summary>After rendering: reports the links to sections (<c>#related</c>) that the rendered target page does not have.</summary>
public sealed class CheckSectionLinks : IStep
{
    public string Name => "check section links";

    public void Run(BuildContext context)
    {
        foreach (var l in context.SectionLinks)
            if (l.Target.RenderedIds is { } ids && !ids.Contains(l.Anchor))
                context.Diagnostics.Error("broken-anchor", l.Page.SourcePath, l.Link.Line, l.Link.Column, l.Message, l.Fix);
    }
}
