namespace ScarGuide.Tests.Browser;

/// <summary>The pages the browser tests visit: one of each kind the site has.</summary>
public static class SitePages
{
    public const string Home = "";
    public const string Article = "blog/microneedling-for-scars/";
    public const string Blog = "blog/";
    public const string BlogPage2 = "blog/page/2/";
    public const string Category = "blog/category/acne-scars/";
    public const string Categories = "blog/categories/";
    public const string Tags = "blog/tags/";
    public const string Author = "authors/dr-samuel-okafor/";
    public const string About = "about/";
    public const string Search = "search/";
    public const string Glossary = "glossary/";
    public const string SearchWithQuery = "search/?q=microneedling";

    /// <summary>The Spanish home page, an article with a translated address, and search within Spanish.</summary>
    public const string SpanishHome = "es/";
    public const string SpanishArticle = "es/blog/microagujas-para-cicatrices/";
    public const string SpanishSearchWithQuery = "es/search/?q=microagujas";

    /// <summary>No page lives here: the server answers 404 with the site's 404.html.</summary>
    public const string Missing = "no-such-page/";

    /// <summary>Every kind of page, including the search page with results and the 404 page.</summary>
    public static TheoryData<string> All => new()
    {
        Home, Article, Blog, BlogPage2, Category, Categories, Tags, Author, About, Search, SearchWithQuery, Glossary, Missing,
        SpanishHome, SpanishArticle, SpanishSearchWithQuery,
    };

    /// <summary>The pages the layout is checked and photographed on.</summary>
    public static TheoryData<string, int> Layouts
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var width in new[] { 375, 1280 })
            foreach (var page in new[] { Home, Article, Blog, Category, Author, SearchWithQuery, Missing, About, Glossary })
                data.Add(page, width);
            data.Add(SpanishArticle, 375);
            data.Add(SpanishHome, 375);
            data.Add(Article, 320);
            data.Add(Home, 320);
            return data;
        }
    }

    /// <summary>A file-name-safe name for a page, for screenshots.</summary>
    public static string Slug(string page) => page switch
    {
        Home => "home",
        SpanishHome => "es-home",
        Missing => "404",
        _ => page.Replace("?q=", "-q-").Trim('/').Replace('/', '-'),
    };
}
