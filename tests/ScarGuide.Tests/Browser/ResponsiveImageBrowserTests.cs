using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Browser;

/// <summary>Chromium picks the srcset candidate the layout needs, in AVIF, and every image loads without an error.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResponsiveImageBrowserTests(BrowserFixture site)
{
    [ChromiumTheory]
    [InlineData(375, 480)]   // a phone: the hero spans the screen (343 CSS px), so the 480 px candidate
    [InlineData(1280, 800)]  // a laptop: the hero sits in a 33rem (528 px) column, so the 800 px one
    public async Task The_hero_loads_the_candidate_its_width_needs_as_avif(int viewport, int expected)
    {
        using var test = TestSite.Write($"""
            -- input/articles/healing.md --
            {Articles.Md("Healing scars", "Text about healing.\n\n![A scar at six months](/images/body.jpg)\n\nMore text.\n", "image: /images/hero.jpg", "image_alt: \"A healed scar on a forearm\"")}
            """);
        test.WriteFile("input/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"160\" height=\"40\" viewBox=\"0 0 160 40\"><rect width=\"160\" height=\"40\" fill=\"#246\"/></svg>");
        test.WriteBytes("input/images/hero.jpg", TestImages.Jpeg(2400, 1600, 1));
        test.WriteBytes("input/images/body.jpg", TestImages.Jpeg(1800, 1200, 2));
        var port = StaticSiteServer.FreePort();
        var output = new MemoryOutput();
        var build = SiteBuilder.Build(test.Options(o => o with { BaseUrl = $"http://127.0.0.1:{port}/" }), output);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        using var server = new StaticSiteServer(output.Files, port, "/");
        server.Start();

        await using var browser = await site.OpenUrlAsync($"http://127.0.0.1:{port}/blog/healing/", viewport);
        await browser.LoadAllImagesAsync();
        var hero = await browser.Page.EvaluateAsync<string[]>("""
            () => { const img = document.querySelector('.hero img');
                     return [img.currentSrc, String(img.naturalWidth), String(img.getBoundingClientRect().width)]; }
            """);
        Assert.Matches($@"/img/hero-{expected}\.[0-9a-f]{{10}}\.avif$", hero[0]);
        // The browser scales the candidate to the width `sizes` promised: equal to the laid-out width, the theme and
        // the sizes attribute agree.
        Assert.True(Math.Abs(double.Parse(hero[1], System.Globalization.CultureInfo.InvariantCulture) - double.Parse(hero[2], System.Globalization.CultureInfo.InvariantCulture)) <= 3, $"natural {hero[1]}, laid out {hero[2]}");
        Assert.Contains(server.Log, entry => entry.Path.Contains($"/img/hero-{expected}.", StringComparison.Ordinal) && entry.Status == 200);
        var body = await browser.Page.EvaluateAsync<string>("() => document.querySelector('.prose img').currentSrc");
        Assert.EndsWith(".avif", body);
        Assert.True(browser.Problems.Count == 0, string.Join("\n", browser.Problems));
        Assert.DoesNotContain(server.Log, entry => entry.Status >= 400);
    }
}
