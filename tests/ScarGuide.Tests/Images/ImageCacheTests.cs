using ScarGuide.Images;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Images;

/// <summary>Variants are kept in the cache folder between builds, keyed by the source's bytes and the encoding parameters.</summary>
public sealed class ImageCacheTests
{
    internal static TestSite Site(string siteYml = TestSite.DefaultSiteYml)
    {
        var site = TestSite.Write($"""
            -- input/site.yml --
            {siteYml}
            -- input/articles/one.md --
            {Articles.Md("One", "Text.\n", "image: /images/one.jpg", "image_alt: \"A first scar\"")}
            -- input/articles/two.md --
            {Articles.Md("Two", "Text.\n", "image: /images/two.jpg", "image_alt: \"A second scar\"", "date: 2026-03-01")}
            """);
        site.WriteBytes("input/images/one.jpg", TestImages.Jpeg(1300, 900, 1));
        site.WriteBytes("input/images/two.jpg", TestImages.Jpeg(1300, 900, 2));
        return site;
    }

    private static ImageSet Images(TestSite site) => site.Result.Context.Images;

    // Variants only: the index of sources sits beside their folders.
    private static string[] CacheFiles(TestSite site, string folder = ".cache/images") =>
        Directory.GetDirectories(Path.Combine(site.Root, folder)).SelectMany(Directory.GetFiles).ToArray();

    [Fact]
    public void A_second_build_encodes_nothing_and_writes_the_same_files()
    {
        using var site = Site();
        site.Rebuild().AssertNoErrors();
        var encoded = Images(site).Encoded;
        // 1300 px wide: 480, 800, 1200 and 1300 in three formats, and four crops, for each of the two photos.
        Assert.Equal(2 * (4 * 3 + 4), encoded);
        Assert.Equal(encoded, CacheFiles(site).Length);
        var hashes = site.FileHashes();

        site.Rebuild().AssertNoErrors();
        Assert.Equal(0, Images(site).Encoded);
        Assert.Equal(encoded, Images(site).Reused);
        Assert.Equal(hashes, site.FileHashes());
    }

    [Fact]
    public void A_build_that_learnt_nothing_new_leaves_the_index_and_the_pruning_mark_as_they_were()
    {
        using var site = Site();
        // Photos older than the build, so the index remembers them (a file written just now is not trusted yet). The
        // cache files' times are compared as read back: a clock moved ahead (faketime) shifts what stat reports.
        var past = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var photo in new[] { "input/images/one.jpg", "input/images/two.jpg" })
            File.SetLastWriteTimeUtc(Path.Combine(site.Root, photo), past);
        site.Rebuild().AssertNoErrors();
        var index = Path.Combine(site.Root, ".cache/images/sources.tsv");
        var mark = Path.Combine(site.Root, ".cache/images/kept.sha256");
        Assert.Equal(3, File.ReadAllLines(index).Length); // the version line and both photos
        var (indexBytes, markBytes) = (File.ReadAllBytes(index), File.ReadAllBytes(mark));
        // Any rewrite would give them the time of the second build.
        File.SetLastWriteTimeUtc(index, new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(mark, new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        var (indexTime, markTime) = (File.GetLastWriteTimeUtc(index), File.GetLastWriteTimeUtc(mark));

        site.Rebuild().AssertNoErrors();
        Assert.Equal(0, Images(site).Encoded);
        Assert.Equal(indexTime, File.GetLastWriteTimeUtc(index));
        Assert.Equal(markTime, File.GetLastWriteTimeUtc(mark));
        Assert.Equal(indexBytes, File.ReadAllBytes(index));
        Assert.Equal(markBytes, File.ReadAllBytes(mark));

        // A new photo is learnt: the index is written again, and the mark names the new set of variants.
        site.WriteBytes("input/images/three.jpg", TestImages.Jpeg(1300, 900, 3));
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, "input/images/three.jpg"), past);
        site.Rebuild().AssertNoErrors();
        Assert.Equal(4, File.ReadAllLines(index).Length);
        Assert.NotEqual(markBytes, File.ReadAllBytes(mark));
    }

    [Fact]
    public void A_changed_photo_re_encodes_only_itself_and_its_old_variants_are_pruned()
    {
        using var site = Site();
        site.Rebuild().AssertNoErrors();
        var twoBefore = Images(site).Find("/images/two.jpg")!.Variants.Select(v => v.OutputPath).ToList();
        var oneBefore = Images(site).Find("/images/one.jpg")!.Variants.Select(v => v.OutputPath).ToList();

        site.WriteBytes("input/images/one.jpg", TestImages.Jpeg(1300, 900, 7));
        site.Rebuild().AssertNoErrors();
        Assert.Equal(16, Images(site).Encoded);
        Assert.Equal(16, Images(site).Reused);
        Assert.Equal(twoBefore, Images(site).Find("/images/two.jpg")!.Variants.Select(v => v.OutputPath));
        Assert.DoesNotContain(oneBefore[0], site.Files.Keys);
        Assert.Equal(32, CacheFiles(site).Length);
    }

    [Fact]
    public void A_removed_photo_leaves_the_cache()
    {
        using var site = Site();
        site.Rebuild().AssertNoErrors();
        site.WriteFile("input/articles/two.md", Articles.Md("Two", "Text.\n", "date: 2026-03-01"));
        File.Delete(Path.Combine(site.Root, "input/images/two.jpg"));
        site.Rebuild().AssertNoErrors();
        Assert.Equal(16, CacheFiles(site).Length);
    }

    [Fact]
    public void Changing_an_encoding_setting_re_encodes_only_what_it_affects()
    {
        using var site = Site();
        site.Rebuild().AssertNoErrors();
        site.WriteFile("input/site.yml", TestSite.DefaultSiteYml + "\nimages:\n  webp_quality: 60\n");
        site.Rebuild().AssertNoErrors();
        Assert.Equal(2 * 4, Images(site).Encoded);
    }

    [Fact]
    public void The_cache_folder_is_configurable_and_check_encodes_nothing()
    {
        using var site = Site(TestSite.DefaultSiteYml + "\nimages:\n  cache: build-cache/photos\n");
        var check = ScarGuide.Pipeline.SiteBuilder.Build(site.Options(), new ScarGuide.IO.NullOutput());
        Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "build-cache")));

        site.Rebuild().AssertNoErrors();
        Assert.Equal(32, CacheFiles(site, "build-cache/photos").Length);
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".cache")));
    }
}
