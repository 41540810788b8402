using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Templating;

public sealed class CachedIncludeTests
{
    [Fact]
    public void A_cached_card_is_the_same_everywhere_and_each_article_keeps_its_own()
    {
        using var site = TestSite.Build($"""
            -- input/articles/laser.md --
            {Md("Laser resurfacing", "Resurfacing evens out rolling acne scars and texture.\n", "related: [peel]")}
            -- input/articles/peel.md --
            {Md("Chemical peels", "A deep peel is resurfacing too: it evens out rolling acne scars and texture.\n", "tags: [\"resurfacing\"]")}
            -- input/articles/needling.md --
            {Md("Microneedling", "Needles prompt new collagen in the skin.\n", "tags: [\"collagen\"]")}
            """).AssertNoErrors();
        var blogCards = site.Html("blog/index.html").QuerySelectorAll(".card");
        Assert.Equal(3, blogCards.Length);
        Assert.Equal(3, blogCards.Select(c => c.QuerySelector(".card__title")!.TextContent).Distinct().Count());

        // The peel card, rendered once for the blog index, reads the same in another article's related list.
        var onBlog = blogCards.Single(c => c.QuerySelector(".card__title")!.TextContent == "Chemical peels");
        var related = site.Html("blog/laser/index.html").QuerySelectorAll(".related .card")
            .Single(c => c.QuerySelector(".card__title")!.TextContent == "Chemical peels");
        Assert.Equal(onBlog.OuterHtml, related.OuterHtml);
        Assert.Equal("/blog/peel/", related.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Header_and_author_box_rendered_once_still_show_each_page_its_own()
    {
        using var site = TestSite.Build($"""
            -- input/articles/laser.md --
            {Md("Laser resurfacing", "Resurfacing evens out rolling acne scars.\n")}
            -- input/articles/peel.md --
            {Md("Chemical peels", "A deep peel evens out texture.\n", "author: dr-lee", "reviewer: jane")}
            """).AssertNoErrors();

        // The built-in theme renders the header once per navigation list: each section keeps its current entry.
        static string? Current(AngleSharp.Dom.IDocument page) =>
            page.QuerySelector(".site-nav a[aria-current=page]")?.GetAttribute("href");
        Assert.Equal("/", Current(site.Html("index.html")));
        Assert.Equal("/blog/", Current(site.Html("blog/laser/index.html")));
        Assert.Equal("/blog/", Current(site.Html("blog/peel/index.html")));
        Assert.Equal("/blog/categories/", Current(site.Html("blog/categories/index.html")));
        // The search page shows no search form in its header; every other page does.
        Assert.Null(site.Html("search/index.html").QuerySelector(".site-header form.site-search"));
        Assert.NotNull(site.Html("blog/laser/index.html").QuerySelector(".site-header form.site-search"));

        // Each article's author box names its own author.
        Assert.Equal("Jane Doe, MSc", site.Html("blog/laser/index.html").QuerySelector(".author-box__name")!.TextContent.Trim());
        Assert.Equal("Ana Lee, MD, FAAD", site.Html("blog/peel/index.html").QuerySelector(".author-box__name")!.TextContent.Trim());
    }

    [Fact]
    public void A_missing_cached_partial_is_reported_with_its_name()
    {
        using var site = TestSite.Build($$$"""
            -- theme/layouts/article.liquid --
            {% include_cached 'nope', page %}
            -- input/articles/a.md --
            {{{Md("A", "Text.\n")}}}
            """);
        var d = site.Single("template-render");
        Assert.Equal("theme/layouts/article.liquid", d.File);
        Assert.Contains("'nope'", d.Message);
    }

    [Fact]
    public void A_partial_that_caches_itself_is_stopped_and_reported()
    {
        using var site = TestSite.Build($$$"""
            -- theme/partials/loop.liquid --
            x{% include_cached 'loop', site %}
            -- theme/layouts/article.liquid --
            {% include_cached 'loop', page %}
            -- input/articles/a.md --
            {{{Md("A", "Text.\n")}}}
            """);
        var d = site.Single("template-render");
        Assert.Contains("nested includes", d.Message);
    }
}
