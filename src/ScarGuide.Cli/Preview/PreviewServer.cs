using System.Diagnostics;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ScarGuide.Assets;
using ScarGuide.Configuration;
using ScarGuide.Diagnostics;
using ScarGuide.Markdown;
using ScarGuide.Templating;
using ScarGuide.IO;
using ScarGuide.Pipeline;

namespace ScarGuide.Cli.Preview;

/// <summary>One rebuild as the console and the benchmark see it.</summary>
/// <param name="Changed">Changed files relative to the root, or empty for the first build.</param>
internal sealed record RebuildSummary(
    int Build, bool Succeeded, TimeSpan Elapsed, int PagesRendered, int PagesTotal, IReadOnlyList<string> Changed,
    IReadOnlyList<Diagnostic> Errors, int Warnings, string? CssHref, int BodiesRendered, IReadOnlyList<StepTiming> Steps);

/// <summary>
/// The <c>scarguide serve</c> server: builds the site into memory, serves it with Kestrel under its base path, watches
/// the sources and rebuilds incrementally, and tells open tabs to reload. A failed build keeps the last good site
/// and shows the errors over every page until a build succeeds.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>
    /// How long the sources must be quiet before a rebuild starts. Editors' save bursts (truncate, write, rename)
    /// arrive within a few milliseconds; this waits long enough for them and adds little to edit-to-reload latency.
    /// </summary>
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromMilliseconds(30);

    private readonly BuildOptions _options;
    private readonly TimeProvider _clock;
    private readonly string? _baseUrlOverride;
    private readonly BuildMemory _memory = new();
    private readonly LiveReload _reload = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Action<RebuildSummary> _onRebuild;
    private readonly TimeSpan _quiet;
    private WebApplication? _app;
    private SourceWatcher? _watcher;
    private Task _loop = Task.CompletedTask;
    private Timer? _ping;
    private volatile SiteSnapshot _site = SiteSnapshot.Empty("/");
    private int _builds;
    private AllowedHosts _hosts = new("127.0.0.1");

    private PreviewServer(BuildOptions options, TimeProvider clock, Action<RebuildSummary> onRebuild, TimeSpan quiet)
    {
        _options = options;
        _clock = clock;
        _baseUrlOverride = options.BaseUrl;
        _onRebuild = onRebuild;
        _quiet = quiet;
    }

    /// <summary>The preview's address including the base path, e.g. <c>http://127.0.0.1:5080/scarguide/</c>.</summary>
    public string Url => Origin + _site.BasePath;

    /// <summary>The origin alone, e.g. <c>http://127.0.0.1:5080</c>.</summary>
    public string Origin { get; private set; } = "";

    public int Port { get; private set; }

    public string BasePath => _site.BasePath;

    /// <summary>Why changes will not be picked up (a folder that cannot be watched), if anything.</summary>
    public IReadOnlyList<string> WatchProblems => _watcher?.Problems ?? [];

    /// <summary>How many tabs are listening for live-reload events.</summary>
    public int LiveReloadClients => _reload.ClientCount;

    /// <summary>What is served now (the latest good files, and errors if the latest build failed).</summary>
    internal SiteSnapshot Site => _site;

    /// <summary>
    /// Starts listening on <paramref name="host"/>:<paramref name="port"/> (0 picks a free port), builds the site once,
    /// then watches for changes. Returns when the first build has finished, whether or not it succeeded. Each rebuild
    /// is made as of <paramref name="clock"/>'s now, so a scheduled article appears once its time has come.
    /// </summary>
    public static async Task<PreviewServer> StartAsync(BuildOptions options, TimeProvider clock, string host, int port, CancellationToken cancellation,
        Action<RebuildSummary>? onRebuild = null, TimeSpan? quietPeriod = null)
    {
        var server = new PreviewServer(options, clock, onRebuild ?? (_ => { }), quietPeriod ?? DefaultQuietPeriod);
        try
        {
            await server.ListenAsync(host, port, cancellation);
            server._site = SiteSnapshot.Empty(new Uri(server.PreviewBaseUrl()).AbsolutePath);
            // Watch before the first build, so a save while it runs starts another build right after it.
            server._watcher = new SourceWatcher([options.InputDirectory, options.ThemeDirectory], server._quiet);
            await Task.Run(() => server.Rebuild(new HashSet<string>()), cancellation);
            server._loop = Task.Run(server.WatchAsync, CancellationToken.None);
            server._ping = new Timer(_ => server._reload.Ping(), null, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(20));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task ListenAsync(string host, int port, CancellationToken cancellation)
    {
        _hosts = new AllowedHosts(host);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (IPAddress.TryParse(host.Trim('[', ']'), out var address)) kestrel.Listen(address, port);
            else if (host == "localhost" && port != 0) kestrel.ListenLocalhost(port);
            else if (host == "localhost") kestrel.Listen(IPAddress.Loopback, port);
            else foreach (var resolved in Dns.GetHostAddresses(host)) kestrel.Listen(resolved, port);
        });
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellation);

        var bound = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        Port = bound.Port;
        Origin = $"http://{(host.Contains(':') && !host.StartsWith('[') ? $"[{host}]" : host)}:{Port}";
    }

    /// <summary>The base URL the preview builds with: the configured path on this server's origin.</summary>
    private string PreviewBaseUrl()
    {
        var configured = _baseUrlOverride;
        if (configured is null)
        {
            var sitePath = Path.Combine(_options.InputDirectory, "site.yml");
            string? text = null;
            try { text = File.Exists(sitePath) ? File.ReadAllText(sitePath) : null; }
            catch (IOException) { }
            configured = ConfigReader.ReadSite(text, "site.yml", new DiagnosticBag(), null).BaseUrl;
        }
        var path = Uri.TryCreate(configured, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
        if (!path.EndsWith('/')) path += "/";
        return Origin + path;
    }

    private async Task WatchAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            IReadOnlySet<string> changed;
            try
            {
                changed = await _watcher!.NextBatchAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
            {
                return;
            }
            Rebuild(changed);
        }
    }

    /// <summary>Builds and publishes; never throws (a crash in the build is reported like a failed build).</summary>
    private void Rebuild(IReadOnlySet<string> changedPaths)
    {
        var watch = Stopwatch.StartNew();
        // Editors' temporary files (no extension, already gone) are not worth naming.
        var changed = changedPaths
            .Where(p => p == SourceWatcher.Everything || Path.HasExtension(p) || File.Exists(p) || Directory.Exists(p))
            .Select(p => p == SourceWatcher.Everything ? p : Path.GetRelativePath(_options.RootDirectory, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
        var baseUrl = PreviewBaseUrl();
        var basePath = new Uri(baseUrl).AbsolutePath;
        var options = _options with { BaseUrl = baseUrl, Now = _clock.GetUtcNow(), Compress = false };
        var output = new MemoryOutput();
        BuildResult? result = null;
        IReadOnlyList<Diagnostic> errors;
        try
        {
            result = SiteBuilder.Build(options, output, _memory);
            errors = result.Diagnostics.Where(d => d.IsError).ToList();
        }
        catch (Exception ex)
        {
            errors = [new Diagnostic(Severity.Error, "internal-error", changed.FirstOrDefault() ?? "scarguide", 0, 0,
                $"The build crashed: {ex.GetType().Name}: {ex.Message}", "This is a bug in ScarGuide; the last good site is still served.")];
        }

        var number = Interlocked.Increment(ref _builds);
        var previous = _site;
        var succeeded = result is not null && errors.Count == 0;
        _site = succeeded
            ? new SiteSnapshot(output.Files, basePath, number, null)
            : (previous.BasePath == basePath ? previous : new SiteSnapshot(previous.Files, basePath, previous.Build, null)).WithErrors(errors, number);

        // A change to stylesheets alone swaps the stylesheet in open tabs instead of reloading them.
        var cssHref = result is not null && result.Context.Ran<ProcessAssets>() && result.Context.Assets["css"] is { } css ? result.Context.Href(css) : null;
        var cssOnly = succeeded && previous.Errors is null && previous.HasSite && changed.Count > 0
            && changed.All(p => p.EndsWith(".css", StringComparison.OrdinalIgnoreCase) && IsUnder(p, _options.ThemeDirectory));
        if (cssOnly && cssHref is not null) _reload.Css(cssHref);
        else _reload.Reload(number);

        var context = result?.Context;
        _onRebuild(new RebuildSummary(number, succeeded, watch.Elapsed, _memory.Made(RenderTemplates.ResultName), result?.PlannedPages.Count ?? 0,
            changed, errors, result?.WarningCount ?? 0, cssHref, _memory.Made(RenderMarkdown.ResultName), result?.Timings ?? []));
    }

    private bool IsUnder(string relativePath, string folder)
    {
        var full = Path.GetFullPath(Path.Combine(_options.RootDirectory, relativePath));
        return full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var response = http.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        // Before anything else, the live-reload stream included: a foreign name must learn nothing about the site.
        if (!_hosts.Allows(request.Headers.Host))
        {
            await Plain(http, StatusCodes.Status403Forbidden,
                $"Forbidden: this preview answers only to {string.Join(", ", _hosts.Names)}, not to \"{Printable(request.Headers.Host.ToString())}\". "
                + "A page elsewhere may be trying to read it through a name of its own (DNS rebinding). "
                + "To preview under another name or address, start `scarguide serve --host` with it.\n");
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var site = _site;
        var raw = http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var target = RequestTarget.Parse(raw, site.BasePath);
        if (site.Build == 0 && target.Kind != TargetKind.Internal)
        {
            // Only while the first build runs; live-reload streams may connect already (a tab left open across restarts).
            response.Headers.RetryAfter = "1";
            await Plain(http, StatusCodes.Status503ServiceUnavailable, "The preview is still building the site; reload in a moment.\n");
            return;
        }
        switch (target.Kind)
        {
            case TargetKind.Invalid:
                await Plain(http, StatusCodes.Status400BadRequest, "Bad request: the path is not allowed.\n");
                return;
            case TargetKind.ToBasePath:
                Redirect(response, site.BasePath + target.Query);
                return;
            case TargetKind.Internal:
                await Internal(http, target.Path);
                return;
            case TargetKind.Outside:
                await NotFound(http, site);
                return;
        }

        var path = target.Path.Length == 0 || target.Path.EndsWith('/') ? target.Path + "index.html" : target.Path;
        var file = site.Get(path);
        if (file is null)
        {
            if (!target.Path.EndsWith('/') && site.Files.ContainsKey(target.Path + "/index.html"))
            {
                var rawPath = raw.Split('?', 2)[0];
                Redirect(response, rawPath + "/" + target.Query);
                return;
            }
            await NotFound(http, site);
            return;
        }
        await Send(http, site, file, StatusCodes.Status200OK);
    }

    /// <summary>A header value fit to quote back: printable ASCII, not too long.</summary>
    private static string Printable(string value)
    {
        var kept = new string(value.Where(c => c is >= ' ' and <= '~').Take(100).ToArray());
        return kept.Length == 0 ? "(none)" : kept;
    }

    private static void Redirect(HttpResponse response, string location)
    {
        response.StatusCode = StatusCodes.Status302Found;
        response.Headers.Location = location;
        response.Headers.CacheControl = "no-store";
    }

    private static async Task NotFound(HttpContext http, SiteSnapshot site)
    {
        var page = site.Get("404.html");
        if (page is null && site.Errors is null)
        {
            await Plain(http, StatusCodes.Status404NotFound, "Not found.\n");
            return;
        }
        await Send(http, site, page, StatusCodes.Status404NotFound);
    }

    /// <summary>Sends a file, or with a failed build the last good page under the error overlay (status 500, never cached).</summary>
    private static async Task Send(HttpContext http, SiteSnapshot site, PreparedFile? file, int status)
    {
        var response = http.Response;
        if (site.Errors is { } errors && (file is null || file.IsHtml))
        {
            var overlay = LiveReload.Overlay(errors, site.BasePath);
            var body = file is null
                ? Encoding.UTF8.GetBytes(LiveReload.ErrorPage(errors, site.BasePath).Replace("</body>", site.ScriptTag + "</body>", StringComparison.Ordinal))
                : SiteSnapshot.Inject(file.Body, overlay);
            response.StatusCode = StatusCodes.Status500InternalServerError;
            response.Headers.CacheControl = "no-store";
            await Body(http, "text/html; charset=utf-8", body);
            return;
        }

        // Not the static-file middleware: its ETag is the last-modified second XOR the length, so a same-length edit
        // within a second would be answered 304 and a reloading tab would keep the old page (tried with an
        // IFileProvider over the snapshot; PreviewServerTests' same-second test failed). This ETag hashes the body.
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = file!.ETag;
        if (status == StatusCodes.Status200OK && IfNoneMatch(http.Request, file.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = status;
        await Body(http, file.ContentType, file.Body);
    }

    private static bool IfNoneMatch(HttpRequest request, string etag)
    {
        foreach (var value in request.Headers.IfNoneMatch)
        {
            foreach (var tag in (value ?? "").Split(','))
            {
                var t = tag.Trim();
                if (t == "*" || t == etag || t == "W/" + etag) return true;
            }
        }
        return false;
    }

    private static async Task Body(HttpContext http, string contentType, byte[] body)
    {
        http.Response.ContentType = contentType;
        http.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(http.Request.Method)) await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static Task Plain(HttpContext http, int status, string text)
    {
        http.Response.StatusCode = status;
        http.Response.Headers.CacheControl = "no-store";
        return Body(http, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text));
    }

    private async Task Internal(HttpContext http, string name)
    {
        switch (name)
        {
            case "livereload.js":
                http.Response.Headers.CacheControl = "no-cache";
                await Body(http, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Script));
                return;
            case "overlay.css":
                http.Response.Headers.CacheControl = "no-cache";
                await Body(http, "text/css; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.OverlayCss));
                return;
            case "events":
                await Events(http);
                return;
            default:
                await Plain(http, StatusCodes.Status404NotFound, "Not found.\n");
                return;
        }
    }

    /// <summary>The server-sent events stream one tab listens to until it closes or the server stops.</summary>
    private async Task Events(HttpContext http)
    {
        var response = http.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        if (HttpMethods.IsHead(http.Request.Method)) return;
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var channel = _reload.Subscribe();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
        try
        {
            await response.WriteAsync($"retry: 1000\n: connected to build {_site.Build}\n\n", done.Token);
            await response.Body.FlushAsync(done.Token);
            await foreach (var message in channel.Reader.ReadAllAsync(done.Token))
            {
                await response.WriteAsync(message, done.Token);
                await response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
        finally
        {
            _reload.Unsubscribe(channel);
        }
    }

    /// <summary>Stops watching, closes live-reload streams and stops listening. Safe to call twice.</summary>
    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested) return;
        _stopping.Cancel();
        _reload.Close();
        _watcher?.Dispose();
        if (_ping is not null) await _ping.DisposeAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_app is not null) await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
