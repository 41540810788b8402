using System.Xml.Linq;
using ScarGuide.Diagnostics;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Editorial;

/// <summary>The review cycle, NHS-style: one set of dates shown to readers and given to machines, and rules for editors.</summary>
public sealed class ReviewLifecycleTests
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static string SiteWith(string settings) => TestSite.DefaultSiteYml + "\n" + settings + "\n";

    [Fact]
    public void The_page_json_ld_sitemap_and_feeds_tell_the_same_dates()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("Silicone sheets", "Text.\n", "date: 2026-03-14", "updated: 2026-09-02", "reviewed: 2026-09-10")}
            """).AssertNoErrors();
        const string page = "blog/a/index.html";
        var html = site.Html(page);

        // 1. the byline's "Updated"
        Assert.Equal("2026-09-02", html.QuerySelectorAll(".byline__dates time")[1].GetAttribute("datetime"));
        // 2. the JSON-LD article
        Assert.StartsWith("2026-09-02", site.JsonLdOne(page, "BlogPosting").GetProperty("dateModified").GetString());
        // 3. the sitemap
        var url = site.Xml("sitemap.xml").Descendants(Sm + "url").Single(u => u.Element(Sm + "loc")!.Value.EndsWith("/blog/a/"));
        Assert.StartsWith("2026-09-02", url.Element(Sm + "lastmod")!.Value);
        // 4. and 5. the Atom entry and feed
        var feed = site.Xml("feed.xml").Root!;
        Assert.StartsWith("2026-09-02", feed.Element(Atom + "entry")!.Element(Atom + "updated")!.Value);
        Assert.StartsWith("2026-09-02", feed.Element(Atom + "updated")!.Value);

        // The review: shown near the end, and the same in JSON-LD.
        var review = html.QuerySelector("#review")!;
        Assert.Equal("Page last reviewed: 10 September 2026 · Next review due: 10 September 2027", review.TextContent);
        Assert.Equal(["2026-09-10", "2027-09-10"], review.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.NotNull(html.QuerySelector("#review ~ .disclaimer")); // near the end, before the disclaimer
        var medical = site.JsonLdOne(page, "MedicalWebPage");
        Assert.Equal("2026-09-10", medical.GetProperty("lastReviewed").GetString());
        Assert.Equal("Ana Lee", medical.GetProperty("reviewedBy").GetProperty("name").GetString());
    }

    [Fact]
    public void An_update_dated_before_publication_changes_no_date_anywhere()
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("A", "Text.\n", "date: 2026-03-14", "updated: 2026-01-01", "reviewed: 2026-03-14")}");
        const string page = "blog/a/index.html";
        Assert.DoesNotContain("Updated", site.Html(page).QuerySelector(".byline__dates")!.TextContent);
        var posting = site.JsonLdOne(page, "BlogPosting");
        Assert.Equal(posting.GetProperty("datePublished").GetString(), posting.GetProperty("dateModified").GetString());
        var url = site.Xml("sitemap.xml").Descendants(Sm + "url").Single(u => u.Element(Sm + "loc")!.Value.EndsWith("/blog/a/"));
        Assert.StartsWith("2026-03-14", url.Element(Sm + "lastmod")!.Value);
    }

    [Theory]
    [InlineData("review_interval_months: 6", "10 March 2027")]
    [InlineData("next_review: 2027-01-15", "15 January 2027")]
    public void An_article_may_bring_its_next_review_forward(string field, string due)
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("A", "Text.\n", "reviewed: 2026-09-10", field)}").AssertNoErrors();
        Assert.EndsWith("Next review due: " + due, site.Html("blog/a/index.html").QuerySelector("#review")!.TextContent);
    }

    [Theory]
    [InlineData("review_interval_months: 18", "review-interval", "longer than the site's 12")]
    [InlineData("next_review: 2028-01-01", "next-review", "no later than 2027-09-10")]
    [InlineData("next_review: 2026-09-01", "next-review", "must be after 'reviewed'")]
    public void An_article_may_not_push_its_next_review_back(string field, string code, string message)
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("A", "Text.\n", "reviewed: 2026-09-10", field)}");
        var error = site.Single(code);
        Assert.True(error.IsError);
        Assert.Equal(9, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void An_overdue_review_is_a_warning_and_an_error_under_the_strict_policy()
    {
        var article = $"-- input/articles/a.md --\n{Md("A", "Text.\n", "date: 2025-01-10", "reviewed: 2025-02-01")}";
        using var relaxed = TestSite.Build(article);
        Assert.Equal(Severity.Warning, relaxed.Single("review-overdue").Severity);
        Assert.Contains("it was due on 2026-02-01", relaxed.Single("review-overdue").Message);

        using var strict = TestSite.Build($"-- input/site.yml --\n{SiteWith("review_policy: strict")}\n{article}");
        var error = strict.Single("review-overdue");
        Assert.True(error.IsError);
        Assert.Equal(("input/articles/a.md", 7), (error.File, error.Line));
    }

    [Fact]
    public void A_review_dated_in_the_future_or_before_publication_is_an_error()
    {
        using var site = TestSite.Build($"""
            -- input/articles/future.md --
            {Md("Future review", "Text.\n", "reviewed: 2026-12-24")}
            -- input/articles/before.md --
            {Md("Reviewed before", "Text.\n", "date: 2026-05-02", "reviewed: 2026-05-01")}
            -- input/articles/scheduled.md --
            {Md("Scheduled", "Text.\n", "date: 2027-01-05", "reviewed: 2027-01-05")}
            """);
        Assert.Equal(("input/articles/future.md", 7), (site.Single("review-in-future").File, site.Single("review-in-future").Line));
        Assert.Equal(("input/articles/before.md", 7), (site.Single("review-before-date").File, site.Single("review-before-date").Line));
        Assert.DoesNotContain(site.Errors, d => d.File == "input/articles/scheduled.md");
    }

    [Fact]
    public void A_reviewer_must_be_listed_in_authors_yml_with_credentials()
    {
        using var site = TestSite.Build($"""
            -- input/authors.yml --
            {TestSite.DefaultAuthorsYml}
            sam:
              name: "Sam Roe"
            -- input/articles/a.md --
            {Md("A", "Text.\n", "reviewer: Dr Somebody Else")}
            -- input/articles/b.md --
            {Md("B", "Text.\n", "reviewer: sam")}
            """);
        Assert.Equal("input/articles/a.md", site.Single("unknown-reviewer").File);
        var credentials = site.Single("reviewer-credentials");
        Assert.Equal(("input/articles/b.md", 6), (credentials.File, credentials.Line));
        Assert.Contains("credentials:", credentials.Fix);
    }

    [Fact]
    public void Unreviewed_articles_can_be_kept_out_of_search_engines_and_the_sitemap()
    {
        using var site = TestSite.Build($"""
            -- input/site.yml --
            {SiteWith("unreviewed: noindex")}
            -- input/articles/reviewed.md --
            {Md("Reviewed", "Text.\n")}
            -- input/articles/unreviewed.md --
            {Md("Unreviewed", "Text.\n", "reviewer:", "reviewed:")}
            """);
        Assert.Equal("noindex, follow", site.Html("blog/unreviewed/index.html").QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("index, follow", site.Html("blog/reviewed/index.html").QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var locs = site.Xml("sitemap.xml").Descendants(Sm + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://example.org/blog/reviewed/", locs);
        Assert.DoesNotContain("https://example.org/blog/unreviewed/", locs);
        Assert.Contains("kept out of search engines", site.Single("no-reviewer").Message);
    }
}
