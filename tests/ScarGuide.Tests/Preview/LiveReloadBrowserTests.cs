using Microsoft.Playwright;

namespace ScarGuide.Tests.Preview;

/// <summary>
/// The live-reload script in a real Chromium, under the pages' own Content-Security-Policy: a saved article
/// reloads the tab, a saved stylesheet swaps the link without reloading.
/// </summary>
public sealed class LiveReloadBrowserTests : IAsyncLifetime
{
    private PreviewSite _site = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _site = await PreviewSite.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Executable, Headless = true });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _site.DisposeAsync();
    }

    [ChromiumFact]
    public async Task A_saved_article_reloads_the_open_tab()
    {
        var page = await OpenAsync("blog/sun/");

        _site.Save("input/articles/sun.md", _site.Read("input/articles/sun.md").Replace("Wear sunscreen", "Wear a wide-brimmed hat"));

        await page.WaitForSelectorAsync("text=wide-brimmed hat", new() { Timeout = (float)PreviewSite.Patience.TotalMilliseconds });
    }

    [ChromiumFact]
    public async Task A_saved_stylesheet_is_swapped_in_without_a_reload()
    {
        var page = await OpenAsync("blog/sun/");
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        var before = await page.GetAttributeAsync("link[rel=stylesheet]", "href");

        _site.Save("theme/assets/css/site.css", "body { color: #123456; }\n");

        await page.WaitForFunctionAsync("before => document.querySelector('link[rel=stylesheet]').getAttribute('href') !== before", before,
            new() { Timeout = (float)PreviewSite.Patience.TotalMilliseconds });
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await page.WaitForFunctionAsync("() => getComputedStyle(document.body).color === 'rgb(18, 52, 86)'", null,
            new() { Timeout = (float)PreviewSite.Patience.TotalMilliseconds });
    }

    /// <summary>Opens a page and waits until its live-reload stream is connected, so no event can be missed.</summary>
    private async Task<IPage> OpenAsync(string sitePath)
    {
        var page = await _browser.NewPageAsync();
        var errors = new List<string>();
        // Missing images of the tiny site may log 404s; what matters is that the CSP lets the script and its stream run.
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.Contains("Refused to", StringComparison.Ordinal))
                errors.Add(message.Text);
        };
        var connected = page.WaitForResponseAsync(r => r.Url.EndsWith("/__scarguide/events", StringComparison.Ordinal),
            new() { Timeout = (float)PreviewSite.Patience.TotalMilliseconds });
        await page.GotoAsync(_site.Server.Origin + _site.Url(sitePath));
        await connected;
        await PreviewSite.Eventually(() => Task.FromResult(_site.Server.LiveReloadClients > 0), "the tab listens for events");
        Assert.Empty(errors);
        return page;
    }
}

/// <summary>Runs only where a Chromium is installed (CI installs Debian's; SCARGUIDE_CHROMIUM names another).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public static string? Executable { get; } = new[] { Environment.GetEnvironmentVariable("SCARGUIDE_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
        .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public ChromiumFactAttribute()
    {
        if (Executable is null) Skip = "No Chromium found: install chromium or set SCARGUIDE_CHROMIUM.";
    }
}
