using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Navigation;

/// <summary>Links to a page's sections: its headings, its FAQ items, and the sections its theme wrote on the rendered page.</summary>
public sealed class SectionLinkTests
{
    private const string Body = "## Aftercare\n\nSee [the FAQ](#faq), [related reading](#related) and [aftercare](#aftercare).\n";

    private const string Faq = "faq:\n  - q: \"Does it hurt?\"\n    a: \"It stings a little.\"";

    [Fact]
    public void Links_to_the_bundled_themes_sections_and_to_headings_resolve()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("Silicone sheets", Body, Faq, "related: [\"b\"]")}
            -- input/articles/b.md --
            {Md("Silicone gel", "Gel works like [sheets](a.md).\n")}
            """);
        Assert.DoesNotContain(site.Diagnostics, d => d.Code == "broken-anchor");
        var page = site.Html("blog/a/index.html");
        Assert.NotNull(page.QuerySelector("#related"));
        Assert.NotNull(page.QuerySelector("#faq"));
    }

    [Fact]
    public void A_section_the_bundled_theme_leaves_out_on_that_page_is_a_broken_anchor()
    {
        // One article: nothing is related to it, so the page has no #related section to link to.
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("Silicone sheets", Body, Faq)}
            """);
        Assert.Null(site.Html("blog/a/index.html").QuerySelector("#related"));
        var broken = Assert.Single(site.Diagnostics, d => d.Code == "broken-anchor");
        Assert.Contains("#related", broken.Message);
    }

    [Fact]
    public void A_section_the_theme_does_not_write_is_a_broken_anchor()
    {
        // This theme's article layout has a FAQ section but no related list.
        using var site = TestSite.Build($"""
            -- theme/layouts/base.liquid --
            {"{{ content }}"}
            -- theme/layouts/article.liquid --
            <main id="main">{"{{ page.article.content }}"}</main><section id="faq"></section>
            -- input/articles/a.md --
            {Md("Silicone sheets", Body)}
            """);
        var broken = Assert.Single(site.Diagnostics, d => d.Code == "broken-anchor");
        Assert.Contains("#related", broken.Message);
        Assert.Equal(12, broken.Line);
    }

    [Fact]
    public void Ids_the_theme_writes_single_quoted_or_unquoted_are_found_and_text_or_script_that_looks_like_an_id_is_not()
    {
        using var site = TestSite.Build($"""
            -- theme/layouts/base.liquid --
            {"{{ content }}"}
            -- theme/layouts/article.liquid --
            <main id="main">{"{{ page.article.content }}"}</main><section id='related'></section><aside class=faq id=faq></aside><p title='see id="ghost"'>x</p><script>var s = "<b id='ghost'>";</script>
            -- input/articles/a.md --
            {Md("Silicone sheets", Body + "\nNot a [section](#ghost).\n")}
            -- input/articles/b.md --
            {Md("Silicone gel", "See [related](a.md#related) and [the FAQ](a.md#faq).\n")}
            """);
        var broken = site.Diagnostics.Where(d => d.Code == "broken-anchor").ToList();
        Assert.True(broken.Count == 1, string.Join("\n", broken));
        Assert.Contains("#ghost", broken[0].Message);
    }
}
