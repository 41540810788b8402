using Deque.AxeCore.Playwright;
using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Browser;

/// <summary>A site fresh from <c>scarguide init</c> passes the checks the bundled one does in Chromium: axe, console, network.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InitSiteBrowserTests(BrowserFixture site)
{
    [ChromiumFact]
    public async Task Every_page_of_a_site_made_by_init_has_no_axe_violations_or_console_errors()
    {
        var root = Path.Combine(Path.GetTempPath(), "scarguide-axe-init-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var init = CliProcess.Scarguide(Path.GetTempPath(), "init", root, "--clock", TestSite.Clock);
            Assert.True(init.Exit == 0, init.ToString());
            var port = StaticSiteServer.FreePort();
            var output = new MemoryOutput();
            var build = SiteBuilder.Build(BuildOptions.ForRoot(root, TestSite.Now) with { BaseUrl = $"http://127.0.0.1:{port}/", BuiltInTheme = true }, output);
            Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
            using var server = new StaticSiteServer(output.Files, port, "/");
            server.Start();

            var pages = output.Files.Keys.Where(p => p.EndsWith("index.html", StringComparison.Ordinal) && !p.StartsWith("authors/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList();
            Assert.Contains("blog/caring-for-a-healing-scar/index.html", pages);
            foreach (var page in pages)
            {
                await using var browser = await site.OpenUrlAsync($"http://127.0.0.1:{port}/{page[..^"index.html".Length]}", 375);
                var result = await browser.Page.RunAxe(AccessibilityTests.AllRules);
                Assert.True(result.Violations.Length == 0, $"{page}: " + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help}")));
                Assert.True(browser.Problems.Count == 0, $"{page}: " + string.Join("\n", browser.Problems));
            }
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}
