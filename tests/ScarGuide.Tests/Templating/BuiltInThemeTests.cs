using System.Text.RegularExpressions;
using ScarGuide.Templating;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Templating;

/// <summary>The theme embedded in the library, and a site's theme/ folder overriding it file by file.</summary>
public sealed partial class BuiltInThemeTests
{
    private static readonly string Content = $"""
        -- input/articles/a.md --
        {Md("Alpha", "Links to [b](b.md).\n")}
        -- input/articles/b.md --
        {Md("Beta", "Links to [a](a.md).\n")}
        """;

    // The built-in theme with the site's theme/ folder (if any) as overrides, as the CLI does without --theme.
    private static TestSite BuildLayered(string files) =>
        TestSite.Build(files, o => o with { BuiltInTheme = true, ThemeDirectory = Path.Combine(Path.GetDirectoryName(o.InputDirectory)!, "theme") });

    [Fact]
    public void The_built_in_theme_is_the_repository_theme_byte_for_byte()
    {
        Assert.Equal(
            Directory.EnumerateFiles(RepoRoot.Combine("theme"), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(RepoRoot.Combine("theme"), f).Replace('\\', '/')).Order(StringComparer.Ordinal),
            ThemeFiles.BuiltInPaths);
        var builtIn = ThemeFiles.BuiltInOnly();
        Assert.All(ThemeFiles.BuiltInPaths, p => Assert.Equal(File.ReadAllBytes(RepoRoot.Combine("theme", p)), builtIn.Find(p)!.ReadBytes()));

        using var withFolder = TestSite.Build(Content).AssertNoErrors();
        using var withoutFolder = BuildLayered(Content).AssertNoErrors();
        Assert.False(Directory.Exists(Path.Combine(withoutFolder.Root, "theme")));
        Assert.Equal(withFolder.FileHashes(), withoutFolder.FileHashes());
    }

    [Fact]
    public void Overriding_one_partial_changes_only_that_partial_in_every_page()
    {
        using var plain = BuildLayered(Content).AssertNoErrors();
        using var custom = BuildLayered(Content + """
            -- theme/partials/footer.liquid --
            <footer class="site-footer"><p class="clinic-footer">Call {{ site.organization_name }} on 0100 000 000</p></footer>
            """).AssertNoErrors();

        Assert.Equal(plain.Files.Keys.Order(), custom.Files.Keys.Order());
        var pages = plain.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal) && plain.Text(k).Contains("<footer", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 5, "the layouts include the footer");
        foreach (var page in pages)
        {
            Assert.Equal("Call Test Clinic on 0100 000 000", custom.Html(page).QuerySelector("footer .clinic-footer")?.TextContent);
            Assert.Null(custom.Html(page).QuerySelector(".site-footer__nav"));
            Assert.NotNull(plain.Html(page).QuerySelector(".site-footer__nav"));
            // Everything outside the footer is the same, byte for byte.
            Assert.Equal(WithoutFooter(plain.Text(page)), WithoutFooter(custom.Text(page)));
        }
        foreach (var other in plain.Files.Keys.Except(pages))
            Assert.True(plain.Files[other].AsSpan().SequenceEqual(custom.Files[other]) || other.EndsWith(".html", StringComparison.Ordinal), other);
    }

    [Fact]
    public void An_overriding_stylesheet_replaces_only_that_file_of_the_bundle()
    {
        using var plain = BuildLayered(Content).AssertNoErrors();
        using var custom = BuildLayered(Content + """
            -- theme/assets/css/90-print.css --
            .clinic-override { color: rebeccapurple; }
            """).AssertNoErrors();
        var css = custom.Text(custom.Files.Keys.Single(k => k.StartsWith("assets/site.", StringComparison.Ordinal) && k.EndsWith(".css", StringComparison.Ordinal)));
        Assert.Contains(".clinic-override{color: rebeccapurple}", css);
        Assert.DoesNotContain("@media print", css);
        Assert.Contains(".site-footer", css); // the other built-in stylesheets are still there
        Assert.True(plain.Has("assets/favicon.svg") && custom.Has("assets/favicon.svg"));
    }

    [Fact]
    public void A_whole_theme_folder_does_not_fall_back_to_built_in_files()
    {
        using var site = TestSite.Build(Content + """
            -- theme/layouts/base.liquid --
            <main>{{ content }}</main>
            """);
        Assert.Equal("layout-missing", site.Errors.First().Code);
        Assert.False(site.Has("assets/favicon.svg"));
    }

    [Fact]
    public void Syntax_errors_in_an_override_name_the_site_file()
    {
        using var site = BuildLayered(Content + """
            -- theme/partials/footer.liquid --
            <footer>{% if x %}</footer>
            """);
        Assert.Equal("theme/partials/footer.liquid", site.Single("template-syntax").File);
    }

    private static string WithoutFooter(string html) => Footer().Replace(html, "<footer/>");

    [GeneratedRegex("<footer class=\"site-footer\">.*?</footer>", RegexOptions.Singleline)]
    private static partial Regex Footer();
}
