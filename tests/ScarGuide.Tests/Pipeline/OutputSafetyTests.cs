using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Pipeline;

public sealed class OutputSafetyTests
{
    private static string ManyArticles(int n) => string.Concat(Enumerable.Range(1, n).Select(i =>
        $"-- input/articles/a{i:000}.md --\n{Md($"Article number {i}", $"## Part {i}\n\nText about scars, collagen and microneedling {i}. See [next](a{i % n + 1:000}.md).\n", $"date: 2026-0{i % 9 + 1}-1{i % 9}", "reviewed: 2026-10-01", $"tags: [\"t{i % 5}\", \"shared\"]")}\n"));

    [Fact]
    public void Serial_and_parallel_builds_and_repeated_builds_are_byte_identical()
    {
        using var site = TestSite.Write(ManyArticles(40));
        var parallel = site.Rebuild().AssertNoErrors().FileHashes();
        var again = site.Rebuild().FileHashes();
        var serial = site.Rebuild(o => o with { Parallel = false }).FileHashes();
        var otherDay = site.Rebuild(o => o with { Now = TestSite.Now.AddDays(3) }).FileHashes();
        Assert.Equal(parallel, again);
        Assert.Equal(parallel, serial);
        Assert.Equal(parallel, otherDay);
        Assert.True(parallel.Count > 50, $"only {parallel.Count} files");
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = TestSite.Write($"-- input/articles/a.md --\n{Md("Good", "Text.\n")}");
        var output = Path.Combine(site.Root, "output");
        var options = site.Options();
        Assert.True(SiteBuilder.BuildToDirectory(options, output).Succeeded);
        var before = Directory.GetFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        site.WriteFile("input/articles/a.md", Md("Broken", "Text.\n", "date: not a date"));
        var failed = SiteBuilder.BuildToDirectory(options, output);
        Assert.False(failed.Succeeded);

        var after = Directory.GetFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void A_successful_build_replaces_stale_files()
    {
        using var site = TestSite.Write($"-- input/articles/a.md --\n{Md("Good", "Text.\n")}");
        var output = Path.Combine(site.Root, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "old");
        // The previous site's folders at every depth go (they are removed in parallel), but never what a link points at.
        Directory.CreateDirectory(Path.Combine(output, "old-blog", "gone", "deeper"));
        File.WriteAllText(Path.Combine(output, "old-blog", "gone", "deeper", "index.html"), "old");
        File.WriteAllText(Path.Combine(output, "old-blog", "gone", "index.html"), "old");
        var elsewhere = Path.Combine(site.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "not the site's");
        Directory.CreateSymbolicLink(Path.Combine(output, "old-blog", "linked"), elsewhere);

        Assert.True(SiteBuilder.BuildToDirectory(site.Options(), output).Succeeded);
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "old-blog")));
        Assert.True(File.Exists(Path.Combine(output, "blog", "a", "index.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
        Assert.Equal("not the site's", File.ReadAllText(Path.Combine(elsewhere, "keep.txt")));
    }

    [Theory]
    [InlineData("input")]
    [InlineData("theme-copy")]
    [InlineData(".")]
    [InlineData("..")]
    public void Refuses_an_output_folder_that_would_overwrite_sources(string folder)
    {
        using var site = TestSite.Write($"-- input/articles/a.md --\n{Md("Good", "Text.\n")}\n-- theme-copy/layouts/base.liquid --\n{{{{ content }}}}\n");
        var options = site.Options(o => o with { ThemeDirectory = Path.Combine(site.Root, "theme-copy") });
        var target = Path.GetFullPath(Path.Combine(site.Root, folder));
        var result = SiteBuilder.BuildToDirectory(options, target);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "unsafe-output");
        Assert.True(File.Exists(Path.Combine(site.Root, "input", "articles", "a.md")));
    }
}
