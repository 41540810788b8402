using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Markdown;

public sealed class LinkTests
{
    [Fact]
    public void A_misspelt_article_link_suggests_the_closest_article()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("A", "See [burns](burn-scar.md).\n")}
            -- input/articles/burn-scars.md --
            {Md("Burn scars", "Back to [a](a.md).\n")}
            """);
        var d = site.Single("broken-link");
        Assert.Equal((10, 5), (d.Line, d.Column));
        Assert.Equal("Did you mean 'burn-scars.md'?", d.Fix);
    }

    [Fact]
    public void Links_to_other_articles_resolve_from_sub_folders_and_keep_anchors()
    {
        using var site = TestSite.Build($"""
            -- input/articles/guides/a.md --
            {Md("A", "See [b](../b.md#part) and [c](c.md).\n")}
            -- input/articles/b.md --
            {Md("B", "## Part\n\nBack to [a](guides/a.md).\n")}
            -- input/articles/c.md --
            {Md("C", "Back to [a](a.md).\n")}
            """).AssertNoErrors();
        var links = site.Html("blog/a/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/blog/b/#part", "/blog/c/"], links);
    }

    [Fact]
    public void Links_in_the_answers_of_a_faq_section_are_checked_like_any_other()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("A", "See [b](b.md).\n\n## Frequently Asked Questions\n\n### Where next?\n\nRead [this](/blog/this-page-does-not-exist/) and [that part](b.md#no-such-section).\n")}
            -- input/articles/b.md --
            {Md("B", "## Part\n\nBack to [a](a.md).\n")}
            """);
        var page = site.Single("broken-link");
        Assert.Equal(("input/articles/a.md", 16, 6), (page.File, page.Line, page.Column));
        Assert.Contains("/blog/this-page-does-not-exist/", page.Message);
        var anchor = site.Single("broken-anchor");
        Assert.Equal(("input/articles/a.md", 16, 50), (anchor.File, anchor.Line, anchor.Column));
        Assert.Contains("b.md#no-such-section", anchor.Message);
    }

    [Fact]
    public void Links_in_front_matter_faq_answers_are_checked_like_any_other()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("A", "See [b](b.md).\n", "faq:\n  - q: \"Where next?\"\n    a: \"Read [this](/blog/this-page-does-not-exist/) and [that part](b.md#no-such-section).\"")}
            -- input/articles/b.md --
            {Md("B", "## Part\n\nBack to [a](a.md).\n")}
            """);
        Assert.Equal(("input/articles/a.md", 10), (site.Single("broken-link").File, site.Single("broken-link").Line));
        Assert.Contains("b.md#no-such-section", site.Single("broken-anchor").Message);
    }
}
