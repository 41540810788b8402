using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Pages;

/// <summary>An article's address is its file name (or its <c>slug:</c>), whatever its length, never silently another.</summary>
public sealed class ArticleAddressTests
{
    // 87 characters, like the imported archive's longest names.
    private const string LongName = "what-to-expect-in-the-first-two-weeks-after-fractional-co2-laser-resurfacing-for-a-scar";

    [Fact]
    public void A_file_name_longer_than_80_characters_is_the_address_as_written_with_a_warning()
    {
        Assert.Equal(87, LongName.Length);
        using var site = TestSite.Build($"""
            -- input/articles/{LongName}.md --
            {Md("Healing after CO2 laser", "What the first days look like.\n")}
            -- input/articles/b.md --
            {Md("Laser aftercare", $"Read [the first two weeks](/blog/{LongName}/) and [the same as a file]({LongName}.md).\n")}
            """);
        site.AssertNoErrors();
        Assert.True(site.Has($"blog/{LongName}/index.html"));
        Assert.Equal($"https://example.org/blog/{LongName}/",
            site.Html($"blog/{LongName}/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal([$"/blog/{LongName}/", $"/blog/{LongName}/"],
            site.Html("blog/b/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")));

        var warning = site.Single("long-slug");
        Assert.Equal($"input/articles/{LongName}.md", warning.File);
        Assert.Equal(1, warning.Line);
        Assert.Contains("87 characters", warning.Message);
        Assert.Contains("It is published as written", warning.Message);
        Assert.Contains("Rename the file, e.g. to what-to-expect-in-the-first-two-weeks-after-fractional-co2-laser-resurfacing-for.md", warning.Fix);
    }

    [Fact]
    public void A_long_slug_field_is_warned_at_its_line_and_one_no_file_system_can_hold_is_an_error()
    {
        var tooLong = string.Join('-', Enumerable.Repeat("microneedling", 20));
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("A", "Text.\n", $"slug: {LongName}")}
            -- input/articles/b.md --
            {Md("B", "Text.\n", $"slug: {tooLong}")}
            """);
        var warning = site.Single("long-slug");
        Assert.Equal(("input/articles/a.md", 9), (warning.File, warning.Line));
        Assert.True(site.Has($"blog/{LongName}/index.html"));
        var error = site.Single("slug-too-long");
        Assert.Equal(("input/articles/b.md", 9), (error.File, error.Line));
        Assert.Contains($"{tooLong.Length} characters", error.Message);
    }

    [Fact]
    public void A_link_to_a_missing_address_suggests_the_nearest_existing_one()
    {
        using var site = TestSite.Build($"""
            -- input/articles/{LongName}.md --
            {Md("Healing after CO2 laser", "Text.\n")}
            -- input/articles/b.md --
            {Md("Laser aftercare", $"Read [the first weeks](/blog/{LongName[..80]}/).\n")}
            """);
        var error = site.Single("broken-link");
        Assert.Equal("input/articles/b.md", error.File);
        Assert.Equal($"Did you mean /blog/{LongName}/? Or link to the article's file, like other-article.md.", error.Fix);
    }

    [Theory]
    [InlineData("Acne-Scars.md", "acne-scars.md", "acne-scars")]
    [InlineData("cicatrices-brûlure.md", "cicatrices-brulure.md", "cicatrices-brulure")]
    public void Two_files_whose_names_fold_to_the_same_address_are_an_error_naming_both(string first, string second, string slug)
    {
        using var site = TestSite.Build($"""
            -- input/articles/{first} --
            {Md("First", "Text.\n")}
            -- input/articles/{second} --
            {Md("Second", "Text.\n")}
            """);
        var error = site.Single("duplicate-url");
        var files = new[] { $"input/articles/{first}", $"input/articles/{second}" };
        Assert.Contains(error.File, files);
        Assert.Contains(files.Single(f => f != error.File), error.Message);
        Assert.Contains($"/blog/{slug}/", error.Message);
        Assert.Contains("capitals lower-cased and accents removed", error.Message);
    }
}
