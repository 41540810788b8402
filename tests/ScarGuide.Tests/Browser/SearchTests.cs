using Microsoft.Playwright;

namespace ScarGuide.Tests.Browser;

/// <summary>The search page ranks the index in the browser, under the site's sub-path.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture site)
{
    [ChromiumFact]
    public async Task Query_in_the_address_ranks_the_flagship_article_first_and_its_link_works_under_the_sub_path()
    {
        await using var browser = await site.OpenAsync(SitePages.SearchWithQuery);
        var page = browser.Page;
        var results = page.Locator("#search-results > li");
        await results.First.WaitForAsync();

        Assert.Equal("microneedling", await page.InputValueAsync("#search-input"));
        var first = results.First.Locator("a").First;
        Assert.StartsWith("Microneedling for Scars", await first.InnerTextAsync());
        Assert.Equal("Microneedling", await first.Locator("mark").First.InnerTextAsync());
        Assert.InRange(await results.CountAsync(), 2, 20);
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync($"{await results.CountAsync()} results for “microneedling”");
        await Assertions.Expect(results.First.Locator(".search-result__url")).ToContainTextAsync("/scarguide/blog/microneedling-for-scars/");

        var navigated = page.WaitForURLAsync(site.Url(SitePages.Article));
        await first.ClickAsync();
        await navigated;

        Assert.Equal(new Uri(site.Url(SitePages.Article)).AbsolutePath, new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Microneedling for Scars");
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
    public async Task Every_word_must_match_and_accents_and_case_do_not_matter()
    {
        await using var browser = await site.OpenAsync("search/?q=MICRONÉEDL%20colla");
        var page = browser.Page;
        await page.Locator("#search-results li").First.WaitForAsync();
        var titles = await page.Locator("#search-results li h2").AllInnerTextsAsync();
        Assert.StartsWith("Microneedling for Scars", titles[0]);

        await page.Locator("#search-input").FillAsync("microneedling zzzqqq");

        await Assertions.Expect(page.Locator("#search-status"))
            .ToHaveTextAsync("No results for “microneedling zzzqqq”. Try another word or browse categories.");
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
    public async Task Title_matches_rank_above_body_matches_and_results_keep_index_order_on_ties()
    {
        await using var browser = await site.OpenAsync("search/?q=scar");
        var page = browser.Page;
        await page.Locator("#search-results li").First.WaitForAsync();

        var titles = await page.Locator("#search-results li h2").AllInnerTextsAsync();
        var urls = await page.Locator("#search-results li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var index = System.Text.Json.JsonDocument.Parse(site.Files["search-index.json"]).RootElement.GetProperty("docs")
            .EnumerateArray().Select(d => d[4].GetString()!).ToList();

        Assert.True(titles.Count <= 20);
        var withScarInTitle = titles.TakeWhile(t => t.Contains("Scar", StringComparison.OrdinalIgnoreCase)).Count();
        Assert.True(titles.Skip(withScarInTitle).All(t => !t.Contains(" scar", StringComparison.OrdinalIgnoreCase)),
            "A title containing the word ranks below one without it: " + string.Join(" | ", titles));
        // Results with the same score keep the index's order (newest first): the order is deterministic.
        Assert.All(urls, u => Assert.Contains(u, index));
    }
}
