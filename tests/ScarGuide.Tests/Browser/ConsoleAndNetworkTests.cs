namespace ScarGuide.Tests.Browser;

/// <summary>Pages load cleanly: no console errors (a CSP violation is one), no uncaught errors, no failed requests.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleAndNetworkTests(BrowserFixture site)
{
    [ChromiumTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_loads_without_errors(string path)
    {
        // Loaded, every image (lazy ones too) fetched, and on the search page the index fetched and ranked.
        var browser = await site.SharedPageAsync(path);
        var page = browser.Page;

        var document = site.Url(path);
        var expectedStatus = path == SitePages.Missing ? 404 : 200;
        Assert.Equal(expectedStatus, browser.Response?.Status);
        // The missing page's own 404 is the point of that visit; anything else at 400 or above is a broken link.
        var problems = browser.Problems
            .Where(p => !(path == SitePages.Missing && p.Contains(document, StringComparison.Ordinal) && p.StartsWith("HTTP 404", StringComparison.Ordinal)))
            .Where(p => !(path == SitePages.Missing && p.Contains("the server responded with a status of 404", StringComparison.Ordinal) && p.Contains(document, StringComparison.Ordinal)))
            .ToList();
        Assert.True(problems.Count == 0, $"/{path}:\n" + string.Join("\n", problems));

        // The stylesheet arrived and applied (a CSP or MIME problem would leave the page unstyled).
        Assert.Equal("flex", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).display"));
        var types = browser.Responses.Where(r => r.Url.Contains("/assets/", StringComparison.Ordinal))
            .Select(r => (r.Url, Type: r.Headers.GetValueOrDefault("content-type", ""))).ToList();
        Assert.Contains(types, t => t.Url.EndsWith(".css", StringComparison.Ordinal) && t.Type.StartsWith("text/css", StringComparison.Ordinal));
        var scripts = types.Where(t => t.Url.EndsWith(".js", StringComparison.Ordinal)).ToList();
        // Each language searches its own index (es/search/ reads es/search-index.json).
        var language = path.StartsWith("es/", StringComparison.Ordinal) ? "es/" : "";
        var indexFetched = browser.Responses.Any(r => r.Url == site.Url(language + "search-index.json") && r.Status == 200);
        if (path[language.Length..].StartsWith(SitePages.Search, StringComparison.Ordinal))
        {
            var script = Assert.Single(scripts);
            Assert.StartsWith("text/javascript", script.Type, StringComparison.Ordinal);
            // The manifest (a few KB) is fetched with the page, so a query starts with it; the rest of the index only
            // for a query (at once for one in the address).
            Assert.True(indexFetched);
            var indexParts = browser.Responses.Any(r => r.Url.StartsWith(site.Url(language + "search-index/"), StringComparison.Ordinal));
            Assert.Equal(path is SitePages.SearchWithQuery or SitePages.SpanishSearchWithQuery, indexParts);
        }
        else
        {
            Assert.Empty(scripts);
            Assert.False(indexFetched);
        }
    }
}
