using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Images;

/// <summary>
/// Photos read through build memory are read again only when their size or time changed, like source texts (the
/// file text cache). The name keeps these tests out of runs under a faked clock, which moves "now" and the times
/// the file system reports differently.
/// </summary>
public sealed class PhotoFileTextCacheTests
{
    private static TestSite Site() => ImageCacheTests.Site();

    [Fact]
    public void A_preview_rebuild_reads_no_unchanged_photo_again()
    {
        using var site = Site();
        var memory = new ScarGuide.Pipeline.BuildMemory();
        // Photo files older than the settle time, as an editor's are (a file written this instant is read again).
        foreach (var photo in Directory.GetFiles(Path.Combine(site.Root, "input/images")))
            File.SetLastWriteTimeUtc(photo, DateTime.UtcNow.AddMinutes(-1));
        var first = ScarGuide.Pipeline.SiteBuilder.Build(site.Options(), new ScarGuide.IO.MemoryOutput(), memory);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(2, memory.Made("images"));

        site.WriteBytes("input/images/one.jpg", TestImages.Jpeg(1300, 900, 9));
        var output = new ScarGuide.IO.MemoryOutput();
        var second = ScarGuide.Pipeline.SiteBuilder.Build(site.Options(), output, memory);
        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.Equal(["input/images/one.jpg".Replace("input/", "")], memory.MadeIds("images"));
        Assert.Equal(16, second.Context.Images.Encoded);
        // The unchanged photo's variants are still published.
        Assert.All(second.Context.Images.Find("/images/two.jpg")!.Variants, v => Assert.True(output.Files.ContainsKey(v.OutputPath)));
    }
}
