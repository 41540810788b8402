using System.Collections.Concurrent;
using Microsoft.Playwright;
using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Browser;

/// <summary>Keyboard, layout, search and console tests: one collection, run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// The axe scans have a collection of their own, so they run alongside the other browser tests (axe is slow);
/// both collections share the same build, server and Chromium.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AccessibilityCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser accessibility";
}

/// <summary>
/// What a browser test class receives. Every instance shares one <see cref="SiteSession"/>: one build of the real
/// bundled site, one server and one Chromium for the whole run. Does nothing when Chromium is missing: every browser
/// test is skipped then.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private SiteSession? _session;

    private SiteSession Session => _session ?? throw new InvalidOperationException(Chromium.SkipReason);

    public string BaseUrl => Session.BaseUrl;

    public IReadOnlyDictionary<string, byte[]> Files => Session.Files;

    public string ArtifactsDirectory => Session.ArtifactsDirectory;

    public async Task InitializeAsync()
    {
        if (Chromium.IsAvailable) _session = await SiteSession.AcquireAsync();
    }

    public async Task DisposeAsync()
    {
        if (_session is not null) await SiteSession.ReleaseAsync();
    }

    /// <inheritdoc cref="SiteSession.Url"/>
    public string Url(string relative) => Session.Url(relative);

    /// <inheritdoc cref="SiteSession.OpenAsync"/>
    public Task<BrowserPage> OpenAsync(string relative, int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light) =>
        Session.OpenAsync(relative, width, height, colorScheme);

    /// <inheritdoc cref="SiteSession.OpenUrlAsync"/>
    public Task<BrowserPage> OpenUrlAsync(string url, int width = 1280, int height = 900) => Session.OpenUrlAsync(url, width, height);

    /// <inheritdoc cref="SiteSession.SharedPageAsync"/>
    public Task<BrowserPage> SharedPageAsync(string relative, int width = 1280, ColorScheme colorScheme = ColorScheme.Light) =>
        Session.SharedPageAsync(relative, width, colorScheme);
}

/// <summary>
/// Builds the real bundled site (<c>input/</c> with <c>theme/</c>) in memory for
/// <c>http://127.0.0.1:{port}/scarguide/</c>, serves it on that port and launches one headless Chromium.
/// Reference-counted: the last fixture to let go closes the browser and the server.
/// </summary>
public sealed class SiteSession : IAsyncDisposable
{
    public const string BasePath = "/scarguide/";

    /// <summary>"Now" for the build, so scheduling never depends on the day the tests run.</summary>
    public static readonly DateTimeOffset BuildDate = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static SiteSession? _current;
    private static int _users;

    private readonly ConcurrentDictionary<(string Path, int Width, ColorScheme Scheme), Lazy<Task<BrowserPage>>> _shared = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaticSiteServer? _server;

    private SiteSession()
    {
    }

    /// <summary>The site's root, ending in <c>/scarguide/</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public IReadOnlyDictionary<string, byte[]> Files { get; private set; } = new Dictionary<string, byte[]>();

    /// <summary>Where screenshots go: <c>SCARGUIDE_ARTIFACTS</c>, or <c>TestResults/screenshots</c> under the working folder.</summary>
    public string ArtifactsDirectory { get; } = Environment.GetEnvironmentVariable("SCARGUIDE_ARTIFACTS") is { Length: > 0 } configured
        ? configured
        : Path.Combine(Directory.GetCurrentDirectory(), "TestResults", "screenshots");

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public static async Task<SiteSession> AcquireAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_current is null)
            {
                var session = new SiteSession();
                try
                {
                    await session.StartAsync();
                }
                catch
                {
                    await session.DisposeAsync();
                    throw;
                }
                _current = session;
            }
            _users++;
            return _current;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task ReleaseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (--_users > 0 || _current is null) return;
            var last = _current;
            _current = null;
            await last.DisposeAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task StartAsync()
    {
        var port = StaticSiteServer.FreePort();
        BaseUrl = $"http://127.0.0.1:{port}{BasePath}";
        var output = new MemoryOutput();
        var options = BuildOptions.ForRoot(RepoRoot.Path, BuildDate) with { BaseUrl = BaseUrl };
        var build = SiteBuilder.Build(options, output);
        if (!build.Succeeded)
            throw new InvalidOperationException("The bundled site did not build:\n" + string.Join("\n", build.Diagnostics));
        Files = output.Files;

        _server = new StaticSiteServer(output.Files, port, BasePath);
        _server.Start();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
            Timeout = 30_000,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        _server?.Dispose();
    }

    /// <summary>The absolute URL of a site-relative path such as <c>blog/</c>.</summary>
    public string Url(string relative) => BaseUrl + relative.TrimStart('/');

    /// <summary>
    /// Opens <paramref name="relative"/> in a fresh context (own history, storage and focus) at the given viewport,
    /// recording console errors, page errors and failed requests from the very first request. The caller disposes it.
    /// </summary>
    public Task<BrowserPage> OpenAsync(string relative, int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light) =>
        OpenUrlAsync(Url(relative), width, height, colorScheme);

    /// <summary>Like <see cref="OpenAsync"/> for any address, such as a report written to a file.</summary>
    public async Task<BrowserPage> OpenUrlAsync(string url, int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            ReducedMotion = ReducedMotion.Reduce,
            Locale = "en-GB",
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        var browserPage = new BrowserPage(context, page, shared: false);
        browserPage.Response = await page.GotoAsync(url);
        return browserPage;
    }

    /// <summary>
    /// A loaded page that read-only tests share (axe, console and network checks, measurements, screenshots), so
    /// each page is loaded once per viewport and colour scheme. Lazy images are loaded and search results rendered
    /// before it is handed out. Do not change it and do not dispose it.
    /// </summary>
    public Task<BrowserPage> SharedPageAsync(string relative, int width = 1280, ColorScheme colorScheme = ColorScheme.Light) =>
        _shared.GetOrAdd((relative, width, colorScheme), key => new Lazy<Task<BrowserPage>>(() => LoadSharedAsync(key))).Value;

    private async Task<BrowserPage> LoadSharedAsync((string Path, int Width, ColorScheme Scheme) key)
    {
        var page = await OpenAsync(key.Path, key.Width, key.Width < 600 ? 800 : 900, key.Scheme);
        page.Shared = true;
        if (key.Path.Contains("?q=", StringComparison.Ordinal))
            await page.Page.Locator("#search-results li").First.WaitForAsync();
        await page.LoadAllImagesAsync();
        return page;
    }
}

/// <summary>A page in its own browser context, with everything that went wrong while it loaded and ran.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];
    private readonly List<IResponse> _responses = [];

    internal BrowserPage(IBrowserContext context, IPage page, bool shared)
    {
        _context = context;
        Page = page;
        Shared = shared;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Add($"console error: {message.Text} (at {message.Location})");
        };
        page.PageError += (_, error) => Add($"uncaught error: {error}");
        page.RequestFailed += (_, request) => Add($"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            lock (_responses) _responses.Add(response);
            if (response.Status >= 400) Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
        };
    }

    public IPage Page { get; }

    /// <summary>Shared pages belong to the session, which closes them at the end of the run.</summary>
    public bool Shared { get; internal set; }

    /// <summary>The response to the first navigation.</summary>
    public IResponse? Response { get; internal set; }

    public IReadOnlyList<string> Problems
    {
        get { lock (_problems) return _problems.ToList(); }
    }

    public IReadOnlyList<IResponse> Responses
    {
        get { lock (_responses) return _responses.ToList(); }
    }

    /// <summary>Loads lazy images too (a full-page screenshot does not scroll) and waits until each has loaded or failed.</summary>
    public async Task LoadAllImagesAsync() => await Page.EvaluateAsync("""
        async () => {
          const images = [...document.images];
          images.forEach(img => { img.loading = 'eager'; });
          await Promise.all(images.map(img => img.decode().catch(() => null)));
        }
        """);

    private void Add(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }

    public async ValueTask DisposeAsync()
    {
        if (!Shared) await _context.CloseAsync();
    }
}
