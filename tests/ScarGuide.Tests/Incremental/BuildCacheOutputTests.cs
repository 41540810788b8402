using ScarGuide.Incremental;

namespace ScarGuide.Tests.Incremental;

public sealed class BuildCacheOutputTests
{
    [Fact]
    public void OutputIsRememberedOnlyWhileEveryKeyItemIsTheSame()
    {
        var cache = new BuildCache();
        var made = 0;
        byte[] Make() => [(byte)++made];
        var meta = new object();
        var html = new string('x', 3);

        var first = cache.Output("feed.xml", ["title", meta, html, 3], Make);
        // Equal strings and values (even other instances), the same objects: remembered.
        Assert.Same(first, cache.Output("feed.xml", [new string("title"), meta, html, 3], Make));
        Assert.Equal(1, made);

        cache.Output("feed.xml", ["title", new object(), html, 3], Make);   // another object, though "equal"
        cache.Output("feed.xml", ["other", meta, html, 3], Make);
        cache.Output("feed.xml", ["other", meta, html, 4], Make);
        cache.Output("feed.xml", ["other", meta, html], Make);
        Assert.Equal(5, made);
        // Paths are remembered separately.
        cache.Output("rss.xml", ["other", meta, html], Make);
        Assert.Equal(6, made);
    }
}
