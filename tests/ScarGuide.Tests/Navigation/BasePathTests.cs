using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Navigation;

/// <summary>A GitHub Pages project site lives under a sub-path; every URL kind must carry it.</summary>
public sealed class BasePathTests : IDisposable
{
    private readonly TestSite _site = TestSite.Build($"""
        -- input/images/hero.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"></svg>
        -- input/articles/a.md --
        {Md("Alpha", "See [beta](b.md#part) and [blog](/blog/) and ![hero](/images/hero.svg).\n", "image: /images/hero.svg", "image_alt: \"A hero\"")}
        -- input/articles/b.md --
        {Md("Beta", "## Part\n\nBack to [alpha](a.md).\n", "date: 2026-03-01")}
        """, o => o with { BaseUrl = "https://clinic.github.io/scarguide/" });

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Links_assets_canonical_og_and_json_ld_carry_the_sub_path()
    {
        _site.AssertNoErrors();
        var page = _site.Html("blog/a/index.html");
        var prose = page.QuerySelector(".prose")!;
        Assert.Equal("/scarguide/blog/b/#part", prose.QuerySelector("a[href*='/b/']")!.GetAttribute("href"));
        Assert.Equal("/scarguide/blog/", prose.QuerySelector("a[href$='/blog/']")!.GetAttribute("href"));
        Assert.Equal("/scarguide/images/hero.svg", prose.QuerySelector("img")!.GetAttribute("src"));
        Assert.StartsWith("/scarguide/assets/site.", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("https://clinic.github.io/scarguide/blog/a/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://clinic.github.io/scarguide/images/hero.svg", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.All(page.QuerySelectorAll("header a, nav a, footer a").Select(a => a.GetAttribute("href")!),
            href => Assert.StartsWith("/scarguide/", href));
        var crumbs = _site.JsonLdOne("blog/a/index.html", "BreadcrumbList").GetProperty("itemListElement");
        Assert.Equal("https://clinic.github.io/scarguide/blog/", crumbs[1].GetProperty("item").GetString());
    }

    [Fact]
    public void Sitemap_feeds_search_index_robots_and_404_carry_the_sub_path()
    {
        var sitemap = _site.Xml("sitemap.xml");
        Assert.All(sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value),
            loc => Assert.StartsWith("https://clinic.github.io/scarguide/", loc));
        Assert.Contains("href=\"https://clinic.github.io/scarguide/blog/b/#part\"", _site.Text("feed.xml"));
        Assert.Contains("<link>https://clinic.github.io/scarguide/blog/a/</link>", _site.Text("rss.xml"));
        Assert.Contains(_site.Files, f => f.Key.StartsWith("search-index/f/", StringComparison.Ordinal)
            && System.Text.Encoding.UTF8.GetString(f.Value).Contains("\"u\":\"/scarguide/blog/a/\"", StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://clinic.github.io/scarguide/sitemap.xml", _site.Text("robots.txt"));
        var notFound = _site.Html("404.html");
        Assert.StartsWith("/scarguide/assets/", notFound.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("/scarguide/search/", notFound.QuerySelector("form[role=search]")!.GetAttribute("action"));
    }
}
