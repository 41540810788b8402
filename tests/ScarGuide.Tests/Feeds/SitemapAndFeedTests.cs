using System.Xml.Linq;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Feeds;

public sealed class SitemapAndFeedTests : IDisposable
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly TestSite _site = TestSite.Build($"""
        -- input/articles/a.md --
        {Md("Alpha & <Omega>", "Text with [b](b.md).\n", "updated: 2026-05-05", "aliases: [\"/old-alpha/\", \"/2019/alpha.html\"]")}
        -- input/articles/b.md --
        {Md("Beta", "Text with [a](a.md).\n", "date: 2026-02-02")}
        -- input/articles/hidden.md --
        {Md("Hidden", "Text with [a](a.md).\n", "noindex: true", "date: 2026-02-03")}
        -- input/articles/draft.md --
        {Md("Draft", "Text.\n", "draft: true")}
        """, o => o with { BaseUrl = "https://example.org/guide/" });

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<string> Locs => _site.Xml("sitemap.xml").Descendants(Sm + "loc").Select(l => l.Value).ToList();

    [Fact]
    public void Sitemap_lists_indexable_pages_with_lastmod_only()
    {
        _site.AssertNoErrors();
        Assert.Contains("https://example.org/guide/", Locs);
        Assert.Contains("https://example.org/guide/blog/a/", Locs);
        Assert.Contains("https://example.org/guide/blog/category/scar-removal/", Locs);
        Assert.DoesNotContain(Locs, l => l.Contains("hidden") || l.Contains("draft") || l.Contains("404") || l.Contains("search") || l.Contains("old-alpha"));
        var alpha = _site.Xml("sitemap.xml").Descendants(Sm + "url").Single(u => u.Element(Sm + "loc")!.Value.EndsWith("/blog/a/"));
        Assert.Equal("2026-05-05T00:00:00Z", alpha.Element(Sm + "lastmod")!.Value);
        Assert.Equal(Locs.Order(StringComparer.Ordinal), Locs);
    }

    [Fact]
    public void Noindex_article_is_built_with_a_robots_noindex_meta_and_kept_out_of_feeds_and_search()
    {
        Assert.Equal("noindex, follow", _site.Html("blog/hidden/index.html").QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.DoesNotContain("Hidden", _site.Text("feed.xml"));
        Assert.DoesNotContain(_site.Files, f => f.Key.StartsWith("search-index/f/", StringComparison.Ordinal) && System.Text.Encoding.UTF8.GetString(f.Value).Contains("Hidden"));
        Assert.Equal("noindex, follow", _site.Html("404.html").QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("noindex, follow", _site.Html("search/index.html").QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public void Atom_feed_is_well_formed_with_escaped_titles_and_absolute_links()
    {
        var feed = _site.Xml("feed.xml").Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Alpha & <Omega>", "Beta"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("2026-03-14T00:00:00Z", entries[0].Element(Atom + "published")!.Value);
        Assert.Equal("2026-05-05T00:00:00Z", entries[0].Element(Atom + "updated")!.Value);
        Assert.Contains("href=\"https://example.org/guide/blog/b/\"", entries[0].Element(Atom + "content")!.Value);
        Assert.Equal("https://example.org/guide/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.True(_site.Has("blog/category/scar-removal/feed.xml"));
    }

    [Fact]
    public void Rss_feed_is_well_formed_with_rfc822_dates()
    {
        var channel = _site.Xml("rss.xml").Root!.Element("channel")!;
        var items = channel.Elements("item").ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("Sat, 14 Mar 2026 00:00:00 GMT", items[0].Element("pubDate")!.Value);
        Assert.Equal("https://example.org/guide/blog/a/", items[0].Element("guid")!.Value);
    }

    [Fact]
    public void Aliases_become_redirect_pages_to_the_canonical_url()
    {
        var page = _site.Html("old-alpha/index.html");
        Assert.Equal("0; url=https://example.org/guide/blog/a/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("https://example.org/guide/blog/a/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/guide/blog/a/", page.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("url=https://example.org/guide/blog/a/", _site.Text("2019/alpha.html"));
    }

    [Fact]
    public void Publishing_files_are_written_for_github_pages_and_cdns()
    {
        Assert.True(_site.Has(".nojekyll"));
        Assert.False(_site.Has("CNAME"));
        var headers = _site.Text("_headers");
        Assert.Contains("/guide/assets/*\n  Cache-Control: public, max-age=31536000, immutable", headers);
        Assert.Contains("Content-Security-Policy:", headers);
        var css = _site.Html("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/guide/assets/site\.[0-9a-f]{8}\.css$", css);
        Assert.True(_site.Has(css["/guide/".Length..]));
    }

    [Fact]
    public void Alias_colliding_with_a_real_page_is_an_error()
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("A", "Text.\n", "aliases: [\"/blog/\"]")}");
        Assert.Equal("input/articles/a.md", site.Single("alias-collision").File);
    }

    [Fact]
    public void Custom_domain_writes_cname()
    {
        using var site = TestSite.Build($"-- input/site.yml --\n{TestSite.DefaultSiteYml}\ncname: guide.example.org\n");
        Assert.Equal("guide.example.org\n", site.Text("CNAME"));
    }
}
