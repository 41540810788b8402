using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Templating;

/// <summary>A runaway template stops within the page's time and size limits with an error, and nothing is published.</summary>
public sealed class RenderLimitTests
{
    private static string SiteYml(string render) => TestSite.DefaultSiteYml + "\n" + render + "\n";

    [Fact]
    public void A_huge_range_in_the_real_article_layout_is_an_error_and_the_published_site_is_kept()
    {
        using var site = TestSite.Write($"-- input/articles/a.md --\n{Md("A", "Text.\n")}");
        CopyTheme(site);
        var layout = Path.Combine(site.Root, "theme", "layouts", "article.liquid");
        File.AppendAllText(layout, "{% for i in (1..2000000000) %}{{ i }}{% endfor %}\n");
        var output = Path.Combine(site.Root, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "the previous site");

        var result = SiteBuilder.BuildToDirectory(site.Options(), output);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "template-render");
        Assert.Equal("theme/layouts/article.liquid", error.File);
        Assert.Contains("The range (1..2000000000) has 2,000,000,000 items", error.Message);
        Assert.Equal(["index.html"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Equal("the previous site", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_long_loop_within_the_step_limit_is_stopped_at_the_time_limit()
    {
        using var site = TestSite.Build($$$"""
            -- input/site.yml --
            {{{SiteYml("render:\n  timeout_seconds: 0.001")}}}
            -- theme/layouts/base.liquid --
            {{ content }}
            -- theme/layouts/article.liquid --
            {% for i in (1..1000) %}{% for j in (1..900) %}{{ i }}{% endfor %}{% endfor %}
            -- input/articles/a.md --
            {{{Md("A", "Text.\n")}}}
            """);
        var error = site.Single("template-render");
        Assert.Equal("theme/layouts/article.liquid", error.File);
        Assert.Contains("longer than 0.001 s of processor time to render (render.timeout_seconds in site.yml)", error.Message);
        Assert.False(site.Has("blog/a/index.html"));
    }

    [Fact]
    public void A_loop_that_writes_too_much_is_stopped_at_the_page_size_limit_also_inside_a_cached_partial()
    {
        using var site = TestSite.Build($$$"""
            -- input/site.yml --
            {{{SiteYml("render:\n  max_page_megabytes: 1")}}}
            -- theme/layouts/base.liquid --
            {{ content }}
            -- theme/layouts/article.liquid --
            {% include_cached 'big', page %}
            -- theme/layouts/page.liquid --
            {% for i in (1..1000) %}{% for j in (1..300) %}xxxxxxxxxx{% endfor %}{% endfor %}
            -- theme/partials/big.liquid --
            {% for i in (1..1000) %}{% for j in (1..300) %}xxxxxxxxxx{% endfor %}{% endfor %}
            -- input/articles/a.md --
            {{{Md("A", "Text.\n")}}}
            -- input/pages/about.md --
            ---
            title: "About"
            description: "About the clinic, with enough words for a description of it."
            ---
            About.
            """);
        Assert.Equal(["theme/layouts/article.liquid", "theme/layouts/page.liquid"],
            site.Errors.Where(d => d.Code == "template-render").Select(d => d.File).Order());
        Assert.All(site.Errors.Where(d => d.Code == "template-render"), d => Assert.Contains("grew past 1 MB of HTML", d.Message));
        Assert.False(site.Has("blog/a/index.html"));
        Assert.False(site.Has("about/index.html"));
    }

    [Fact]
    public void Pages_within_the_limits_render_as_before()
    {
        using var site = TestSite.Build($$$"""
            -- input/site.yml --
            {{{SiteYml("render:\n  timeout_seconds: 30\n  max_page_megabytes: 1")}}}
            -- theme/layouts/base.liquid --
            {{ content }}
            -- theme/layouts/article.liquid --
            {% for i in (1..3) %}<p>{{ i }}</p>{% endfor %}
            -- input/articles/a.md --
            {{{Md("A", "Text.\n")}}}
            """);
        Assert.DoesNotContain(site.Errors, d => d.Code == "template-render");
        Assert.Equal(["1", "2", "3"], site.Html("blog/a/index.html").QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Theory]
    [InlineData("render:\n  timeout_seconds: 0", "'render.timeout_seconds' must be more than 0")]
    [InlineData("render:\n  max_page_megabytes: 0", "'max_page_megabytes' must be a whole number from 1 to 2000")]
    public void Bad_render_settings_are_errors_at_their_line(string render, string message)
    {
        using var site = TestSite.Build($"-- input/site.yml --\n{SiteYml(render)}\n-- input/articles/a.md --\n{Md("A", "Text.\n")}");
        var error = Assert.Single(site.Errors, d => d.Message.Contains(message));
        Assert.Equal("input/site.yml", error.File);
        Assert.Equal(9, error.Line);
    }

    private static void CopyTheme(TestSite site)
    {
        var source = RepoRoot.Combine("theme");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            site.WriteBytes(Path.Combine("theme", Path.GetRelativePath(source, file)), File.ReadAllBytes(file));
    }
}
