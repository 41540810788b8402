using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Incremental;

/// <summary>
/// Source files read through <see cref="BuildMemory"/> (the file text cache): read again only when their size or
/// time changed, and always when written too recently to trust the time. The name keeps these tests out of runs
/// under a faked clock, which moves "now" but not the file system's times.
/// </summary>
public sealed class FileTextCacheTests : IDisposable
{
    private readonly TestSite _site = TestSite.Write($"""
        -- input/articles/a.md --
        {Md("Silicone sheets", "Silicone gel helps flatten raised scars.\n")}
        """);

    private readonly BuildMemory _memory = new();

    public void Dispose() => _site.Dispose();

    private string Path => System.IO.Path.Combine(_site.Root, "input/articles/a.md");

    private string Build()
    {
        var output = new MemoryOutput();
        SiteBuilder.Build(_site.Options(), output, _memory);
        return System.Text.Encoding.UTF8.GetString(output.Files["blog/a/index.html"]);
    }

    private void Write(string text, DateTime written)
    {
        File.WriteAllText(Path, Md("Silicone sheets", text));
        File.SetLastWriteTimeUtc(Path, written);
    }

    [Fact]
    public void A_settled_file_is_read_once_and_again_when_its_time_or_size_changes()
    {
        var old = DateTime.UtcNow.AddMinutes(-5);
        Write("first text.\n", old);
        Assert.Contains("first text.", Build());
        Assert.Contains("first text.", Build());
        Assert.Equal(0, _memory.Made("read"));

        Write("other text.\n", old.AddSeconds(1));   // same size, later time
        Assert.Contains("other text.", Build());
        Assert.Equal(1, _memory.Made("read"));
        Write("longer text.\n", old.AddSeconds(1));  // same time, other size
        Assert.Contains("longer text.", Build());
        Assert.Equal(1, _memory.Made("read"));
    }

    [Fact]
    public void A_recently_written_file_is_always_read_again()
    {
        // Written "now": a second write in the same timestamp tick could keep size and time, so it is not trusted.
        Write("one.\n", DateTime.UtcNow);
        Assert.Contains("one.", Build());
        var time = File.GetLastWriteTimeUtc(Path);
        Write("two.\n", time);
        Assert.Contains("two.", Build());
        Assert.Equal(1, _memory.Made("read"));
    }

    [Fact]
    public void A_deleted_file_is_forgotten_and_read_when_it_comes_back()
    {
        var old = DateTime.UtcNow.AddMinutes(-5);
        Write("gone soon.\n", old);
        Build();
        File.Move(Path, Path + ".bak");
        var output = new MemoryOutput();
        SiteBuilder.Build(_site.Options(), output, _memory);
        Assert.False(output.Files.ContainsKey("blog/a/index.html"));

        // Same size and time as the text remembered before it was deleted: still read.
        File.Move(Path + ".bak", Path);
        File.WriteAllText(Path, Md("Silicone sheets", "back again.\n"));
        File.SetLastWriteTimeUtc(Path, old);
        Assert.Contains("back again.", Build());
        Assert.Equal(1, _memory.Made("read"));
    }
}
