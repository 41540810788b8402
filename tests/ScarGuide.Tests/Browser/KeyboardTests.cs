using Microsoft.Playwright;

namespace ScarGuide.Tests.Browser;

/// <summary>Everything works without a mouse: skip link, visible focus, FAQ disclosure, search.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture site)
{
    [ChromiumFact]
    public async Task First_tab_shows_the_skip_link_and_activating_it_moves_focus_to_main()
    {
        await using var browser = await site.OpenAsync(SitePages.Article);
        var page = browser.Page;
        // Out of sight until it has keyboard focus.
        await Assertions.Expect(page.Locator(".skip-link")).Not.ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".skip-link")).ToBeInViewportAsync(new() { Ratio = 1 });

        var skip = await FocusedAsync(page);
        Assert.Equal("skip-link", skip.ClassName);
        Assert.Equal("Skip to main content", skip.Text);
        Assert.True(skip.InViewport, $"The focused skip link is not inside the viewport: {skip}");
        Assert.True(skip.OnTop, $"The focused skip link is hidden or covered: {skip}");
        Assert.True(skip.HasOutline, $"The focused skip link has no visible outline: {skip}");

        await page.Keyboard.PressAsync("Enter");

        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'main'");
        Assert.EndsWith("#main", page.Url);
    }

    [ChromiumTheory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Article)]
    public async Task Every_tab_stop_has_a_visible_focus_indicator(string path)
    {
        await using var browser = await site.OpenAsync(path);
        var page = browser.Page;

        // The skip link, the brand, the main navigation, the header search and on into the content.
        var seen = new List<Focused>();
        for (var i = 0; i < 14; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            seen.Add(await FocusedAsync(page));
        }

        Assert.Contains(seen, f => f.Tag == "A" && f.ClassName == "site-nav__link");
        Assert.Contains(seen, f => f.Tag == "INPUT");
        var invisible = seen.Where(f => !f.HasOutline && !f.CardOutline).ToList();
        Assert.True(invisible.Count == 0, "Focus is not visible on: " + string.Join("; ", invisible));
    }

    [ChromiumFact]
    public async Task Faq_answer_opens_and_closes_with_enter_on_its_question()
    {
        await using var browser = await site.OpenAsync(SitePages.Article);
        var page = browser.Page;
        var details = page.Locator("details.faq__item").First;
        var summary = details.Locator("summary");
        Assert.False(await details.EvaluateAsync<bool>("d => d.open"));
        Assert.False(await details.Locator(".faq__answer").IsVisibleAsync());

        // Reach the question by keyboard: focus the element before it, then Tab.
        await page.Locator("#faq-title").EvaluateAsync("h => { h.tabIndex = -1; h.focus(); }");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await summary.EvaluateAsync<bool>("s => s === document.activeElement"), "Tab after the FAQ title did not reach the first question");
        Assert.True((await FocusedAsync(page)).HasOutline, "The focused FAQ question has no visible outline");

        await page.Keyboard.PressAsync("Enter");

        Assert.True(await details.EvaluateAsync<bool>("d => d.open"), "Enter did not open the FAQ item");
        Assert.True(await details.Locator(".faq__answer").IsVisibleAsync());

        await page.Keyboard.PressAsync("Enter");

        Assert.False(await details.EvaluateAsync<bool>("d => d.open"), "Enter did not close the FAQ item again");
    }

    [ChromiumFact]
    public async Task Search_works_from_the_keyboard_alone()
    {
        await using var browser = await site.OpenAsync(SitePages.Search);
        var page = browser.Page;

        // Tab from the top of the page to the search field.
        var reached = false;
        for (var i = 0; i < 20 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = (await FocusedAsync(page)).Id == "search-input";
        }
        Assert.True(reached, "Tab never reached #search-input");

        await page.Keyboard.TypeAsync("microneedling");
        var first = page.Locator("#search-results a.search-result__link").First;
        await first.WaitForAsync();
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("results for “microneedling”");

        await page.Keyboard.PressAsync("ArrowDown");

        Assert.True(await first.EvaluateAsync<bool>("a => a === document.activeElement"), "ArrowDown did not focus the first result");
        Assert.True((await FocusedAsync(page)).HasOutline, "The focused result has no visible outline");

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await page.Locator("#search-results a.search-result__link").Nth(1).EvaluateAsync<bool>("a => a === document.activeElement"),
            "ArrowDown on the first result did not move to the second");
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-input", (await FocusedAsync(page)).Id);

        await page.Keyboard.PressAsync("Escape");

        Assert.Equal("", await page.InputValueAsync("#search-input"));
        await Assertions.Expect(page.Locator("#search-results li")).ToHaveCountAsync(0);

        // Straight from typing to ArrowDown: the result list must not be replaced under the focus.
        await page.Keyboard.TypeAsync("microneedling");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await first.EvaluateAsync<bool>("a => a === document.activeElement"), "ArrowDown right after typing did not focus the first result");
        // Listen for the navigation before starting it, so a fast one cannot be missed.
        var navigated = page.WaitForURLAsync(site.Url(SitePages.Article));
        await page.Keyboard.PressAsync("Enter");
        await navigated;

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Microneedling for Scars");
    }

    private sealed class Focused
    {
        public string Tag { get; set; } = "";
        public string Id { get; set; } = "";
        public string ClassName { get; set; } = "";
        public string Text { get; set; } = "";
        public bool InViewport { get; set; }
        public bool OnTop { get; set; }
        public bool HasOutline { get; set; }
        public bool CardOutline { get; set; }

        public override string ToString() => $"<{Tag.ToLowerInvariant()} id='{Id}' class='{ClassName}'> \"{Text}\"";
    }

    /// <summary>What has focus, whether it is on screen and uncovered, and whether its focus indicator shows.</summary>
    private static async Task<Focused> FocusedAsync(IPage page) => await page.EvaluateAsync<Focused>("""
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return { tag: 'BODY', id: '', className: '', text: '', inViewport: false, onTop: false, hasOutline: false, cardOutline: false };
          const r = el.getBoundingClientRect();
          const inViewport = r.width > 1 && r.height > 1 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
          const onTop = !!hit && (hit === el || el.contains(hit));
          const visible = s => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
          const card = el.closest('.card, .lead');
          return {
            tag: el.tagName, id: el.id || '', className: el.className || '', text: (el.textContent || '').trim().slice(0, 60),
            inViewport, onTop, hasOutline: visible(getComputedStyle(el)),
            cardOutline: !!card && visible(getComputedStyle(card))
          };
        }
        """);
}
