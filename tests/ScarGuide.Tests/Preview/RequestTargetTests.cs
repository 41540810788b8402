using ScarGuide.Cli.Preview;

namespace ScarGuide.Tests.Preview;

public sealed class RequestTargetTests
{
    [Theory]
    [InlineData("/sub/", "Site", "")]
    [InlineData("/sub/blog/x/", "Site", "blog/x/")]
    [InlineData("/sub/blog/caf%C3%A9/", "Site", "blog/café/")]
    [InlineData("/sub/blog/a%20b", "Site", "blog/a b")]
    [InlineData("/sub/__scarguide/events", "Internal", "events")]
    [InlineData("/", "ToBasePath", "")]
    [InlineData("/sub", "ToBasePath", "")]
    [InlineData("/other/", "Outside", "/other/")]
    [InlineData("/subway/", "Outside", "/subway/")]
    public void Maps_request_paths_under_the_base_path(string raw, string kind, string path)
    {
        var target = RequestTarget.Parse(raw, "/sub/");

        Assert.Equal(kind, target.Kind.ToString());
        Assert.Equal(path, target.Path);
    }

    [Theory]
    [InlineData("/sub/../etc/passwd")]
    [InlineData("/sub/%2e%2e/etc/passwd")]
    [InlineData("/sub/.%2E/etc/passwd")]
    [InlineData("/sub/..%2fetc%2fpasswd")]
    [InlineData("/sub/..%2Fetc")]
    [InlineData("/sub/..%5cetc")]
    [InlineData("/sub/..\\etc")]
    [InlineData("/sub/x%00.html")]
    [InlineData("/sub/x%0a.html")]
    [InlineData("/sub/./index.html")]
    [InlineData("/sub/%2e/index.html")]
    [InlineData("sub/index.html")]
    [InlineData("http://evil.example/sub/")]
    [InlineData("*")]
    public void Refuses_targets_that_could_name_something_else(string raw) =>
        Assert.Equal(TargetKind.Invalid, RequestTarget.Parse(raw, "/sub/").Kind);

    [Fact]
    public void Keeps_the_query_for_redirects_and_ignores_it_for_lookups()
    {
        var target = RequestTarget.Parse("/sub/blog?page=2", "/sub/");

        Assert.Equal(("blog", "?page=2"), (target.Path, target.Query));
    }

    [Fact]
    public void A_site_at_the_root_serves_the_root()
    {
        Assert.Equal(TargetKind.Site, RequestTarget.Parse("/", "/").Kind);
        Assert.Equal("blog/", RequestTarget.Parse("/blog/", "/").Path);
    }
}
