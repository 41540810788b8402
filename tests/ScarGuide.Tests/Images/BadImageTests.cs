using System.Diagnostics;
using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Images;

/// <summary>Photos that cannot be used stop the build with an error naming the file (never a crash or a hang), and nothing is published.</summary>
public sealed class BadImageTests
{
    private static TestSite Site(byte[] hero, string name = "hero.jpg")
    {
        var site = TestSite.Write($"""
            -- input/articles/healing.md --
            {Articles.Md("Healing scars", "Text.\n", $"image: /images/{name}", "image_alt: \"A healed scar on a forearm\"")}
            """);
        site.WriteBytes("input/images/" + name, hero);
        return site;
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "truncated", "hero.jpg", "image-damaged" },
        { "corrupt-png", "hero.png", "image-damaged" },
        { "html", "hero.jpg", "image-not-an-image" },
        { "bomb", "hero.png", "image-too-many-pixels" },
        { "animated", "hero.webp", "image-animated" },
    };

    private static byte[] Make(string kind) => kind switch
    {
        "truncated" => TestImages.TruncatedJpeg(1600, 1200),
        "corrupt-png" => TestImages.CorruptPng(1400, 900),
        "html" => "<!doctype html><html><head><title>Sign in</title></head><body>Your session expired.</body></html>"u8.ToArray(),
        "bomb" => TestImages.PngBomb(30_000),
        _ => TestImages.AnimatedWebp(1300, 700, 3),
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void A_bad_photo_is_an_error_naming_the_file_and_nothing_is_published(string kind, string name, string code)
    {
        using var site = Site(Make(kind), name);
        var output = Path.Combine(site.Root, "output");
        var watch = Stopwatch.StartNew();
        var result = SiteBuilder.BuildToDirectory(site.Options(), output);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Contains($"input/images/{name}", error.Message);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
        Assert.False(Directory.Exists(output));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "internal-error");
    }

    [Fact]
    public void Check_reports_a_page_that_is_not_an_image_at_the_front_matter_line()
    {
        using var site = Site("<html><body>Not a photo</body></html>"u8.ToArray());
        var result = SiteBuilder.Build(site.Options(), new NullOutput());
        var error = Assert.Single(result.Diagnostics, d => d.Code == "image-not-an-image");
        Assert.Equal("input/articles/healing.md", error.File);
        Assert.Equal(LineOf(site, "image:"), error.Line);
        Assert.Contains("HTML", error.Message);
    }

    [Fact]
    public void Check_warns_about_a_hero_narrower_than_1200_pixels()
    {
        using var site = Site(TestImages.Jpeg(900, 600));
        var result = SiteBuilder.Build(site.Options(), new NullOutput());
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "image-too-narrow");
        Assert.Equal(("input/articles/healing.md", LineOf(site, "image:")), (warning.File, warning.Line));
        Assert.Contains("900 pixels wide", warning.Message);
    }

    [Fact]
    public void Check_warns_about_a_photo_over_20_megabytes()
    {
        // A small JPEG followed by 21 MB of padding after its end marker: decoders ignore it, the file is still heavy.
        using var site = Site([.. TestImages.Jpeg(1300, 900), .. new byte[21 * 1024 * 1024]]);
        var result = SiteBuilder.Build(site.Options(), new NullOutput());
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "image-too-heavy");
        Assert.Equal(LineOf(site, "image:"), warning.Line);
        Assert.Contains("MB", warning.Message);
    }

    [Fact]
    public void Check_warns_about_a_photo_over_50_megapixels()
    {
        using var black = NetVips.Image.Black(8200, 6200);
        using var site = Site(black.JpegsaveBuffer());
        var result = SiteBuilder.Build(site.Options(), new NullOutput());
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "image-too-heavy");
        Assert.Contains("51 megapixels", warning.Message);
    }

    private static int LineOf(TestSite site, string prefix) =>
        File.ReadAllLines(Path.Combine(site.Root, "input/articles/healing.md")).ToList().FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal)) + 1;
}
