using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Security;

/// <summary>Bad or hostile input gets a diagnostic, never a crash, and never writes outside the output.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Raw_html_is_sanitized_keeping_safe_elements()
    {
        using var site = TestSite.Build($"""
            -- input/articles/x.md --
            {Md("Raw HTML", """
            Text <abbr title="Post-inflammatory hyperpigmentation">PIH</abbr> and x<sup>2</sup>.

            <figure><img src="/images/a.svg" alt="A scar" onerror="alert(1)"><figcaption>Caption</figcaption></figure>

            <details><summary>More</summary>Hidden text</details>

            <script>alert('x')</script>
            <style>body{display:none}</style>
            <iframe src="https://evil.example/"></iframe>

            [click](javascript:alert(1)) <a href="data:text/html,hi">data</a>
            """)}
            """);
        var prose = site.Html("blog/x/index.html").QuerySelector(".prose")!;
        Assert.NotNull(prose.QuerySelector("abbr[title]"));
        Assert.NotNull(prose.QuerySelector("sup"));
        Assert.NotNull(prose.QuerySelector("figure figcaption"));
        Assert.NotNull(prose.QuerySelector("details summary"));
        Assert.Null(prose.QuerySelector("script, style, iframe"));
        Assert.Null(prose.QuerySelector("[onerror]"));
        Assert.DoesNotContain(prose.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript:") || (a.GetAttribute("href") ?? "").StartsWith("data:"));
        Assert.True(site.Diagnostics.Count(d => d.Code == "unsafe-html") >= 3, string.Join("\n", site.Diagnostics));
    }

    [Fact]
    public void Thousands_of_nested_lists_or_quotes_are_an_error_not_a_crash()
    {
        var deep = string.Concat(Enumerable.Range(0, 10_000).Select(_ => ">")) + " deep\n";
        var lists = string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', i * 2) + "- item\n"));
        using var site = TestSite.Build($"""
            -- input/articles/quotes.md --
            {Md("Quotes", "Intro.\n\n" + deep)}
            -- input/articles/lists.md --
            {Md("Lists", lists)}
            """);
        Assert.Equal(2, site.Diagnostics.Count(d => d.Code == "markdown-too-deep"));
        Assert.Equal(12, site.Diagnostics.First(d => d.File.EndsWith("quotes.md") && d.Code == "markdown-too-deep").Line);
    }

    [Fact]
    public void A_twenty_megabyte_article_and_very_long_lines_build()
    {
        var line = string.Join(' ', Enumerable.Repeat("collagen", 250_000)); // one ~2 MB line
        var body = string.Join("\n\n", Enumerable.Repeat(line, 10));
        using var site = TestSite.Build($"-- input/articles/huge.md --\n{Md("Huge", body)}").AssertNoErrors();
        Assert.True(site.Files["blog/huge/index.html"].Length > 20_000_000);
    }

    [Theory]
    [InlineData("Éclat après brûlure", "eclat-apres-brulure")]
    [InlineData("Narben 💉 heilen", "narben-heilen")]
    [InlineData("ندبات", "")]
    public void Unicode_file_names_give_sane_slugs_or_a_clear_error(string name, string slug)
    {
        using var site = TestSite.Build($"-- input/articles/{name}.md --\n{Md(name, "Text.\n")}");
        if (slug.Length > 0)
        {
            site.AssertNoErrors();
            Assert.Equal(name, site.Html($"blog/{slug}/index.html").QuerySelector("h1")!.TextContent.Trim());
        }
        else
        {
            Assert.Contains("slug", site.Single("invalid-slug").Fix);
        }
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("/etc/../../x/")]
    [InlineData("%2e%2e/%2e%2e/x")]
    [InlineData("..\\..\\x")]
    [InlineData("C:/Windows/x")]
    [InlineData("/con/")]
    public void Aliases_that_try_to_leave_the_output_folder_are_refused(string alias)
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("A", "Text.\n", $"aliases: [\"{alias.Replace("\\", "\\\\")}\"]")}");
        Assert.Equal("input/articles/a.md", site.Single("invalid-alias").File);
        Assert.All(site.Files.Keys, k => Assert.False(k.Contains("..") || k.Contains('\\') || k.Contains(':') || k.StartsWith('/')));
    }

    [Fact]
    public void Slug_override_must_be_a_plain_slug()
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("A", "Text.\n", "slug: \"../../etc/passwd\"")}");
        var d = site.Single("invalid-slug");
        Assert.Contains("etc-passwd", d.Fix);
        Assert.True(site.Has("blog/a/index.html"));
    }

    [Fact]
    public void Duplicate_slugs_are_an_error_naming_both_files()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("A", "Text.\n")}
            -- input/articles/sub/a.md --
            {Md("Another A", "Text.\n")}
            """);
        var d = site.Single("duplicate-url");
        Assert.Equal("input/articles/sub/a.md", d.File);
        Assert.Contains("input/articles/a.md", d.Message);
    }

    [Fact]
    public void Template_syntax_error_names_the_template_file_and_line()
    {
        using var site = TestSite.Build($$$"""
            -- theme/layouts/base.liquid --
            {{ content }}
            -- theme/layouts/article.liquid --
            <h1>{{ page.title }}</h1>
            {% if page.title %}
            <p>never closed</p>
            -- input/articles/a.md --
            {{{Md("A", "Text.\n")}}}
            """);
        var d = site.Single("template-syntax");
        Assert.Equal("theme/layouts/article.liquid", d.File);
        Assert.True(d.Line >= 2, d.ToString());
    }

    [Fact]
    public void Endless_template_loop_is_stopped_and_reported()
    {
        using var site = TestSite.Build($$$"""
            -- theme/layouts/base.liquid --
            {{ content }}
            -- theme/layouts/article.liquid --
            {% for i in (1..1000000) %}{% for j in (1..1000000) %}x{% endfor %}{% endfor %}
            -- input/articles/a.md --
            {{{Md("A", "Text.\n")}}}
            """);
        var d = site.Single("template-render");
        Assert.Equal("theme/layouts/article.liquid", d.File);
        Assert.Contains("endless loop", d.Message);
    }

    [Fact]
    public void Missing_layout_and_missing_partial_are_reported()
    {
        using var site = TestSite.Build($$$"""
            -- theme/layouts/base.liquid --
            {{ content }}
            -- theme/layouts/article.liquid --
            {% include 'nope' %}
            -- input/articles/a.md --
            {{{Md("A", "Text.\n")}}}
            -- input/articles/b.md --
            {{{Md("B", "Text.\n", "layout: fancy")}}}
            """);
        Assert.Contains(site.Errors, d => d.Code == "layout-missing" && d.File == "input/articles/b.md" && d.Message.Contains("fancy"));
        Assert.Contains(site.Errors, d => d.Code == "template-render" && d.File == "theme/layouts/article.liquid");
    }

    [Fact]
    public void Symlink_loops_in_input_are_skipped_with_a_warning()
    {
        using var site = TestSite.Write($"-- input/articles/a.md --\n{Md("A", "Text.\n")}");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "input", "articles", "loop"), Path.Combine(site.Root, "input", "articles"));
        site.Rebuild().AssertNoErrors();
        Assert.Equal("input/articles/loop", site.Single("symlink-loop").File);
        Assert.True(site.Has("blog/a/index.html"));
    }

    [Fact]
    public void Hostile_titles_are_escaped_in_html_feeds_and_search_index()
    {
        const string title = "<script>alert(\\\"x\\\")</script> & <!-- 'q'";
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md(title, "Text.\n", "faq:\n  - q: \"<b>Bold?</b>\"\n    a: \"<script>bad()</script>Fine.\"")}");
        var html = site.Text("blog/a/index.html");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<script>bad", html);
        Assert.Contains("&lt;script&gt;alert", html);
        Assert.Equal("<b>Bold?</b>", site.Html("blog/a/index.html").QuerySelector("#faq summary")!.TextContent);
        Assert.Equal("<script>alert(\"x\")</script> & <!-- 'q'", site.Xml("feed.xml").Descendants().First(e => e.Name.LocalName == "entry").Elements().First(e => e.Name.LocalName == "title").Value);
        var fragment = System.Text.Json.JsonDocument.Parse(site.Text("search-index/f/0.json"));
        Assert.Equal("<script>alert(\"x\")</script> & <!-- 'q'", fragment.RootElement.GetProperty("t").GetString());
        Assert.DoesNotContain("<script", site.Text("search-index/f/0.json"));
    }

    [Fact]
    public void External_links_get_noopener()
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("A", "See [AAD](https://www.aad.org/).\n")}");
        Assert.Equal("noopener", site.Html("blog/a/index.html").QuerySelector(".prose a[href^='https']")!.GetAttribute("rel"));
    }
}
