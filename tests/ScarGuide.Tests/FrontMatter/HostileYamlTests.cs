using ScarGuide.Diagnostics;
using ScarGuide.FrontMatter;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.FrontMatter;

/// <summary>
/// YAML shaped to exhaust the stack or memory, and the yaml-test-suite's awkward corners, give a diagnostic at the
/// file and line (or are read as meant); none ends the process, and the rest of the site still builds.
/// </summary>
public sealed class HostileYamlTests
{
    private static readonly string Many = new('[', 100_000);

    public static TheoryData<string, string, int, string> Refused => new()
    {
        // name, front matter field (line 9 of the file), line, message fragment
        { "100,000 unclosed [", "tags: " + Many, 9, "nested deeper than 64 levels" },
        { "100,000 closed [", "tags: " + Many + new string(']', 100_000), 9, "nested deeper than 64 levels" },
        { "100,000 {", "tags: " + new string('{', 100_000), 9, "nested deeper than 64 levels" },
        { "100,000 nested block lists", "tags:\n  " + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x", 10, "nested deeper than 64 levels" },
        {
            "billion laughs",
            "lol:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n  f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]",
            13, "repeats more than 10,000 values through aliases (*c)"
        },
        { "alias inside its own anchor", "loop: &a [x, *a]", 9, "uses the alias *a inside the value it names" },
        { "alias inside its own group", "loop: &a\n  self: *a", 10, "uses the alias *a inside the value it names" },
        { "repeated key", "title: \"Again\"", 9, "has 'title' twice, on lines 2 and 9" },
        { "repeated key in a FAQ entry", "faq:\n  - q: \"One?\"\n    q: \"Two?\"\n    a: \"Yes.\"", 11, "has 'q' twice, on lines 10 and 11" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Is_a_front_matter_error_at_its_line_and_the_rest_of_the_site_builds(string name, string field, int line, string fragment)
    {
        // Appended raw (not through Md's replacement) so that a repeated key stays repeated.
        var text = Md("Hostile").Replace("\n---\n", "\n" + field + "\n---\n");
        using var site = TestSite.Build($"""
            -- input/articles/hostile.md --
            {text}
            -- input/articles/fine.md --
            {Md("Fine")}
            """);
        var d = site.Single("front-matter");
        Assert.Equal(("input/articles/hostile.md", line), (d.File, d.Line));
        Assert.Contains(fragment, d.Message);
        Assert.False(string.IsNullOrWhiteSpace(d.Fix), name);
        Assert.DoesNotContain(site.Diagnostics, x => x.Code == "internal-error");
        Assert.True(site.Has("blog/fine/index.html"));
    }

    [Fact]
    public void Anchors_and_aliases_within_bounds_are_read_as_meant()
    {
        using var site = TestSite.Build($"""
            -- input/articles/x.md --
            {Md("Aliases", "Text.\n", "categories: &shared [\"Scar Removal\"]", "tags: *shared")}
            """).AssertNoErrors();
        Assert.True(site.Has("blog/tag/scar-removal/index.html"), string.Join(", ", site.Files.Keys.Where(k => k.Contains("tags"))));
    }

    [Fact]
    public void A_tab_between_key_and_value_is_read_and_a_tab_indent_is_an_error_with_the_fix()
    {
        using var site = TestSite.Build($"""
            -- input/articles/sep.md --
            {Md("Separated", "Text.\n", "description:\t\"A description separated from its key by a tab, long enough for search.\"")}
            -- input/articles/indent.md --
            {Md("Indented", "Text.\n", "tags:\n\t- acne")}
            """);
        var d = site.Single("yaml-tab");
        Assert.Equal(("input/articles/indent.md", 10, 1), (d.File, d.Line, d.Column));
        Assert.Contains("spaces", d.Fix);
        Assert.Single(site.Errors);
        Assert.True(site.Has("blog/sep/index.html"));
    }

    [Fact]
    public void A_nul_byte_in_front_matter_is_reported_where_it_is_and_left_out()
    {
        using var site = TestSite.Build($"-- input/articles/nul.md --\n{Md("Nul byte", "Text.\n", "title: \"Nul\0 byte\"")}");
        var d = site.Single("control-character");
        Assert.Equal(("input/articles/nul.md", 2, 12, Severity.Warning), (d.File, d.Line, d.Column, d.Severity));
        Assert.Contains("U+0000", d.Message);
        site.AssertNoErrors();
        Assert.Equal("Nul byte", site.Html("blog/nul/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Byte_order_marks_before_the_opening_fence_are_skipped_however_many()
    {
        using var site = TestSite.Write("");
        site.WriteBytes("input/articles/bom.md", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Md("Marked"))]);
        site.Rebuild().AssertNoErrors();
        Assert.Equal("Marked", site.Html("blog/bom/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("input/site.yml", "title: \"Deep\"\nbase_url: \"https://example.org/\"\nnavigation: ", 3)]
    [InlineData("input/authors.yml", "jane: &j\n  name: \"Jane\"\n  me: *j\n", 3)]
    [InlineData("input/glossary.yml", "terms:\n  - term: \"Scar\"\n    term: \"Keloid\"\n", 3)]
    public void Configuration_files_get_the_same_bounds(string file, string text, int line)
    {
        if (text.EndsWith("navigation: ")) text += Many;
        using var site = TestSite.Build($"""
            -- {file} --
            {text}
            -- input/articles/x.md --
            {Md("X")}
            """);
        var d = site.Single("config-file");
        Assert.Equal((file, line), (d.File, d.Line));
        Assert.DoesNotContain(site.Diagnostics, x => x.Code == "internal-error");
    }

    [Fact]
    public void An_exception_while_reading_one_file_is_an_error_on_that_file()
    {
        var diagnostics = new DiagnosticBag();
        var result = diagnostics.ReadFile<string?>("input/articles/x.md", "front-matter", () => throw new InvalidOperationException("boom"), null);
        Assert.Null(result);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("front-matter", "input/articles/x.md", 1, true), (d.Code, d.File, d.Line, d.IsError));
        Assert.Contains("InvalidOperationException: boom", d.Message);
    }

    [Fact]
    public void The_fast_reader_declines_before_the_depth_the_general_path_allows()
    {
        var text = "a:\n" + string.Concat(Enumerable.Range(1, BoundedParser.MaxDepth).Select(i => new string(' ', i * 2) + "k:\n")) + new string(' ', 130) + "v: x\n";
        Assert.Null(FastYamlParser.TryLoad(text));
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlValues.ParseMapping(text, "x.md", 1, diagnostics, "front matter"));
        Assert.Contains("nested deeper than 64 levels", Assert.Single(diagnostics.Sorted()).Message);
    }
}
