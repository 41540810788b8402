using System.Security.Cryptography;
using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Images;

/// <summary>
/// Builds to a folder with photos: every variant sits in <c>img/</c>, which a warm build moves from the previous site
/// into the new one instead of making a file per variant again, and the build stays all-or-nothing.
/// </summary>
public sealed class VariantFolderTests
{
    private static string Output(TestSite site) => Path.Combine(site.Root, "output");

    private static BuildResult Build(TestSite site, Func<BuildOptions, BuildOptions>? configure = null) =>
        SiteBuilder.BuildToDirectory(site.Options(configure), Output(site));

    private static BuildResult Built(TestSite site, Func<BuildOptions, BuildOptions>? configure = null)
    {
        var result = Build(site, configure);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        return result;
    }

    /// <summary>Every file of the output (relative path with forward slashes) and the hash of its bytes.</summary>
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static string[] Variants(TestSite site) =>
        Directory.GetFiles(Path.Combine(Output(site), "img")).Select(f => "img/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every address in an <c>src</c>, <c>srcset</c> or <c>content</c> of the built pages that points into img/.</summary>
    private static HashSet<string> Referenced(TestSite site)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in Directory.GetFiles(Output(site), "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var values = document.QuerySelectorAll("[src], [srcset], meta[content]")
                .SelectMany(e => new[] { e.GetAttribute("src"), e.GetAttribute("srcset"), e.GetAttribute("content") });
            foreach (var value in values.OfType<string>())
                foreach (var candidate in value.Split(','))
                {
                    var url = candidate.Trim().Split(' ')[0];
                    var at = url.IndexOf("/img/", StringComparison.Ordinal);
                    if (at >= 0) found.Add(url[(at + 1)..]);
                }
        }
        return found;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_warm_rebuild_writes_the_same_files_as_a_cold_one_without_making_the_variants_again(bool compress)
    {
        using var site = ImageCacheTests.Site();
        Func<BuildOptions, BuildOptions> options = o => o with { Compress = compress };
        Built(site, options);
        var cold = Snapshot(Output(site));
        Assert.Equal(2 * 16, Variants(site).Length);

        var warm = Built(site, options);
        Assert.Equal(cold, Snapshot(Output(site)));
        Assert.Equal(0, warm.Context.Images.Encoded);
        // The variants came with the previous site's folder: none of them was written, linked or copied again.
        Assert.Equal(cold.Count - 2 * 16, ((DirectoryOutput)warm.Context.Output).FilesWritten);

        // A cold build from an empty cache into an empty folder writes the very same files.
        Directory.Delete(Output(site), recursive: true);
        Directory.Delete(Path.Combine(site.Root, ".cache"), recursive: true);
        Built(site, options);
        Assert.Equal(cold, Snapshot(Output(site)));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void A_failed_warm_build_leaves_the_previous_site_complete_with_its_variants()
    {
        using var site = ImageCacheTests.Site();
        Built(site);
        var before = Snapshot(Output(site));

        // A new photo (its variants are encoded before the build fails) and a broken article.
        site.WriteBytes("input/images/one.jpg", TestImages.Jpeg(1300, 900, 5));
        site.WriteFile("input/articles/two.md", Articles.Md("Two", "Text.\n", "image: /images/two.jpg", "date: not a date"));
        var failed = Build(site);
        Assert.False(failed.Succeeded);
        Assert.True(failed.Context.Images.Encoded > 0);

        Assert.Equal(before, Snapshot(Output(site)));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void A_template_error_after_the_images_leaves_the_previous_site_complete()
    {
        using var site = ImageCacheTests.Site();
        Built(site);
        var before = Snapshot(Output(site));

        TestSite.WriteFile(site.Root, "theme/layouts/base.liquid", "{% if %}");
        var failed = Build(site, o => o with { ThemeDirectory = Path.Combine(site.Root, "theme"), BuiltInTheme = true });
        Assert.False(failed.Succeeded);

        Assert.Equal(before, Snapshot(Output(site)));
    }

    [Fact]
    public void A_changed_and_a_removed_photo_leave_exactly_the_variants_the_pages_use()
    {
        using var site = ImageCacheTests.Site();
        Built(site);
        var oldOne = Variants(site).Where(v => v.StartsWith("img/one-", StringComparison.Ordinal)).ToList();
        Assert.Equal(16, oldOne.Count);

        site.WriteBytes("input/images/one.jpg", TestImages.Jpeg(1300, 900, 7));
        site.WriteFile("input/articles/two.md", Articles.Md("Two", "Text.\n", "date: 2026-03-01"));
        File.Delete(Path.Combine(site.Root, "input/images/two.jpg"));
        var warm = Built(site);
        Assert.Equal(16, warm.Context.Images.Encoded);

        var variants = Variants(site);
        Assert.Equal(16, variants.Length);
        Assert.Empty(variants.Intersect(oldOne));
        Assert.DoesNotContain(variants, v => v.StartsWith("img/two-", StringComparison.Ordinal));
        Assert.Equal(warm.Context.Images.Find("/images/one.jpg")!.Variants.Select(v => v.OutputPath).Order(StringComparer.Ordinal), variants);
        var referenced = Referenced(site);
        Assert.NotEmpty(referenced);
        Assert.All(referenced, url => Assert.Contains(url, variants));
    }

    [Fact]
    public void The_previous_site_stands_in_for_a_cleared_cache()
    {
        using var site = ImageCacheTests.Site();
        Built(site);
        var before = Snapshot(Output(site));
        Directory.Delete(Path.Combine(site.Root, ".cache"), recursive: true);

        var warm = Built(site);
        Assert.Equal(0, warm.Context.Images.Encoded);
        Assert.Equal(before, Snapshot(Output(site)));
    }

    [Fact]
    public void A_build_killed_after_moving_the_variants_gets_them_back_before_the_next_build()
    {
        using var site = ImageCacheTests.Site();
        Built(site);
        var before = Snapshot(Output(site));
        // What a kill -9 between Commit's first rename and the swap leaves: the variants in an abandoned staging folder.
        var abandoned = Path.Combine(site.Root, ".output.staging-1-0123");
        Directory.CreateDirectory(abandoned);
        Directory.Move(Path.Combine(Output(site), "img"), Path.Combine(abandoned, "img"));

        site.WriteFile("input/articles/two.md", Articles.Md("Two", "Text.\n", "image: /images/two.jpg", "date: not a date"));
        Assert.False(Build(site).Succeeded);
        Assert.Equal(before, Snapshot(Output(site)));
        Assert.False(Directory.Exists(abandoned));
    }

    [Fact]
    public void A_file_of_the_site_in_the_variants_folder_is_an_error_that_names_it()
    {
        using var site = ImageCacheTests.Site();
        site.WriteFile("input/img/logo.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>""");
        var result = Build(site);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "reserved-folder");
        Assert.Contains("input/img/logo.svg", error.File + error.Message);
        Assert.Contains("Move it", error.Fix);
        Assert.False(Directory.Exists(Output(site)));
    }
}
