using ScarGuide.Cli.Preview;
using ScarGuide.Deploy;
using ScarGuide.Publishing;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Deploy;

public sealed class DeployPlanTests
{
    private static LocalFile File(string key, string md5 = "00000000000000000000000000000000") =>
        new(key, key, 10, md5, new ObjectHeaders(ContentTypes.For(key), HeaderRules.CacheControlFor(key), null), LocalSite.GroupOf(key));

    [Fact]
    public void Uploads_assets_and_images_then_pages_then_sitemaps_and_feeds()
    {
        var plan = DeployPlan.Make([File("sitemap.xml"), File("index.html"), File("assets/site.0123456789.css"), File("blog/feed.xml"),
            File("images/hero-800.0123456789.avif"), File("blog/x/index.html"), File("search-index.json"), File("robots.txt"),
            File("es/blog/y/index.html"), File("es/feed.xml"), File("es/search-index.json")], []);
        Assert.Equal(["assets/site.0123456789.css", "images/hero-800.0123456789.avif", "blog/x/index.html", "es/blog/y/index.html", "index.html",
            "blog/feed.xml", "es/feed.xml", "es/search-index.json", "robots.txt", "search-index.json", "sitemap.xml"], plan.Uploads.Select(u => u.Key));
        Assert.Contains("/es/blog/y/", plan.ChangedUrls("/"));
    }

    [Fact]
    public void Compares_by_size_and_md5_and_deletes_what_the_site_no_longer_has()
    {
        var plan = DeployPlan.Make([File("a.html", "11111111111111111111111111111111"), File("b.html", "22222222222222222222222222222222"), File("c.html")],
            [new RemoteObject("a.html", 10, "11111111111111111111111111111111"), new RemoteObject("b.html", 10, "33333333333333333333333333333333"),
             new RemoteObject("old/index.html", 5, null)]);
        Assert.Equal(["b.html", "c.html"], plan.Uploads.Select(u => u.Key));
        Assert.Equal(["old/index.html"], plan.Deletes);
        Assert.Equal(1, plan.Unchanged);
        Assert.Equal(["/guide/b.html", "/guide/c.html", "/guide/old/", "/guide/old/index.html"], plan.ChangedUrls("/guide/"));
    }

    [Fact]
    public void An_object_without_a_known_hash_is_uploaded_again()
    {
        var plan = DeployPlan.Make([File("a.html")], [new RemoteObject("a.html", 10, null)]);
        Assert.Single(plan.Uploads);
    }

    [Fact]
    public void Cache_control_comes_from_the_same_rules_as_headers_file()
    {
        Assert.Equal(HeaderRules.Immutable, HeaderRules.CacheControlFor("assets/site.0123456789.css"));
        Assert.Equal(HeaderRules.Immutable, HeaderRules.CacheControlFor("images/hero-800.3fa9c2d1e0.avif"));
        Assert.Equal(HeaderRules.Immutable, HeaderRules.CacheControlFor("photos/team/lee-og.3fa9c2d1e0.jpg"));
        Assert.Equal(HeaderRules.Day, HeaderRules.CacheControlFor("images/hero.jpg"));
        Assert.Equal(HeaderRules.Short, HeaderRules.CacheControlFor("blog/x/index.html"));
        Assert.Equal(HeaderRules.Short, HeaderRules.CacheControlFor("feed.xml"));

        using var site = TestSite.Build("");
        var headers = site.Text("_headers");
        foreach (var rule in HeaderRules.Cache.Where(r => r.Glob))
            Assert.Contains($"/{rule.Prefix}*\n  Cache-Control: {rule.CacheControl}", headers.Replace("  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n", "").Replace($"  Content-Security-Policy: {WritePlatformFiles.ContentSecurityPolicy}\n", ""));
    }

    [Fact]
    public async Task Max_deletes_refuses_before_anything_changes_and_a_dry_run_sends_nothing()
    {
        var store = new MemoryStore();
        await store.UploadAsync("gone.html", [1], "x", new ObjectHeaders("text/html", HeaderRules.Short, null), default);
        store.Log.Clear();
        var plan = DeployPlan.Make([File("a.html")], await store.ListAsync(default));
        var refused = await new Deployer(store).RunAsync(plan, new DeployOptions { MaxDeletes = 0 });
        Assert.Contains("more than --max-deletes 0", refused.Refusal);
        var dry = await new Deployer(store).RunAsync(plan, new DeployOptions { DryRun = true });
        Assert.True(dry.Succeeded);
        Assert.Empty(store.Log);
    }

    [Fact]
    public void Compressed_copies_are_skipped_or_uploaded_under_the_original_name_with_their_encoding()
    {
        using var site = TestSite.Build("", o => o with { Compress = true });
        var folder = Path.Combine(site.Root, "out");
        foreach (var (path, bytes) in site.Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            System.IO.File.WriteAllBytes(Path.Combine(folder, path), bytes);
        }
        var skipped = LocalSite.Read(folder, ContentTypes.For);
        Assert.DoesNotContain(skipped, f => f.Key.EndsWith(".br", StringComparison.Ordinal) || f.Key.EndsWith(".gz", StringComparison.Ordinal));
        Assert.All(skipped, f => Assert.Null(f.Headers.ContentEncoding));

        var brotli = LocalSite.Read(folder, ContentTypes.For, CompressedFiles.Brotli);
        var home = brotli.Single(f => f.Key == "index.html");
        Assert.Equal(("text/html; charset=utf-8", "br"), (home.Headers.ContentType, home.Headers.ContentEncoding));
        Assert.Equal(LocalSite.Md5Hex(site.Files["index.html.br"]), home.Md5);
        Assert.DoesNotContain(brotli, f => f.Key.EndsWith(".br", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deploy_cut_half_way_deletes_nothing_and_the_next_one_converges()
    {
        using var site = DeploySite.Build();
        var store = new MemoryStore();
        await store.UploadAsync("old/index.html", [1], "x", new ObjectHeaders("text/html", HeaderRules.Short, null), default);
        var local = LocalSite.Read(site.Output, ContentTypes.For);
        store.FailAfterUploads = 3;
        var plan = DeployPlan.Make(local, await store.ListAsync(default));
        await Assert.ThrowsAsync<DeployException>(() => new Deployer(store) { Parallelism = 1 }.RunAsync(plan, new DeployOptions()));
        Assert.Contains("old/index.html", store.Objects.Keys);
        store.FailAfterUploads = null;
        await new Deployer(store).RunAsync(DeployPlan.Make(local, await store.ListAsync(default)), new DeployOptions());
        Assert.Equal(site.Expected().OrderBy(e => e.Key), store.Objects.Select(o => new KeyValuePair<string, string>(o.Key, o.Value.Md5)).OrderBy(e => e.Key));
    }

    [Theory]
    [InlineData("s3://bucket", "s3", "bucket", "")]
    [InlineData("s3://bucket/guide/en?region=eu-west-1&endpoint=http://127.0.0.1:9000&path_style=true", "s3", "bucket", "guide/en/")]
    [InlineData("azblob://web/$web/", "azblob", "web", "$web/")]
    public void Target_urls_name_a_store_a_container_and_a_prefix(string url, string scheme, string container, string prefix)
    {
        var address = TargetAddress.Parse(url);
        Assert.Equal((scheme, container, prefix), (address.Scheme, address.Container, address.Prefix));
    }

    [Fact]
    public void Site_yml_lists_deploy_targets_and_reports_a_bad_one()
    {
        using var site = TestSite.Build($"""
            -- input/site.yml --
            {TestSite.DefaultSiteYml}
            deploy:
              targets:
                - name: production
                  url: "s3://clinic-site?region=eu-west-1"
                  compressed: br
                - name: broken
                  url: "ftp://nope"
            """);
        Assert.Contains(site.Errors, d => d.Code == "deploy-target" && d.Message.Contains("ftp://nope"));
    }
}
