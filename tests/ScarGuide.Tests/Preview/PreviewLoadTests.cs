using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ScarGuide.Tests.Preview;

/// <summary>
/// A bounded loopback load test: concurrent readers, malformed requests and rebuilds at the same time.
/// Counts are fixed and small, nothing asserts on timing, and it stops by itself.
/// </summary>
// The heap is measured process-wide, so nothing else may run meanwhile: a parallel test building a large site
// once made "memory grew" fail here although the preview had not grown at all.
[Collection(MeasuredMemoryCollection.Name)]
public sealed class PreviewLoadTests : IAsyncLifetime
{
    private PreviewSite _site = null!;

    public async Task InitializeAsync() => _site = await PreviewSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private static readonly string[] Garbage =
    [
        "GARBAGE\r\n\r\n",
        "GET /sub/ HTTP/9.9\r\n\r\n",
        "GET /sub/\0\0 HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET " + new string('a', 20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /sub/ HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        "\r\n\r\n\r\n",
    ];

    [Fact]
    public async Task Survives_concurrent_requests_malformed_requests_and_rebuilds_without_errors_or_growing_memory()
    {
        var paths = new[] { "/sub/", "/sub/blog/", "/sub/blog/microneedling/", "/sub/blog/acne-scars/", "/sub/search-index.json", "/sub/sitemap.xml" };

        async Task<List<string>> Round(int round)
        {
            var failures = new List<string>();
            var readers = Enumerable.Range(0, 4).Select(async reader =>
            {
                for (var i = 0; i < 150; i++)
                {
                    var path = paths[(i + reader) % paths.Length];
                    using var response = await _site.GetAsync(path);
                    if (response.StatusCode != HttpStatusCode.OK)
                        lock (failures) failures.Add($"{path}: {(int)response.StatusCode}");
                    await response.Content.ReadAsByteArrayAsync();
                }
            });
            var vandal = Task.Run(async () =>
            {
                foreach (var request in Garbage.Concat(Garbage))
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, new Uri(_site.Server.Origin).Port);
                    var stream = client.GetStream();
                    await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
                    client.Client.Shutdown(SocketShutdown.Send);
                    var buffer = new byte[4096];
                    try { while (await stream.ReadAsync(buffer).AsTask().WaitAsync(PreviewSite.Patience) > 0) { } }
                    catch (IOException) { }
                }
            });
            var editor = Task.Run(async () =>
            {
                var original = _site.Read("input/articles/sun.md");
                for (var i = 0; i < 5; i++)
                {
                    _site.Save("input/articles/sun.md", original.Replace("Wear sunscreen", $"Wear sunscreen (round {round}, edit {i})"));
                    await Task.Delay(200);
                }
            });
            await Task.WhenAll(readers.Append(vandal).Append(editor));
            return failures;
        }

        Assert.Empty(await Round(0));
        await PreviewSite.Eventually(async () => (await _site.TextAsync("/sub/blog/sun/")).Contains("round 0, edit 4"), "the last edit of round 0 is served");
        var firstSite = WeaklyHold(_site.Server.Site);
        var baseline = Settle();

        Assert.Empty(await Round(1));
        await PreviewSite.Eventually(async () => (await _site.TextAsync("/sub/blog/sun/")).Contains("round 1, edit 4"), "the last edit of round 1 is served");
        var after = Settle();

        // A replaced site must be collectable: nothing (caches, watchers, live-reload clients) may keep old builds alive.
        Assert.False(firstSite.IsAlive, "the site served after round 0 is still referenced after round 1 replaced it");
        // The same work twice should leave memory where it was; allow generous slack for allocator noise.
        Assert.True(after < baseline + 64L * 1024 * 1024, $"memory grew from {baseline / 1048576} MiB to {after / 1048576} MiB");
        using var home = await _site.GetAsync("/sub/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    // Not inlined, so no local of this frame keeps the snapshot alive while the test runs on.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference WeaklyHold(object target) => new(target);

    private static long Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredMemoryCollection
{
    public const string Name = "Measured memory";
}
