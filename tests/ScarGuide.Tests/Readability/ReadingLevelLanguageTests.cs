using ScarGuide.Reporting;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Readability;

/// <summary>Reading level per language: Spanish formulas and target, no formula for other languages, short texts.</summary>
public sealed class ReadingLevelLanguageTests
{
    // Lines 10, 12 and 14 of the file: the body starts on line 10 after eight lines of front matter and the fences.
    private const string HardEs = """
        La hiperpigmentación postinflamatoria característicamente requiere fotoprotección exhaustiva, considerable paciencia y una consulta dermatológica individualizada sobre intervenciones terapéuticas multimodales.

        La remodelación cicatricial posterior a la fototermólisis fraccionada demuestra considerable variabilidad interindividual dependiendo de las características constitucionales de pigmentación.

        Consecuentemente, los profesionales habitualmente recomiendan parámetros conservadores, cuidados posprocedimiento meticulosos y expectativas realistas respecto a la eventual mejoría cosmética.

        Las cicatrices mejoran. El sol las oscurece. Use protector solar.
        """;

    // 35 words, short and everyday: "muy fácil".
    private const string EasyEs = "Las marcas se aclaran con el tiempo. El sol las pone más oscuras. Use crema para el sol cada día. Pregunte a su médico qué le va bien. No se rasque la piel. Beba agua.\n";

    private static string SiteYml(string language, string extra = "") => $"{TestSite.DefaultSiteYml}\nlanguage: {language}\n{extra}";

    [Fact]
    public void A_hard_Spanish_article_is_warned_on_the_INFLESZ_scale_at_its_hardest_sentences_and_an_easy_one_is_not()
    {
        using var site = TestSite.Build($"""
            -- input/site.yml --
            {SiteYml("es")}
            -- input/articles/hard.md --
            {Md("Palabras difíciles", HardEs)}
            -- input/articles/easy.md --
            {Md("Palabras fáciles", EasyEs)}
            """);
        site.AssertNoErrors();
        var warning = site.Single("reading-level");
        Assert.Equal("input/articles/hard.md", warning.File);
        Assert.Contains(warning.Line, new[] { 10, 12, 14 });
        Assert.Matches(@"^The article scores -?\d+\.\d on the Szigriszt-Pazos perspicuity index, ""muy difícil"" \(very difficult\) on the INFLESZ scale \(Fernández Huerta -?\d+\.\d\); patient information should score 55 or above \(""normal"" or easier\)\. Hardest sentences: ", warning.Message);
        foreach (var line in new[] { 10, 12, 14 }) Assert.Contains($"line {line} (Szigriszt-Pazos ", warning.Message);
        Assert.Contains("long words: ", warning.Message);
        Assert.Contains("readability: { min_inflesz: 45 }", warning.Fix);
        Assert.DoesNotContain("Flesch", warning.Message);

        var easy = site.Result.Context.Content.Single(p => p.SourcePath == "input/articles/easy.md").Rendered.Reading!;
        Assert.Equal((ScarGuide.Readability.ReadingFormula.Spanish, 35, 6), (easy.Formula, easy.Words, easy.Sentences));
        Assert.Equal("muy fácil", easy.Inflesz);
    }

    [Theory]
    [InlineData("readability: off", "", null)]
    [InlineData("", "readability: off", null)]
    [InlineData("readability:\n  min_inflesz: 60", "", "60")]
    [InlineData("readability:\n  max_grade: 12", "", "55")] // the English target leaves the Spanish default alone
    [InlineData("readability:\n  min_inflesz: 60", "readability:\n  max_grade: 10", "60")] // an article inherits what it does not name
    [InlineData("readability: off", "readability:\n  min_inflesz: 40", "40")]
    public void The_Spanish_target_is_set_in_site_yml_or_per_article(string siteSetting, string articleSetting, string? target)
    {
        var fields = articleSetting.Length > 0 ? new[] { articleSetting } : [];
        using var site = TestSite.Build($"""
            -- input/site.yml --
            {SiteYml("es", siteSetting)}
            -- input/articles/a.md --
            {Md("Palabras difíciles", HardEs, fields)}
            """);
        site.AssertNoErrors();
        if (target is null) Assert.DoesNotContain(site.Diagnostics, d => d.Code == "reading-level");
        else Assert.Contains($"should score {target} or above", site.Single("reading-level").Message);
    }

    [Theory]
    [InlineData("readability:\n  min_inflesz: 120", "must be a Szigriszt-Pazos score from 0 to 100")]
    [InlineData("readability:\n  min_inflesz: -5", "must be a number of zero or more")]
    public void A_Spanish_target_outside_the_scale_is_an_error(string setting, string message)
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("Easy words", "Scars fade.\n", setting)}");
        var error = Assert.Single(site.Errors);
        Assert.Equal(("input/articles/a.md", 10), (error.File, error.Line));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_language_without_a_formula_is_said_once_per_build_and_not_scored_with_English_rules()
    {
        using var site = TestSite.Build($"""
            -- input/site.yml --
            {SiteYml("fr")}
            -- input/articles/a.md --
            {Md("Mots difficiles", "L'hyperpigmentation post-inflammatoire nécessite caractéristiquement une photoprotection exhaustive et une consultation dermatologique individualisée.\n")}
            -- input/articles/b.md --
            {Md("Autres mots", "La cicatrisation des lésions inflammatoires nécessite considérablement de patience et de photoprotection.\n")}
            """);
        site.AssertNoErrors();
        var note = site.Single("reading-level-unavailable");
        Assert.False(note.IsError);
        Assert.Equal("input/site.yml", note.File);
        Assert.Contains("no reading-level formula for the language 'fr'", note.Message);
        Assert.Contains("its 2 articles are not checked", note.Message);
        Assert.DoesNotContain(site.Diagnostics, d => d.Code == "reading-level");
        Assert.All(site.Result.Context.Content, p => Assert.Null(p.Rendered.Reading));
    }

    [Fact]
    public void A_language_without_a_formula_says_nothing_when_the_check_is_off_and_English_never_says_it()
    {
        using var off = TestSite.Build($"""
            -- input/site.yml --
            {SiteYml("de", "readability: off")}
            -- input/articles/a.md --
            {Md("Schwere Wörter", "Die Narbe verblasst.\n")}
            """);
        Assert.DoesNotContain(off.Diagnostics, d => d.Code == "reading-level-unavailable");

        using var english = TestSite.Build($"-- input/articles/a.md --\n{Md("Easy words", "Scars fade.\n")}");
        Assert.DoesNotContain(english.Diagnostics, d => d.Code == "reading-level-unavailable");
    }

    [Theory]
    [InlineData("en", "Dermatological consultations unavailable.")]
    [InlineData("es", "Consultas dermatológicas indisponibles temporalmente.")]
    public void An_article_under_thirty_words_is_too_short_to_judge(string language, string body)
    {
        using var site = TestSite.Build($"""
            -- input/site.yml --
            {SiteYml(language)}
            -- input/articles/a.md --
            {Md("Notice", body + "\n")}
            """);
        var reading = site.Result.Context.Content.Single().Rendered.Reading!;
        Assert.True(reading.TooShortToJudge);
        Assert.DoesNotContain(site.Diagnostics, d => d.Code == "reading-level");
        // The report does not mark it either.
        Assert.False(EditorialReport.From(site.Result).Articles.Single().Reading!.AboveTarget);
    }

    [Fact]
    public void The_editorial_report_shows_the_Spanish_index_against_its_target()
    {
        using var site = TestSite.Build($"""
            -- input/site.yml --
            {SiteYml("es")}
            -- input/articles/hard.md --
            {Md("Palabras difíciles", HardEs)}
            -- input/articles/easy.md --
            {Md("Palabras fáciles", EasyEs)}
            """);
        var report = EditorialReport.From(site.Result);
        var hard = report.Articles.Single(a => a.Source == "input/articles/hard.md").Reading!;
        Assert.Equal((55.0, true), (hard.Target, hard.AboveTarget));
        Assert.False(report.Articles.Single(a => a.Source == "input/articles/easy.md").Reading!.AboveTarget);

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ReportHtml.Write(report));
        Assert.Equal("Szigriszt-Pazos (INFLESZ) by article", html.QuerySelector("svg.chart")!.GetAttribute("aria-label"));
        Assert.Single(html.QuerySelector("svg.chart")!.QuerySelectorAll("rect.bar.alert"));
        var rows = html.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("muy difícil ▲ (target 55)"));
        Assert.Contains(rows, r => r.Contains("muy fácil") && !r.Contains('▲'));
        Assert.Contains("Fernández Huerta", html.QuerySelector("thead")!.TextContent);
    }
}
