using ScarGuide.Incremental;

namespace ScarGuide.Tests.Incremental;

public sealed class FileTextCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scarguide-filetext-").FullName;
    private readonly FileTextCache _cache = new();
    private int _reads;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string? Read(string path)
    {
        _reads++;
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private string? Build(string path)
    {
        _cache.Begin();
        var text = _cache.Text(path, Read);
        _cache.End();
        return text;
    }

    private string Write(string name, string text, DateTime written)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, written);
        return path;
    }

    [Fact]
    public void SettledFileIsReadOnceAndReadAgainWhenItsTimeOrSizeChanges()
    {
        var old = DateTime.UtcNow.AddMinutes(-5);
        var path = Write("a.md", "first", old);

        Assert.Equal("first", Build(path));
        Assert.Equal("first", Build(path));
        Assert.Equal(1, _reads);
        Assert.Equal(1, _cache.Reused);

        Write("a.md", "other", old.AddSeconds(1));   // same size, later time
        Assert.Equal("other", Build(path));
        Write("a.md", "longer text", old.AddSeconds(1));   // same time, other size
        Assert.Equal("longer text", Build(path));
        Assert.Equal(3, _reads);
    }

    [Fact]
    public void RecentlyWrittenFileIsAlwaysReadAgain()
    {
        // Written "now": a second write in the same timestamp tick could keep size and time, so it is not trusted.
        var path = Write("b.md", "one", DateTime.UtcNow);
        Assert.Equal("one", Build(path));
        File.WriteAllText(path, "two");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path));
        Assert.Equal("two", Build(path));
        Assert.Equal(2, _reads);
    }

    [Fact]
    public void DeletedOrUnreadFilesAreForgotten()
    {
        var old = DateTime.UtcNow.AddMinutes(-5);
        var path = Write("c.md", "gone soon", old);
        Assert.Equal("gone soon", Build(path));
        File.Delete(path);
        Assert.Null(Build(path));

        // Not read in a build: forgotten, so the same size and time later still read the file.
        Write("c.md", "back again", old);
        Assert.Equal("back again", Build(path));
        _cache.Begin();
        _cache.End();
        Write("c.md", "back AGAIN", old);
        Assert.Equal("back AGAIN", Build(path));
    }
}
