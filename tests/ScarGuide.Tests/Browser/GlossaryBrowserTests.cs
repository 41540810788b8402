using Microsoft.Playwright;

namespace ScarGuide.Tests.Browser;

/// <summary>A glossary term opens its definition by keyboard and by tap, on a phone and a desktop, and Esc closes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GlossaryBrowserTests(BrowserFixture site)
{
    [ChromiumTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task A_term_opens_its_definition_with_enter_or_a_tap_and_escape_closes_it(int width)
    {
        await using var browser = await site.OpenAsync(SitePages.Article, width);
        var page = browser.Page;
        var term = page.Locator(".prose button.term").First;
        var id = await term.GetAttributeAsync("popovertarget");
        var definition = page.Locator($"[id='{id}']");
        await Assertions.Expect(definition).ToBeHiddenAsync();

        await term.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(definition).ToBeVisibleAsync();
        Assert.True(await definition.EvaluateAsync<bool>("d => d.matches(':popover-open')"));
        var box = (await definition.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"The definition is cut off at {width} px: {box.X}+{box.Width}");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(definition).ToBeHiddenAsync();

        await term.ClickAsync();
        await Assertions.Expect(definition).ToBeVisibleAsync();
        await definition.Locator("a").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/glossary/#", StringComparison.Ordinal));
        Assert.Empty(browser.Problems);
    }
}
