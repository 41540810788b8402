using ScarGuide.Cli.Reporting;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Readability;

/// <summary>check and build warn about articles above the reading-level target, at the hardest sentences.</summary>
public sealed class ReadingLevelSiteTests
{
    // Lines 10, 12 and 14 of the file: the body starts on line 10 after eight lines of front matter and the fences.
    private const string Hard = """
        Postinflammatory hyperpigmentation characteristically necessitates comprehensive photoprotection, considerable patience and individualised dermatological consultation regarding multimodal therapeutic interventions.

        Cicatricial remodelling following fractional photothermolysis demonstrates considerable interindividual variability depending upon constitutional pigmentation characteristics.

        Consequently, practitioners customarily recommend conservative parameters, meticulous postprocedural care and realistic expectations regarding eventual cosmetic improvement.

        Scars fade. Sun can darken them. Use sunscreen.
        """;

    // 33 words, enough to be judged (ReadingLevel.MinWordsToJudge), and still above grade 1.
    private const string Easy = "Scars fade with time. Sun can make them darker. Wear sunscreen every day. Ask your skin doctor what suits you. Your dermatologist can suggest silicone gel or sheets if your scar is raised.\n";

    [Fact]
    public void An_article_above_the_target_grade_is_warned_at_its_hardest_sentence_naming_three()
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("Hard words", Hard)}");
        var warning = site.Single("reading-level");
        Assert.False(warning.IsError);
        Assert.Equal("input/articles/a.md", warning.File);
        Assert.Contains(warning.Line, new[] { 10, 12, 14 });
        Assert.Matches(@"reads at grade \d+\.\d \(Flesch–Kincaid; Flesch Reading Ease -?\d+\.\d, SMOG \d+\.\d\); patient information should read at grade 8 or below", warning.Message);
        foreach (var line in new[] { 10, 12, 14 }) Assert.Contains($"line {line} (grade ", warning.Message);
        Assert.Contains("long words:", warning.Message);
        Assert.Contains("readability: { max_grade: 10 }", warning.Fix);

        // On a pull request, the warning is an annotation at that line.
        Assert.StartsWith($"::warning file=input/articles/a.md,line={warning.Line},col=1,title=reading-level::", GitHubFormat.Line(warning));
    }

    [Fact]
    public void Plain_words_pass_and_themes_can_show_the_grade()
    {
        using var site = TestSite.Build($"""
            -- theme/layouts/base.liquid --
            {"{{ content }}"}
            -- theme/layouts/article.liquid --
            <p id="grade">{"{{ page.reading_grade }}"}</p>
            -- input/articles/a.md --
            {Md("Easy words", Easy)}
            """);
        Assert.DoesNotContain(site.Diagnostics, d => d.Code == "reading-level");
        var grade = double.Parse(site.Html("blog/a/index.html").QuerySelector("#grade")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(grade, -3, 5);
    }

    [Theory]
    [InlineData("readability: off", "", null)]
    [InlineData("", "readability: off", null)]
    [InlineData("readability:\n  max_grade: 12", "", "12")]
    [InlineData("readability:\n  max_grade: 12", "readability:\n  max_grade: 9.5", "9.5")]
    [InlineData("readability: off", "readability:\n  max_grade: 6", "6")]
    public void The_target_is_set_in_site_yml_or_per_article(string siteSetting, string articleSetting, string? target)
    {
        var fields = articleSetting.Length > 0 ? new[] { articleSetting } : [];
        using var site = TestSite.Build($"""
            -- input/site.yml --
            {TestSite.DefaultSiteYml}
            {siteSetting}
            -- input/articles/a.md --
            {Md("Hard words", Hard, fields)}
            """);
        Assert.DoesNotContain(site.Diagnostics, d => d.IsError);
        if (target is null) Assert.DoesNotContain(site.Diagnostics, d => d.Code == "reading-level");
        else Assert.Contains($"should read at grade {target} or below", site.Single("reading-level").Message);
    }

    [Theory]
    [InlineData("readability:\n  max_grade: 0", "must be a grade from 1 to 20")]
    [InlineData("readability:\n  max_grade: 25", "must be a grade from 1 to 20")]
    [InlineData("readability: sometimes", "must be `off` or a group")]
    public void A_target_that_is_not_a_grade_is_an_error(string setting, string message)
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("Easy words", Easy, setting)}");
        var error = Assert.Single(site.Errors);
        // At the offending value: the max_grade line, or the readability line itself.
        Assert.Equal(("input/articles/a.md", setting.Contains('\n') ? 10 : 9), (error.File, error.Line));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_stricter_article_target_warns_where_the_site_would_not()
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("Easy words", Easy, "readability:\n  max_grade: 1")}");
        Assert.Contains("grade 1 or below", site.Single("reading-level").Message);
    }
}
