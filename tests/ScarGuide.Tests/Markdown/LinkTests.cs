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
}
