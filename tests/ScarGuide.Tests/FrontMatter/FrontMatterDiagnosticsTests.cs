using ScarGuide.Diagnostics;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.FrontMatter;

/// <summary>Each editor mistake gives one diagnostic at the right file, line and column, with a fix.</summary>
public sealed class FrontMatterDiagnosticsTests
{
    public static TheoryData<string, string, string, int, int, Severity, string> Cases => new()
    {
        // name, file text, code, line, column, severity, message fragment
        { "missing title", Md("x", "Body.\n", "title:"), "missing-field", 1, 1, Severity.Error, "'title'" },
        { "missing categories", Md("Title", "Body.\n", "categories:"), "missing-field", 1, 1, Severity.Error, "'categories'" },
        { "date in words", Md("Title", "Body.\n", "date: next week"), "wrong-type", 4, 7, Severity.Error, "got 'next week'" },
        { "impossible date", Md("Title", "Body.\n", "date: 2026-02-30"), "impossible-date", 4, 7, Severity.Error, "not a real calendar date" },
        { "tags as a single value", Md("Title", "Body.\n", "tags: acne"), "wrong-type", 9, 7, Severity.Error, "must be a list" },
        { "faq entry without answer", Md("Title", "Body.\n", "faq:\n  - q: \"Does it hurt?\""), "faq-missing-answer", 10, 5, Severity.Error, "Does it hurt?" },
        { "misspelt key", Md("Title", "Body.\n", "descripton: \"x\""), "unknown-key", 9, 1, Severity.Warning, "Did you mean 'description'?" },
        { "unclosed quote", "---\ntitle: \"Oops\ndescription: x\n---\nBody\n", "yaml-syntax", 2, 8, Severity.Error, "not valid YAML" },
        { "tab indentation", "---\ntitle: x\ntags:\n\t- acne\n---\nBody\n", "yaml-tab", 4, 1, Severity.Error, "tab" },
        { "missing closing fence", "---\ntitle: x\ndescription: y\n\nBody text\n", "front-matter-unclosed", 1, 1, Severity.Error, "never ends" },
        { "front matter is a list", "---\n- title\n- date\n---\nBody\n", "yaml-not-a-map", 2, 1, Severity.Error, "but it is a list" },
        { "front matter is a scalar", "---\njust words\n---\nBody\n", "yaml-not-a-map", 2, 1, Severity.Error, "single value" },
        { "empty file", "", "empty-file", 1, 1, Severity.Error, "empty" },
        { "no front matter", "# Just markdown\n", "front-matter-missing", 1, 1, Severity.Error, "no front matter" },
        { "image without alt", Md("Title", "Body.\n", "image: /images/logo.svg"), "missing-alt", 9, 1, Severity.Error, "alt text" },
        { "alt text starting with image of", Md("Title", "Body.\n", "image: /images/logo.svg", "image_alt: \"Image of a scar\""), "alt-text", 10, 1, Severity.Warning, "image of" },
        { "alt text that is a file name", Md("Title", "Body.\n", "image: /images/logo.svg", "image_alt: \"logo.svg\""), "alt-text", 10, 1, Severity.Warning, "file name" },
        { "missing image file", Md("Title", "Body.\n", "image: /images/nope.svg", "image_alt: \"A scar\""), "missing-image", 9, 1, Severity.Error, "does not exist" },
        { "unknown author key", Md("Title", "Body.\n", "author: jnae"), "unknown-author", 5, 1, Severity.Error, "Did you mean 'jane'?" },
        { "unknown reviewer key", Md("Title", "Body.\n", "reviewer: dr-le"), "unknown-reviewer", 6, 1, Severity.Error, "not in input/authors.yml" },
        { "title too long", Md(new string('x', 61)), "title-length", 2, 1, Severity.Warning, "61 characters" },
        { "description too short", Md("Title", "Body.\n", "description: \"Too short.\""), "description-length", 3, 1, Severity.Warning, "10 characters" },
        { "review overdue", Md("Title", "Body.\n", "date: 2024-12-01", "reviewed: 2025-01-01"), "review-overdue", 7, 1, Severity.Warning, "days overdue" },
        { "no reviewer", Md("Title", "Body.\n", "reviewer:", "reviewed:"), "no-reviewer", 1, 1, Severity.Warning, "no medical reviewer" },
        { "second h1 in body", Md("Title", "# Another title\n\nText.\n"), "second-h1", 10, 1, Severity.Warning, "level-1 heading" },
        { "skipped heading level", Md("Title", "## Part\n\nText.\n\n#### Deep\n\nText.\n"), "heading-skip", 14, 1, Severity.Warning, "from level 2 to level 4" },
        { "empty section", Md("Title", "## Empty\n\n## Full\n\nText.\n"), "empty-section", 10, 1, Severity.Warning, "\"Empty\" is empty" },
        { "link to missing article", Md("Title", "Text with [a link](missing.md).\n"), "broken-link", 10, 11, Severity.Error, "does not exist" },
        { "link to missing anchor", Md("Title", "## Part\n\nSee [below](#nowhere).\n"), "broken-anchor", 12, 5, Severity.Error, "section that does not exist" },
        { "unsafe raw html", Md("Title", "Text.\n\n<script>alert(1)</script>\n"), "unsafe-html", 12, 1, Severity.Warning, "<script" },
        { "faq question without answer in markdown", Md("Title", "Text.\n\n## FAQ\n\n### Is it safe?\n\n### Next?\n\nYes.\n"), "faq-missing-answer", 14, 1, Severity.Error, "Is it safe?" },
        { "invalid alias", Md("Title", "Body.\n", "aliases: [\"../../etc\"]"), "invalid-alias", 9, 1, Severity.Error, "not a safe old address" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_mistake_at_its_file_line_and_column(string name, string text, string code, int line, int column, Severity severity, string fragment)
    {
        using var site = TestSite.Build($"""
            -- input/images/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>
            -- input/articles/x.md --
            {text}
            """);
        var matches = site.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"{name}: expected one '{code}', got:\n{string.Join("\n", site.Diagnostics)}");
        var d = matches[0];
        Assert.Equal("input/articles/x.md", d.File);
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.Equal(severity, d.Severity);
        Assert.Contains(fragment, d.Message + " " + d.Fix, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(d.Fix), $"{name}: a diagnostic must say how to fix it");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_one_shot_build_reports_every_mistake_as_a_build_that_keeps_its_sources(string name, string text, string code, int line, int column, Severity severity, string fragment)
    {
        // `scarguide build` reads each file as it parses it, from the bytes (ReadSources.TryReadPlain) where no repair is
        // needed: every diagnostic must come out with the same file, line, column and words.
        _ = (code, line, column, severity, fragment);
        using var site = TestSite.Build($"""
            -- input/images/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>
            -- input/articles/x.md --
            {text}
            """);
        var kept = site.Diagnostics.Select(d => d.ToString()).ToList();
        var hashes = site.FileHashes();
        site.Rebuild(o => o with { ReleaseAsWritten = true });
        Assert.True(kept.SequenceEqual(site.Diagnostics.Select(d => d.ToString())),
            $"{name}:\n{string.Join("\n", kept)}\n---\n{string.Join("\n", site.Diagnostics)}");
        Assert.Equal(hashes, site.FileHashes());
    }

    [Fact]
    public void Every_problem_is_reported_at_once_sorted_by_file_and_line()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("A", "Body.\n", "date: soon", "tags: acne")}
            -- input/articles/b.md --
            {Md("B", "Body.\n", "title:")}
            """);
        var errors = site.Errors.ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal(["input/articles/a.md", "input/articles/a.md", "input/articles/b.md"], errors.Select(e => e.File));
        Assert.True(errors[0].Line < errors[1].Line);
    }

    [Fact]
    public void Byte_order_mark_and_crlf_line_endings_are_accepted()
    {
        using var site = TestSite.Write("");
        var text = Md("Windows article", "## Part\r\n\r\nText.\r\n").Replace("\n", "\r\n");
        site.WriteBytes("input/articles/win.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);
        site.Rebuild().AssertNoErrors();
        Assert.Equal("Windows article", site.Html("blog/win/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Non_utf8_bytes_are_reported_with_the_line()
    {
        using var site = TestSite.Write("");
        var bytes = System.Text.Encoding.UTF8.GetBytes(Md("Latin", "Caf\u00e9 line.\n")).ToList();
        var at = bytes.IndexOf(0xC3);
        bytes.RemoveAt(at); // leaves a lone 0xA9 byte: not UTF-8
        site.WriteBytes("input/articles/latin.md", bytes.ToArray());
        site.Rebuild();
        var d = site.Single("not-utf8");
        Assert.Equal(10, d.Line);
        Assert.Contains("UTF-8", d.Fix);
    }

    [Fact]
    public void Control_characters_are_reported_where_they_are_and_left_out_of_pages_and_feeds()
    {
        using var site = TestSite.Build($"-- input/articles/pasted.md --\n{Md("Pasted", "Ring\u0001 text\u000b.\n")}");
        var found = site.Diagnostics.Where(d => d.Code == "control-character").Select(d => (d.Line, d.Column)).ToList();
        Assert.Equal([(10, 5), (10, 11)], found);
        Assert.All(site.Diagnostics.Where(d => d.Code == "control-character"), d => Assert.False(d.IsError));
        Assert.Equal("Ring text.", site.Html("blog/pasted/index.html").QuerySelector(".prose p")!.TextContent);
        Assert.Contains("Ring text.", site.Xml("feed.xml").Descendants().Single(e => e.Name.LocalName == "content").Value);
    }

    [Fact]
    public void Unknown_keys_are_kept_for_templates()
    {
        using var site = TestSite.Build($$$"""
            -- theme/layouts/article.liquid --
            <p id="p">{{ page.params.procedure_time }}</p>
            -- theme/layouts/base.liquid --
            {{ content }}
            -- input/articles/x.md --
            {{{Md("Title", "Body.\n", "procedure_time: \"45 minutes\"")}}}
            """);
        Assert.Equal("45 minutes", site.Html("blog/x/index.html").QuerySelector("#p")!.TextContent);
    }
}
