using ScarGuide.Pages;
using ScarGuide.Content;
using ScarGuide.Taxonomy;
using ScarGuide.Templating;

namespace ScarGuide.Navigation;

/// <summary>
/// Builds the breadcrumb trail of each page kind. The last crumb is the current page (no URL). The names of the
/// site's own sections (Home, Blog, Authors, Page 2) are theme strings in the build's language.
/// </summary>
public static class Breadcrumbs
{
    public static IReadOnlyList<Crumb> ForArticle(LanguageStrings strings, ContentPage article, Term? firstCategory)
    {
        var trail = new List<Crumb> { Home(strings), new(strings["blog"], SitePaths.Blog) };
        if (firstCategory is not null && string.Equals(article.Meta.Breadcrumb, "category", StringComparison.OrdinalIgnoreCase))
            trail.Add(new Crumb(firstCategory.Name, SitePaths.Category(firstCategory.Slug)));
        trail.Add(new Crumb(article.Meta.Title, null));
        return trail;
    }

    public static IReadOnlyList<Crumb> ForPage(LanguageStrings strings, string title) => [Home(strings), new(title, null)];

    public static IReadOnlyList<Crumb> ForBlog(LanguageStrings strings, int page) =>
        page == 1
            ? [Home(strings), new(strings["blog"], null)]
            : [Home(strings), new(strings["blog"], SitePaths.Blog), new(strings.Format("page_number", page), null)];

    /// <summary>Home › Blog › Categories › Scar Removal (› Page 2).</summary>
    public static IReadOnlyList<Crumb> ForTerm(LanguageStrings strings, string indexName, string indexPath, string termName, string termPath, int page)
    {
        var trail = new List<Crumb> { Home(strings), new(strings["blog"], SitePaths.Blog), new(indexName, indexPath) };
        if (page == 1) trail.Add(new Crumb(termName, null));
        else { trail.Add(new Crumb(termName, termPath)); trail.Add(new Crumb(strings.Format("page_number", page), null)); }
        return trail;
    }

    public static IReadOnlyList<Crumb> ForTermIndex(LanguageStrings strings, string indexName) =>
        [Home(strings), new(strings["blog"], SitePaths.Blog), new(indexName, null)];

    public static IReadOnlyList<Crumb> ForAuthor(LanguageStrings strings, string name) =>
        [Home(strings), new(strings["authors"], SitePaths.Authors), new(name, null)];

    public static IReadOnlyList<Crumb> ForAuthorIndex(LanguageStrings strings) => [Home(strings), new(strings["authors"], null)];

    private static Crumb Home(LanguageStrings strings) => new(strings["home"], SitePaths.Home);
}
