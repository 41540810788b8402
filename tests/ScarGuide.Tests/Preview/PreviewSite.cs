using System.Net;
using System.Net.Sockets;
using System.Text;
using ScarGuide.Bench.Preview;
using ScarGuide.Cli.Preview;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Preview;

/// <summary>
/// A tiny site (base URL <c>https://example.org/sub/</c>, three articles, the real theme) in a temporary folder,
/// served by a <see cref="PreviewServer"/> on a free loopback port. Waits are generous and event-driven: the tests
/// run on a loaded two-core machine and never assert on timings.
/// </summary>
internal sealed class PreviewSite : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private PreviewSite(string root, PreviewServer server)
    {
        Root = root;
        Server = server;
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri(server.Origin),
            Timeout = Patience,
        };
    }

    public string Root { get; }
    public PreviewServer Server { get; }
    public HttpClient Http { get; }

    public static async Task<PreviewSite> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "scarguide-preview-" + Guid.NewGuid().ToString("N")[..12]);
        Write(root, "input/site.yml", """
            title: "Preview Clinic"
            description: "A tiny site the preview tests serve, with enough words to be a description."
            base_url: "https://example.org/sub/"
            posts_per_page: 10
            organization:
              name: "Preview Clinic"
            """);
        Write(root, "input/authors.yml", TestSite.DefaultAuthorsYml);
        Write(root, "input/images/hero.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"></svg>");
        Write(root, "input/articles/microneedling.md", Md("Microneedling for scars",
            "Tiny needles make controlled injuries; see [acne scars](acne-scars.md).\n\n## How it works\n\nCollagen grows back.\n",
            "tags: [\"microneedling\"]", "image: /images/hero.svg", "image_alt: \"A microneedling pen\""));
        Write(root, "input/articles/acne-scars.md", Md("Acne scar types",
            "Ice pick, boxcar and rolling scars; see [microneedling](microneedling.md).\n", "date: 2026-02-01", "tags: [\"microneedling\"]"));
        Write(root, "input/articles/sun.md", Md("Sun protection",
            "Wear sunscreen after [microneedling](microneedling.md).\n", "date: 2026-01-10", "categories: [\"Aftercare\"]"));
        CopyFolder(RepoRoot.Combine("theme"), Path.Combine(root, "theme"));
        Write(root, "theme/assets/css/site.css", "body { color: #222; }\n");

        var options = BuildOptions.ForRoot(root, TestSite.Now);
        try
        {
            var server = await PreviewServer.StartAsync(options, new FixedClock(TestSite.Now), "127.0.0.1", 0, CancellationToken.None);
            return new PreviewSite(root, server);
        }
        catch
        {
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    public string Url(string sitePath) => Server.BasePath + sitePath;

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(path);

    public async Task<string> TextAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return await response.Content.ReadAsStringAsync();
    }

    public Task<EventStream> EventsAsync() =>
        EventStream.ConnectAsync(Http, Server.Url + "__scarguide/events", CancellationToken.None);

    /// <summary>Replaces a source file the way editors save: a new file moved over the old one.</summary>
    public void Save(string path, string text)
    {
        var full = Path.Combine(Root, path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".tmp");
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, full, overwrite: true);
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Root, path));

    public void Delete(string path) => File.Delete(Path.Combine(Root, path));

    /// <summary>Waits until <paramref name="condition"/> holds, checking every 100 ms; fails after <see cref="Patience"/>.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > Patience) Assert.Fail($"Timed out waiting until {what}.");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Sends a request line exactly as written (HttpClient would normalize dot segments), with <paramref name="host"/> as
    /// the Host header, and returns status and the whole response.
    /// </summary>
    public async Task<(int Status, string Response)> RawGetAsync(string target, string host = "127.0.0.1")
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Server.Port);
        await using var stream = client.GetStream();
        var request = Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var response = await reader.ReadToEndAsync().WaitAsync(Patience);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}
