using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Taxonomy;

public sealed class ListingTests
{
    private static string Site(int articles, int perPage, string extra = "") =>
        $"-- input/site.yml --\n{TestSite.DefaultSiteYml.Replace("posts_per_page: 10", $"posts_per_page: {perPage}")}\n" +
        string.Concat(Enumerable.Range(1, articles).Select(i =>
            $"-- input/articles/a{i:00}.md --\n{Md($"Article {i:00}", "Text.\n", $"date: 2026-01-{i:00}", "tags: [\"acne scars\"]")}\n")) + extra;

    private static IReadOnlyList<string> Titles(TestSite site, string path) =>
        site.Html(path).QuerySelectorAll(".card__title").Select(t => t.TextContent.Trim()).ToList();

    [Fact]
    public void Exactly_one_page_of_articles_has_no_pager()
    {
        using var site = TestSite.Build(Site(3, 3)).AssertNoErrors();
        Assert.Equal(["Article 03", "Article 02", "Article 01"], Titles(site, "blog/index.html"));
        Assert.False(site.Has("blog/page/2/index.html"));
        Assert.Null(site.Html("blog/index.html").QuerySelector("nav.pager"));
    }

    [Fact]
    public void One_more_than_a_page_makes_a_second_page_with_prev_next_and_numbered_pager()
    {
        using var site = TestSite.Build(Site(4, 3)).AssertNoErrors();
        Assert.Equal(["Article 01"], Titles(site, "blog/page/2/index.html"));
        var first = site.Html("blog/index.html");
        Assert.Equal("/blog/page/2/", first.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("link[rel=prev]"));
        Assert.Equal("page", first.QuerySelector(".pager a[href='/blog/']")!.GetAttribute("aria-current"));
        var second = site.Html("blog/page/2/index.html");
        Assert.Equal("/blog/", second.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("page", second.QuerySelector(".pager a[href='/blog/page/2/']")!.GetAttribute("aria-current"));
        var crumbs = second.QuerySelectorAll("nav[aria-label='Breadcrumb'] li").Select(li => li.TextContent.Trim());
        Assert.Equal(["Home", "Blog", "Page 2"], crumbs);
        Assert.Equal("https://example.org/blog/page/2/", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Articles_are_listed_newest_first_and_one_date_by_slug()
    {
        using var site = TestSite.Build($"-- input/site.yml --\n{TestSite.DefaultSiteYml}\n" +
            $"-- input/articles/b.md --\n{Md("Bee", "Text.\n", "date: 2026-01-02")}\n" +
            $"-- input/articles/c.md --\n{Md("Sea", "Text.\n", "date: 2026-01-01")}\n" +
            $"-- input/articles/a.md --\n{Md("Ay", "Text.\n", "date: 2026-01-02")}\n").AssertNoErrors();
        Assert.Equal(["Ay", "Bee", "Sea"], Titles(site, "blog/index.html"));
    }

    [Fact]
    public void Long_listings_show_a_windowed_pager_with_gaps()
    {
        using var site = TestSite.Build(Site(20, 1)).AssertNoErrors();
        var pager = site.Html("blog/page/10/index.html").QuerySelectorAll(".pager li");
        var labels = pager.Select(li => li.TextContent.Replace("Page", "").Trim()).ToList();
        Assert.Equal(["← Newer articles", "1", "…", "8", "9", "10", "11", "12", "…", "20", "Older articles →"], labels);
        Assert.Equal("true", pager[2].GetAttribute("aria-hidden"));
        Assert.Equal("page", site.Html("blog/page/10/index.html").QuerySelector(".pager a[href='/blog/page/10/']")!.GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 3, "1 2 3")]
    [InlineData(1, 9, "1 2 3 …9")]
    [InlineData(5, 9, "1 …3 4 5 6 7 …9")]
    [InlineData(4, 9, "1 2 3 4 5 6 …9")]
    public void Pager_window_keeps_first_last_and_neighbours(int current, int total, string expected)
    {
        var shown = ScarGuide.Pages.PlanPages.Window(current, total).Select(p => (p.GapBefore ? "…" : "") + p.Number);
        Assert.Equal(expected, string.Join(' ', shown));
    }

    [Fact]
    public void Tag_and_category_pages_paginate_the_same_way_with_breadcrumbs()
    {
        using var site = TestSite.Build(Site(4, 3)).AssertNoErrors();
        Assert.Equal(3, Titles(site, "blog/tag/acne-scars/index.html").Count);
        Assert.Single(Titles(site, "blog/tag/acne-scars/page/2/index.html"));
        Assert.True(site.Has("blog/category/scar-removal/page/2/index.html"));
        var crumbs = site.Html("blog/category/scar-removal/page/2/index.html")
            .QuerySelectorAll("nav[aria-label='Breadcrumb'] li").Select(li => li.TextContent.Trim());
        Assert.Equal(["Home", "Blog", "Categories", "Scar Removal", "Page 2"], crumbs);
    }

    [Fact]
    public void Empty_site_still_has_a_blog_index_and_category_index()
    {
        using var site = TestSite.Build("").AssertNoErrors();
        Assert.Contains("No articles here yet", site.Html("blog/index.html").Body!.TextContent);
        Assert.True(site.Has("blog/categories/index.html"));
        Assert.True(site.Has("index.html"));
    }

    [Fact]
    public void Term_indexes_list_terms_with_counts()
    {
        using var site = TestSite.Build(Site(2, 10)).AssertNoErrors();
        var link = site.Html("blog/tags/index.html").QuerySelector("a[href='/blog/tag/acne-scars/']")!;
        Assert.Contains("acne scars", link.TextContent);
        Assert.Contains("(2 articles)", link.TextContent);
        Assert.Contains("(2 articles)", site.Html("blog/categories/index.html").QuerySelector("a[href='/blog/category/scar-removal/']")!.TextContent);
    }

    [Fact]
    public void Term_slugs_are_ascii_and_clashing_spellings_are_merged_and_reported()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("A", "Links [b](b.md) [c](c.md).\n", "categories: [\"Scar Removal\"]", "tags: [\"Cicatrices après brûlure\"]")}
            -- input/articles/b.md --
            {Md("B", "Links [a](a.md).\n", "categories: [\"Scar Removal\"]", "date: 2026-03-10")}
            -- input/articles/c.md --
            {Md("C", "Links [a](a.md).\n", "categories: [\"scar removal\"]", "date: 2026-03-11")}
            """).AssertNoErrors();
        Assert.True(site.Has("blog/tag/cicatrices-apres-brulure/index.html"));
        Assert.Equal(3, Titles(site, "blog/category/scar-removal/index.html").Count);
        var clash = site.Single("term-clash");
        Assert.Equal("input/articles/c.md", clash.File);
        Assert.Contains("'scar removal' and 'Scar Removal'", clash.Message);
    }

    [Fact]
    public void An_article_spelling_a_term_two_ways_is_listed_once_under_its_first_spelling()
    {
        // b spells the tag twice, between other tags; its first spelling is the one counted, so "Laser" (a and b) wins
        // over "laser" (b's second spelling, not counted) and c's "LASER".
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("A", "Links [b](b.md) [c](c.md).\n", "tags: [\"Laser\"]", "date: 2026-03-09")}
            -- input/articles/b.md --
            {Md("B", "Links [a](a.md).\n", "tags: [\"Laser\", \"Acne\", \"laser\"]", "date: 2026-03-10")}
            -- input/articles/c.md --
            {Md("C", "Links [a](a.md).\n", "tags: [\"LASER\"]", "date: 2026-03-11")}
            """).AssertNoErrors();
        Assert.Equal(["C", "B", "A"], Titles(site, "blog/tag/laser/index.html"));
        var clash = site.Single("term-clash");
        Assert.Equal("input/articles/c.md", clash.File);
        Assert.Contains("'LASER' and 'Laser'", clash.Message);
        Assert.Contains("(3 articles)", site.Html("blog/tags/index.html").QuerySelector("a[href='/blog/tag/laser/']")!.TextContent);
    }

    [Fact]
    public void Home_page_leads_with_the_featured_article_and_lists_categories()
    {
        using var site = TestSite.Build(Site(3, 10, $"-- input/articles/old.md --\n{Md("Old but featured", "Text.\n", "date: 2025-05-05", "featured: true")}\n"));
        var home = site.Html("index.html");
        Assert.Equal("Old but featured", home.QuerySelector(".lead__title")!.TextContent.Trim());
        Assert.Equal(["Article 03", "Article 02", "Article 01"], home.QuerySelectorAll(".home__latest .card__title").Select(t => t.TextContent.Trim()));
        Assert.Contains("(4)", home.QuerySelector(".browse a[href='/blog/category/scar-removal/']")!.TextContent);
        Assert.Empty(home.QuerySelectorAll("nav[aria-label='Breadcrumb']"));
    }

    [Fact]
    public void Author_pages_list_written_and_reviewed_articles()
    {
        using var site = TestSite.Build(Site(2, 10)).AssertNoErrors();
        var jane = site.Html("authors/jane/index.html");
        Assert.Equal("Jane Doe, MSc", jane.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(2, jane.QuerySelectorAll(".card").Length);
        var lee = site.Html("authors/dr-lee/index.html");
        Assert.Contains("medically reviewed", lee.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["Home", "Authors", "Jane Doe"], jane.QuerySelectorAll("nav[aria-label='Breadcrumb'] li").Select(li => li.TextContent.Trim()));
        Assert.Equal("/authors/", jane.QuerySelector("nav[aria-label='Breadcrumb'] a[href='/authors/']")!.TextContent == "Authors" ? "/authors/" : null);
        var index = site.Html("authors/index.html");
        Assert.Equal(["/authors/dr-lee/", "/authors/jane/"], index.QuerySelectorAll(".people h2 a").Select(a => a.GetAttribute("href")));
        var crumbs = site.JsonLdOne("authors/jane/index.html", "BreadcrumbList").GetProperty("itemListElement");
        Assert.Equal("https://example.org/authors/", crumbs[1].GetProperty("item").GetString());
    }
}
