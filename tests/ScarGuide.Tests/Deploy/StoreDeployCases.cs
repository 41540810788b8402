using ScarGuide.Cli.Commands;
using ScarGuide.Deploy;
using ScarGuide.Publishing;

namespace ScarGuide.Tests.Deploy;

/// <summary>
/// The deploy cases of issue 25, run against a real store (each subclass starts its emulator): every case deploys a
/// small built site with a photo into a container of its own.
/// </summary>
public abstract class StoreDeployCases
{
    /// <summary>A new, empty bucket or container; with <paramref name="wrongKey"/>, a store that signs with a key the server does not know.</summary>
    private protected abstract Task<IRemoteStore> NewStore(string container, bool wrongKey = false);

    /// <summary>The headers the server sends back for an object.</summary>
    private protected abstract Task<ObjectHeaders> HeadersOf(IRemoteStore store, string key);

    private static string NewName() => "site-" + Guid.NewGuid().ToString("N")[..12];

    private static Task<DeployResult> Deploy(IRemoteStore store, DeploySite site, DeployOptions? settings = null, string? changedPaths = null,
        CompressedFiles compressed = CompressedFiles.Skip) =>
        DeployCommand.Run(store, site.Output, new DeployTarget("test", "s3://test", compressed), settings ?? new DeployOptions(), "/", changedPaths, TextWriter.Null, CancellationToken.None);

    private static async Task<Dictionary<string, string?>> Remote(IRemoteStore store) =>
        (await store.ListAsync(CancellationToken.None)).ToDictionary(o => o.Key, o => o.Md5);

    private protected async Task First_deploy_uploads_everything_with_the_sites_headers()
    {
        using var site = DeploySite.Build();
        var store = await NewStore(NewName());
        var result = await Deploy(store, site);
        var expected = site.Expected();
        Assert.Equal(expected.Count, result.Uploaded);
        Assert.Equal(expected.OrderBy(e => e.Key), (await Remote(store)).Select(r => new KeyValuePair<string, string>(r.Key, r.Value!)).OrderBy(e => e.Key));
        Assert.DoesNotContain("_headers", expected.Keys);

        var page = await HeadersOf(store, "blog/healing-scars/index.html");
        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        Assert.Equal(Directives(HeaderRules.Short), Directives(page.CacheControl));
        var css = expected.Keys.Single(k => k.StartsWith("assets/", StringComparison.Ordinal) && k.EndsWith(".css", StringComparison.Ordinal));
        Assert.Equal(("text/css; charset=utf-8", Directives(HeaderRules.Immutable)), (await HeadersOf(store, css)) is var c ? (c.ContentType, Directives(c.CacheControl)) : default);
        var variant = expected.Keys.First(k => k.EndsWith(".avif", StringComparison.Ordinal));
        Assert.Equal(("image/avif", Directives(HeaderRules.Immutable)), (await HeadersOf(store, variant)) is var v ? (v.ContentType, Directives(v.CacheControl)) : default);
        Assert.Equal(("image/svg+xml", Directives(HeaderRules.Day)), (await HeadersOf(store, "images/diagram.svg")) is var j ? (j.ContentType, Directives(j.CacheControl)) : default);
        Assert.Equal("application/xml; charset=utf-8", (await HeadersOf(store, "sitemap.xml")).ContentType);
    }

    /// <summary>Cache-Control's directives in a fixed order: .NET's header parser may reorder them when it reads a response.</summary>
    private static string Directives(string? value) =>
        string.Join(", ", (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    private protected async Task Second_deploy_uploads_nothing()
    {
        using var site = DeploySite.Build();
        var store = await NewStore(NewName());
        await Deploy(store, site);
        site.Rebuild();
        var second = await Deploy(store, site);
        Assert.Equal((0, 0), (second.Uploaded, second.Deleted));
        Assert.Equal(site.Expected().Count, second.Plan.Unchanged);
    }

    private protected async Task An_edited_article_uploads_only_the_files_whose_bytes_changed_and_lists_their_addresses()
    {
        using var site = DeploySite.Build();
        var store = await NewStore(NewName());
        await Deploy(store, site);
        var before = site.Expected();
        site.Edit("input/articles/acne-scars.md", text => text.Replace("Rolling, boxcar and ice-pick scars.", "Rolling, boxcar and ice-pick scars, and how lasers help."));
        site.Rebuild();
        var after = site.Expected();
        var changed = after.Where(a => !before.TryGetValue(a.Key, out var md5) || md5 != a.Value).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
        var list = Path.GetTempFileName();
        try
        {
            var result = await Deploy(store, site, changedPaths: list);
            Assert.Equal(changed, result.Plan.Uploads.Select(u => u.Key).Order(StringComparer.Ordinal));
            Assert.Contains("blog/acne-scars/index.html", changed);
            Assert.True(changed.Count < after.Count / 2, $"{changed.Count} of {after.Count} files changed");
            var urls = File.ReadAllLines(list);
            Assert.Contains("/blog/acne-scars/", urls);
            Assert.Contains("/blog/acne-scars/index.html", urls);
            Assert.Equal(after.OrderBy(e => e.Key), (await Remote(store)).Select(r => new KeyValuePair<string, string>(r.Key, r.Value!)).OrderBy(e => e.Key));
        }
        finally
        {
            File.Delete(list);
        }
    }

    private protected async Task A_removed_article_is_deleted()
    {
        using var site = DeploySite.Build();
        var store = await NewStore(NewName());
        await Deploy(store, site);
        site.Remove("input/articles/keloids.md");
        site.Rebuild();
        var result = await Deploy(store, site);
        Assert.Contains("blog/keloids/index.html", result.Plan.Deletes);
        var remote = await Remote(store);
        Assert.DoesNotContain("blog/keloids/index.html", remote.Keys);
        Assert.Equal(site.Expected().Keys.Order(StringComparer.Ordinal), remote.Keys.Order(StringComparer.Ordinal));
    }

    private protected async Task Max_deletes_zero_refuses_a_deletion_and_changes_nothing()
    {
        using var site = DeploySite.Build();
        var store = await NewStore(NewName());
        await Deploy(store, site);
        var before = await Remote(store);
        site.Remove("input/articles/keloids.md");
        site.Rebuild();
        var result = await Deploy(store, site, new DeployOptions { MaxDeletes = 0 });
        Assert.False(result.Succeeded);
        Assert.Contains("--max-deletes 0", result.Refusal);
        Assert.Equal(before, await Remote(store));
    }

    private protected async Task A_dry_run_changes_nothing()
    {
        using var site = DeploySite.Build();
        var store = await NewStore(NewName());
        var dry = await Deploy(store, site, new DeployOptions { DryRun = true });
        Assert.Equal(site.Expected().Count, dry.Plan.Uploads.Count);
        Assert.Equal(0, dry.Uploaded);
        Assert.Empty(await Remote(store));
    }

    private protected async Task A_wrong_key_says_the_credentials_were_refused()
    {
        using var site = DeploySite.Build();
        var name = NewName();
        await NewStore(name);
        var wrong = await NewStore(name, wrongKey: true);
        var error = await Assert.ThrowsAsync<DeployException>(() => Deploy(wrong, site));
        Assert.Contains("refused the credentials", error.Message);
    }

    private protected async Task Brotli_files_go_up_under_the_original_name_with_their_encoding()
    {
        using var site = DeploySite.Build(compress: true);
        var store = await NewStore(NewName());
        await Deploy(store, site, compressed: CompressedFiles.Brotli);
        var remote = await Remote(store);
        Assert.DoesNotContain(remote.Keys, k => k.EndsWith(".br", StringComparison.Ordinal) || k.EndsWith(".gz", StringComparison.Ordinal));
        var page = await HeadersOf(store, "blog/healing-scars/index.html");
        Assert.Equal(("text/html; charset=utf-8", "br"), (page.ContentType, page.ContentEncoding));
        Assert.Equal(LocalSite.Md5Hex(site.Files["blog/healing-scars/index.html.br"]), remote["blog/healing-scars/index.html"]);
        Assert.Null((await HeadersOf(store, "images/diagram.svg")).ContentEncoding);
    }

    private protected async Task A_deploy_cut_half_way_is_finished_by_the_next()
    {
        using var site = DeploySite.Build();
        var store = await NewStore(NewName());
        await Deploy(store, site);
        site.Remove("input/articles/keloids.md");
        site.Edit("input/articles/acne-scars.md", text => text.Replace("Rolling", "Rolling (wide, soft edges)"));
        site.Rebuild();
        var cut = new FailingStore(store, uploadsBeforeFailure: 2);
        await Assert.ThrowsAsync<DeployException>(() => Deploy(cut, site));
        // Deletes come last: the cut deploy removed nothing, so every stored page still has its files.
        Assert.Contains("blog/keloids/index.html", (await Remote(store)).Keys);
        await Deploy(store, site);
        var expected = site.Expected();
        Assert.Equal(expected.OrderBy(e => e.Key), (await Remote(store)).Select(r => new KeyValuePair<string, string>(r.Key, r.Value!)).OrderBy(e => e.Key));
    }

    /// <summary>A store whose network goes down after a number of uploads.</summary>
    private sealed class FailingStore(IRemoteStore inner, int uploadsBeforeFailure) : IRemoteStore
    {
        private int _uploads;

        public string Description => inner.Description;

        public Task<IReadOnlyList<RemoteObject>> ListAsync(CancellationToken cancel) => inner.ListAsync(cancel);

        public Task UploadAsync(string key, byte[] content, string md5, ObjectHeaders headers, CancellationToken cancel) =>
            Interlocked.Increment(ref _uploads) > uploadsBeforeFailure
                ? throw new DeployException($"{Description} could not be reached (the test cut the network).")
                : inner.UploadAsync(key, content, md5, headers, cancel);

        public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancel) => inner.DeleteAsync(keys, cancel);
    }
}
