using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Navigation;

public sealed class DraftsAndSchedulingTests
{
    private static readonly string Files = $"""
        -- input/articles/live.md --
        {Md("Live article", "Text about microneedling.\n", "tags: [\"shared\"]", "categories: [\"Shared\"]")}
        -- input/articles/draft.md --
        {Md("Secret draft", "Text about microneedling.\n", "draft: true", "tags: [\"shared\", \"draft-only\"]", "categories: [\"Shared\", \"Draft Category\"]")}
        -- input/articles/future.md --
        {Md("Future article", "Text about microneedling.\n", "date: 2027-01-01", "tags: [\"shared\", \"future-only\"]", "categories: [\"Shared\"]")}
        """;

    [Fact]
    public void Drafts_and_future_articles_leak_nowhere()
    {
        using var site = TestSite.Build(Files);
        Assert.False(site.Has("blog/draft/index.html"));
        Assert.False(site.Has("blog/future/index.html"));
        Assert.False(site.Has("blog/tag/draft-only/index.html"));
        Assert.False(site.Has("blog/category/draft-category/index.html"));
        foreach (var (path, bytes) in site.Files)
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.False(text.Contains("Secret draft") || text.Contains("Future article"), $"{path} leaks a draft or scheduled article");
        }
        Assert.Contains("(1 article)", site.Html("blog/tags/index.html").QuerySelector("a[href='/blog/tag/shared/']")!.TextContent);
        Assert.Equal(2, site.Result.Context.HeldBack);
    }

    [Fact]
    public void Drafts_and_future_flags_include_them()
    {
        using var site = TestSite.Build(Files, o => o with { IncludeDrafts = true, IncludeFuture = true });
        Assert.True(site.Has("blog/draft/index.html"));
        Assert.True(site.Has("blog/future/index.html"));
        Assert.Contains("(3 articles)", site.Html("blog/tags/index.html").QuerySelector("a[href='/blog/tag/shared/']")!.TextContent);
        Assert.Equal(0, site.Result.Context.HeldBack);
    }

    [Fact]
    public void Links_to_drafts_are_warned()
    {
        using var site = TestSite.Build(Files + $"\n-- input/articles/linker.md --\n{Md("Linker", "See [the draft](draft.md).\n")}");
        var d = site.Single("link-to-draft");
        Assert.Equal("input/articles/linker.md", d.File);
    }
}
