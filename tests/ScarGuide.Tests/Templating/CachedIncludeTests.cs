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
