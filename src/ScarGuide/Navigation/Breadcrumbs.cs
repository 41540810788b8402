using ScarGuide.Pages;
using ScarGuide.Content;
using ScarGuide.Taxonomy;

namespace ScarGuide.Navigation;

/// <summary>Builds the breadcrumb trail of each page kind. The last crumb is the current page (no URL).</summary>
public static class Breadcrumbs
{
    public const string Home = "Home";
    public const string Blog = "Blog";

    public static IReadOnlyList<Crumb> ForArticle(ContentPage article, Term? firstCategory)
    {
        var trail = new List<Crumb> { new(Home, SitePaths.Home), new(Blog, SitePaths.Blog) };
        if (firstCategory is not null && string.Equals(article.Meta.Breadcrumb, "category", StringComparison.OrdinalIgnoreCase))
            trail.Add(new Crumb(firstCategory.Name, SitePaths.Category(firstCategory.Slug)));
        trail.Add(new Crumb(article.Meta.Title, null));
        return trail;
    }

    public static IReadOnlyList<Crumb> ForPage(string title) => [new(Home, SitePaths.Home), new(title, null)];

    public static IReadOnlyList<Crumb> ForBlog(int page) =>
        page == 1 ? [new(Home, SitePaths.Home), new(Blog, null)] : [new(Home, SitePaths.Home), new(Blog, SitePaths.Blog), new($"Page {page}", null)];

    /// <summary>Home › Blog › Categories › Scar Removal (› Page 2).</summary>
    public static IReadOnlyList<Crumb> ForTerm(string indexName, string indexPath, string termName, string termPath, int page)
    {
        var trail = new List<Crumb> { new(Home, SitePaths.Home), new(Blog, SitePaths.Blog), new(indexName, indexPath) };
        if (page == 1) trail.Add(new Crumb(termName, null));
        else { trail.Add(new Crumb(termName, termPath)); trail.Add(new Crumb($"Page {page}", null)); }
        return trail;
    }

    public static IReadOnlyList<Crumb> ForTermIndex(string indexName) => [new(Home, SitePaths.Home), new(Blog, SitePaths.Blog), new(indexName, null)];

    public const string Authors = "Authors";

    public static IReadOnlyList<Crumb> ForAuthor(string name) => [new(Home, SitePaths.Home), new(Authors, SitePaths.Authors), new(name, null)];

    public static IReadOnlyList<Crumb> ForAuthorIndex() => [new(Home, SitePaths.Home), new(Authors, null)];
}
