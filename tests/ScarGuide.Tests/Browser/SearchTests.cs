using Microsoft.Playwright;

namespace ScarGuide.Tests.Browser;

/// <summary>The search page ranks the index in the browser, under the site's sub-path.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture site)
{
    [ChromiumTheory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Query_in_the_address_ranks_the_flagship_article_first_and_its_link_works_under_the_sub_path(int width)
    {
        await using var browser = await site.OpenAsync(SitePages.SearchWithQuery, width);
        var page = browser.Page;
        var results = page.Locator("#search-results > li");
        await results.First.WaitForAsync();

        Assert.Equal("microneedling", await page.InputValueAsync("#search-input"));
        var first = results.First.Locator("a.search-result__link");
        Assert.StartsWith("Microneedling for Scars", await first.InnerTextAsync());
        Assert.Equal("Microneedling", await first.Locator("mark").First.InnerTextAsync());
        Assert.InRange(await results.CountAsync(), 2, 10);
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+ results for “microneedling”$"));
        await Assertions.Expect(results.First.Locator(".search-result__url")).ToContainTextAsync("/scarguide/blog/microneedling-for-scars/");

        var navigated = page.WaitForURLAsync(site.Url(SitePages.Article));
        await first.ClickAsync();
        await navigated;

        Assert.Equal(new Uri(site.Url(SitePages.Article)).AbsolutePath, new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Microneedling for Scars");
        Assert.Empty(browser.Problems);
    }

    [ChromiumTheory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task A_query_typed_in_the_field_shows_results_and_the_keyboard_follows_one(int width)
    {
        await using var browser = await site.OpenAsync(SitePages.Search, width);
        var page = browser.Page;

        await page.Locator("#search-input").PressSequentiallyAsync("microneedling scars", new() { Delay = 20 });
        await page.Locator("#search-input").PressAsync("Enter");
        var first = page.Locator("#search-results a.search-result__link").First;
        await Assertions.Expect(first).ToContainTextAsync("Microneedling for Scars");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+ results? for “microneedling scars”$"));

        await page.Locator("#search-input").PressAsync("ArrowDown");
        await Assertions.Expect(first).ToBeFocusedAsync();
        var navigated = page.WaitForURLAsync(site.Url(SitePages.Article));
        await page.Keyboard.PressAsync("Enter");
        await navigated;

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Microneedling for Scars");
        Assert.Empty(browser.Problems);
    }

    [ChromiumFact]
    public async Task The_first_result_shows_while_the_fragments_of_the_others_are_still_loading()
    {
        await using var browser = await site.OpenAsync(SitePages.Search);
        var page = browser.Page;
        // The page's fragments are requested in rank order: the first one is answered, the others wait.
        var held = new TaskCompletionSource();
        var requests = 0;
        await page.RouteAsync("**/search-index/f/*.json*", async route =>
        {
            if (Interlocked.Increment(ref requests) > 1) await held.Task;
            await route.ContinueAsync();
        });

        await page.Locator("#search-input").FillAsync("scar");
        await page.Locator("#search-input").PressAsync("Enter");

        await Assertions.Expect(page.Locator("#search-results > li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#search-results a.search-result__link").First).ToContainTextAsync("Scar");
        Assert.True(requests > 1, "Only one fragment was requested, so nothing was held back");
        held.SetResult();
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+ results for “scar”$"));
        Assert.Equal(Volatile.Read(ref requests), await page.Locator("#search-results > li").CountAsync());
    }

    [ChromiumTheory]
    [InlineData("imcroneedling")]
    [InlineData("xmicroneedling")]
    public async Task A_typo_in_the_first_two_letters_is_found_when_it_swaps_them_or_adds_a_letter(string typo)
    {
        await using var browser = await site.OpenAsync($"search/?q={typo}");
        var page = browser.Page;
        await page.Locator("#search-results > li").First.WaitForAsync();

        Assert.StartsWith("Microneedling for Scars", await page.Locator("#search-results a.search-result__link").First.InnerTextAsync());
    }

    [ChromiumFact]
    public async Task A_misspelt_spanish_word_still_finds_its_article()
    {
        await using var browser = await site.OpenAsync("es/search/?q=microagjuas");
        var page = browser.Page;
        await page.Locator("#search-results > li").First.WaitForAsync();

        Assert.StartsWith("Microagujas para cicatrices", await page.Locator("#search-results a.search-result__link").First.InnerTextAsync());
        var urls = await page.Locator("#search-results .search-result__url").AllInnerTextsAsync();
        Assert.All(urls, url => Assert.Contains("/scarguide/es/", url));
    }

    [ChromiumFact]
    public async Task Words_only_in_a_body_find_the_article_with_a_highlighted_excerpt_and_a_deep_link_to_its_section()
    {
        await using var browser = await site.OpenAsync("search/?q=cooling%20spray");
        var page = browser.Page;
        var first = page.Locator("#search-results > li").First;
        await first.WaitForAsync();

        await Assertions.Expect(first.Locator("a.search-result__link")).ToHaveAttributeAsync("href", "/scarguide/blog/steroid-injections-for-keloids/");
        var marks = await first.Locator(".search-result__excerpt mark").AllInnerTextsAsync();
        Assert.Contains("cooling", marks, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("spray", marks, StringComparer.OrdinalIgnoreCase);
        var deep = first.Locator("a.search-result__section-link");
        await Assertions.Expect(deep).ToHaveTextAsync("During treatment");

        await deep.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/blog/steroid-injections-for-keloids/#during-treatment", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#during-treatment")).ToBeInViewportAsync();
        Assert.Empty(browser.Problems);
    }

    [ChromiumFact]
    public async Task A_misspelt_word_of_five_letters_or_more_still_finds_its_article()
    {
        await using var browser = await site.OpenAsync("search/?q=microneedlng%20");
        var page = browser.Page;
        await page.Locator("#search-results > li").First.WaitForAsync();

        Assert.StartsWith("Microneedling for Scars", await page.Locator("#search-results a.search-result__link").First.InnerTextAsync());
    }

    [ChromiumFact]
    public async Task Results_appear_while_the_last_word_is_still_being_typed()
    {
        await using var browser = await site.OpenAsync(SitePages.Search);
        var page = browser.Page;

        await page.Locator("#search-input").PressSequentiallyAsync("silicone she", new() { Delay = 30 });

        await Assertions.Expect(page.Locator("#search-results a.search-result__link").First).ToContainTextAsync("Silicone");
        // A pause while typing may show the results of "silicone" first; those of "silicone she" follow.
        await Assertions.Expect(page.Locator("#search-results mark", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^she", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }).First).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task Excerpts_from_the_index_are_shown_as_text_with_highlights_and_never_parsed()
    {
        await using var browser = await site.OpenAsync(SitePages.Search);
        var page = browser.Page;
        // Every fragment is replaced by one whose title and text hold markup, as a hostile article body would.
        await page.RouteAsync("**/search-index/f/*.json*", route => route.FulfillAsync(new()
        {
            ContentType = "application/json",
            Body = """{"t":"<img src=x id=injected-title> Microneedling","u":"/scarguide/blog/microneedling-for-scars/","d":"","s":[["<b>Head</b>","what-is-microneedling","Text <script>window.__ran=1</script><img src=x id=injected> about microneedling."]]}""",
        }));

        await page.Locator("#search-input").FillAsync("microneedling");
        var first = page.Locator("#search-results > li").First;
        await first.WaitForAsync();

        Assert.Equal(0, await page.Locator("#injected, #injected-title, #search-results img, #search-results script, #search-results b").CountAsync());
        await Assertions.Expect(first.Locator(".search-result__excerpt")).ToContainTextAsync("<script>window.__ran=1</script><img src=x id=injected>");
        Assert.Equal("microneedling", await first.Locator(".search-result__excerpt mark").InnerTextAsync());
        await Assertions.Expect(first.Locator(".search-result__section-link")).ToHaveTextAsync("<b>Head</b>");
        Assert.False(await page.EvaluateAsync<bool>("() => window.__ran === 1"));
    }

    [ChromiumFact]
    public async Task Spanish_words_find_other_forms_of_the_same_stem_and_only_Spanish_pages()
    {
        await using var browser = await site.OpenAsync("es/search/?q=tratamientos%20");
        var page = browser.Page;
        await page.Locator("#search-results > li").First.WaitForAsync();

        var urls = await page.Locator("#search-results .search-result__url").AllInnerTextsAsync();
        Assert.All(urls, url => Assert.Contains("/scarguide/es/", url));
        var marks = await page.Locator("#search-results mark").AllInnerTextsAsync();
        Assert.Contains(marks, m => m.Equals("tratamiento", StringComparison.OrdinalIgnoreCase));
    }

    [ChromiumFact]
    public async Task Spanish_search_finds_Spanish_articles_and_never_an_English_page()
    {
        await using var browser = await site.OpenAsync(SitePages.SpanishSearchWithQuery);
        var page = browser.Page;
        var results = page.Locator("#search-results > li");
        await results.First.WaitForAsync();

        Assert.StartsWith("Microagujas para cicatrices", await results.First.Locator("a").First.InnerTextAsync());
        var urls = await page.Locator("#search-results .search-result__url").AllInnerTextsAsync();
        Assert.All(urls, url => Assert.Contains("/scarguide/es/", url));
    }

    [ChromiumFact]
    public async Task Typing_updates_the_address_and_submitting_does_not_reload_the_page()
    {
        await using var browser = await site.OpenAsync(SitePages.Search);
        var page = browser.Page;
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        await page.Locator("#search-input").FillAsync("keloid");
        await page.Locator("#search-results li").First.WaitForAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/search/?q=keloid", StringComparison.Ordinal));

        await page.Locator("#search-input").FillAsync("silicone sheets");
        await page.Locator("#search-input").PressAsync("Enter");
        await page.Locator(".search-page button[type=submit]").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/search/?q=silicone+sheets", StringComparison.Ordinal));
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "Submitting the form reloaded the page");
        await Assertions.Expect(page.Locator("#search-results li").First).ToContainTextAsync("Silicone");
        Assert.Empty(browser.Problems);
    }

    [ChromiumFact]
    public async Task Accents_and_case_do_not_matter_and_a_word_the_site_never_uses_is_left_out()
    {
        await using var browser = await site.OpenAsync("search/?q=MICRONÉEDL%20colla");
        var page = browser.Page;
        await page.Locator("#search-results li").First.WaitForAsync();
        var titles = await page.Locator("#search-results li h2").AllInnerTextsAsync();
        Assert.StartsWith("Microneedling for Scars", titles[0]);

        await page.Locator("#search-input").FillAsync("microneedling zzzqqq");
        await page.Locator("#search-input").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+ results? for “microneedling zzzqqq”$"));
        await Assertions.Expect(page.Locator("#search-results a.search-result__link").First).ToContainTextAsync("Microneedling");

        await page.Locator("#search-input").FillAsync("zzzqqq");

        await Assertions.Expect(page.Locator("#search-status"))
            .ToHaveTextAsync("No results for “zzzqqq”. Try another word or browse categories.");
        await Assertions.Expect(page.Locator("#search-results li")).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task Markup_in_a_query_is_shown_as_text_and_never_parsed()
    {
        await using var browser = await site.OpenAsync(SitePages.Search);
        var page = browser.Page;
        const string query = "<img src=x id=injected>scar";

        await page.Locator("#search-input").FillAsync(query);

        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync(query);
        Assert.Equal(0, await page.Locator("#injected").CountAsync());
        Assert.Equal(0, await page.Locator("#search-status *, #search-results img").CountAsync());
    }

    [ChromiumFact]
    public async Task Title_matches_rank_above_body_matches()
    {
        await using var browser = await site.OpenAsync("search/?q=scar%20");
        var page = browser.Page;
        await page.Locator("#search-results li").First.WaitForAsync();

        var titles = await page.Locator("#search-results li h2").AllInnerTextsAsync();

        Assert.True(titles.Count <= 10);
        var withScarInTitle = titles.TakeWhile(t => t.Contains("Scar", StringComparison.OrdinalIgnoreCase)).Count();
        Assert.True(titles.Skip(withScarInTitle).All(t => !t.Contains(" scar", StringComparison.OrdinalIgnoreCase)),
            "A title containing the word ranks below one without it: " + string.Join(" | ", titles));
    }
}
