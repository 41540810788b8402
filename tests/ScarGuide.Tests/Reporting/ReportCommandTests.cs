using System.Text.Json;
using AngleSharp.Html.Parser;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Reporting;

/// <summary><c>scarguide report</c>: the editors' view of every article, as HTML in its own folder or as JSON.</summary>
[Collection("Console")]
public sealed class ReportCommandTests
{
    private static readonly string Clock = TestSite.Clock;

    // At least 30 words, so that it is judged (ReadingLevel.MinWordsToJudge).
    private const string Hard = "Postinflammatory hyperpigmentation characteristically necessitates comprehensive photoprotection and individualised dermatological consultation. Cicatricial remodelling following fractional photothermolysis demonstrates considerable interindividual variability depending upon constitutional pigmentation characteristics. See [the other](b.md).\n";

    internal static TestSite EditorsSite() => TestSite.Write($"""
        -- input/articles/a.md --
        {Md("Hard words", Hard, "faq:\n  - q: \"Does it hurt?\"\n    a: \"A little.\"", "sources:\n  - title: \"A web page\"\n    url: \"https://example.org/page\"")}
        -- input/articles/b.md --
        {Md("Easy words", "Scars fade. Use sunscreen. See [the first](a.md).\n", "date: 2025-05-01", "reviewed: 2025-06-01")}
        -- input/articles/c.md --
        {Md("Nobody links here", "Scars fade. Use sunscreen every day.\n", "reviewer:", "reviewed:", "sources:\n  - title: \"A paper\"\n    pmid: 25068543")}
        """);

    private static (int Exit, string Out, string Err) Run(string directory, params string[] args) => Testing.Cli.Run(directory, args);

    [Fact]
    public void Json_gives_each_article_its_path_url_reading_scores_review_dates_and_warnings()
    {
        using var site = EditorsSite();
        var (exit, output, _) = Run(site.Root, "report", "--format", "json", "--clock", Clock, "--theme", RepoRoot.Combine("theme"));
        Assert.Equal(0, exit);
        var articles = JsonDocument.Parse(output).RootElement.EnumerateArray().ToDictionary(a => a.GetProperty("source").GetString()!);
        Assert.Equal(["input/articles/a.md", "input/articles/b.md", "input/articles/c.md"], articles.Keys.Order());

        var a = articles["input/articles/a.md"];
        Assert.Equal("https://example.org/blog/a/", a.GetProperty("url").GetString());
        var reading = a.GetProperty("reading");
        Assert.True(reading.GetProperty("flesch_kincaid_grade").GetDouble() > 8);
        Assert.True(reading.TryGetProperty("flesch_reading_ease", out _) && reading.TryGetProperty("smog", out _));
        Assert.True(reading.GetProperty("above_target").GetBoolean());
        Assert.Equal(16, reading.GetProperty("hardest")[0].GetProperty("line").GetInt32()); // the body starts after 14 lines of front matter
        Assert.Equal(1, a.GetProperty("faq").GetInt32());
        Assert.Equal(1, a.GetProperty("sources_without_identifiers").GetInt32());
        Assert.Contains(a.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "reading-level");

        var b = articles["input/articles/b.md"].GetProperty("review");
        Assert.Equal(("overdue", "2025-06-01", "2026-06-01"), (b.GetProperty("status").GetString(), b.GetProperty("reviewed").GetString(), b.GetProperty("next_review").GetString()));
        var c = articles["input/articles/c.md"];
        Assert.Equal("unreviewed", c.GetProperty("review").GetProperty("status").GetString());
        Assert.True(c.GetProperty("orphan").GetBoolean());
        Assert.Equal(0, c.GetProperty("sources_without_identifiers").GetInt32());
    }

    [Fact]
    public void Html_goes_to_its_own_folder_with_charts_and_a_row_per_article()
    {
        using var site = EditorsSite();
        var (exit, output, _) = Run(site.Root, "report", "--clock", Clock, "--theme", RepoRoot.Combine("theme"));
        Assert.Equal(0, exit);
        Assert.Contains("Wrote the report for 3 articles to report/index.html", output);
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Root, "report", "index.html")));

        Assert.Equal(["1", "1", "1", "1", "1", "1"], html.QuerySelectorAll(".summary li strong").Select(s => s.TextContent));
        var charts = html.QuerySelectorAll("svg.chart[role=img]");
        Assert.Equal(["Reading grade by article", "Articles whose review falls due, by month", "Warnings by kind"], charts.Select(c => c.GetAttribute("aria-label")));
        Assert.All(charts, c => Assert.NotNull(c.QuerySelector("title")));
        Assert.Single(charts[0].QuerySelectorAll("rect.bar.alert"));
        Assert.Equal(3, html.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("overdue", html.QuerySelectorAll("tbody tr")[1].TextContent);
        Assert.Empty(html.QuerySelectorAll("script, link[rel=stylesheet], img"));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")), "the report builds nothing into the site");
    }

    [Fact]
    public void The_report_never_goes_into_the_published_site_or_the_sources()
    {
        using var site = EditorsSite();
        var theme = RepoRoot.Combine("theme");
        Assert.Equal(0, Run(site.Root, "build", "--clock", Clock, "--theme", theme).Exit);

        var (exit, _, error) = Run(site.Root, "report", "--output", "output", "--clock", Clock, "--theme", theme);
        Assert.Equal(1, exit);
        Assert.Contains("holds a built site", error);
        Assert.False(File.Exists(Path.Combine(site.Root, "output", "index.html")) && File.ReadAllText(Path.Combine(site.Root, "output", "index.html")).Contains("Editorial report"));

        (exit, _, error) = Run(site.Root, "report", "--output", "input", "--clock", Clock, "--theme", theme);
        Assert.Equal(1, exit);
        Assert.Contains("would delete your sources", error);
    }
}
