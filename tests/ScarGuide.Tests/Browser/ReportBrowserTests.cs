using Deque.AxeCore.Playwright;
using ScarGuide.Reporting;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Browser;

/// <summary>The editors' report renders in Chromium without console errors and without axe violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportBrowserTests(BrowserFixture site)
{
    [ChromiumTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_report_renders_its_charts_and_passes_axe(int width)
    {
        using var editors = Reporting.ReportCommandTests.EditorsSite();
        editors.Rebuild();
        var file = Path.Combine(editors.Root, "report.html");
        await File.WriteAllTextAsync(file, ReportHtml.Write(EditorialReport.From(editors.Result)));

        await using var browser = await site.OpenUrlAsync(new Uri(file).AbsoluteUri, width);
        var page = browser.Page;
        Assert.Equal(3, await page.Locator("svg.chart").CountAsync());
        var box = await page.Locator("svg.chart").First.BoundingBoxAsync();
        Assert.True(box is { Width: > 200 } && box.X + box.Width <= width, $"chart box {box?.X}+{box?.Width} at {width} px");

        var result = await page.RunAxe(AccessibilityTests.AllRules);
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
        Assert.Empty(browser.Problems);
    }
}
