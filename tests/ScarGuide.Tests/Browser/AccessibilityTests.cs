using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ScarGuide.Tests.Browser;

/// <summary>axe-core finds no violation of any of its rules on any kind of page, light or dark.</summary>
[Collection(AccessibilityCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture site)
{
    /// <summary>
    /// Every rule axe runs unless told otherwise, for every page checked with axe: WCAG A and AA of every version and
    /// the best practices (unique landmarks, one main, headings in order), which the WCAG tags alone leave out.
    /// </summary>
    internal static readonly AxeRunOptions AllRules = new();

    [ChromiumTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_has_no_axe_violations(string path)
    {
        var page = await site.SharedPageAsync(path);

        var result = await page.Page.RunAxe(AllRules);

        Assert.True(result.Violations.Length == 0, Describe(path, result));
    }

    [ChromiumTheory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Article)]
    [InlineData(SitePages.Author)]
    [InlineData(SitePages.SearchWithQuery)]
    [InlineData(SitePages.SpanishArticle)]
    public async Task Page_has_no_axe_violations_in_dark_mode(string path)
    {
        var page = await site.SharedPageAsync(path, colorScheme: ColorScheme.Dark);

        var result = await page.Page.RunAxe(AllRules);

        Assert.True(result.Violations.Length == 0, Describe(path + " (dark)", result));
    }

    [ChromiumTheory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Article)]
    [InlineData(SitePages.SpanishArticle)]
    public async Task Page_has_no_axe_violations_on_a_phone(string path)
    {
        var page = await site.SharedPageAsync(path, width: 375);

        var result = await page.Page.RunAxe(AllRules);

        Assert.True(result.Violations.Length == 0, Describe(path + " (375 px)", result));
    }

    [ChromiumTheory]
    [InlineData(SitePages.Article)]
    [InlineData(SitePages.Author)]
    [InlineData(SitePages.BlogPage2)]
    public async Task Only_the_last_breadcrumb_is_the_current_page(string path)
    {
        var page = (await site.SharedPageAsync(path)).Page;

        var current = await page.Locator(".breadcrumbs [aria-current]").AllInnerTextsAsync();
        var last = await page.Locator(".breadcrumbs__item").Last.InnerTextAsync();

        Assert.Equal([last], current);
    }

    private static string Describe(string path, AxeResult result)
    {
        var text = new StringBuilder($"{result.Violations.Length} axe violation(s) on /{path}:");
        foreach (var violation in result.Violations)
        {
            text.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes.Take(8))
            {
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message);
                text.Append($"\n    {node.Target}: {node.Html}\n      {string.Join("; ", checks)}");
            }
        }
        return text.ToString();
    }
}
