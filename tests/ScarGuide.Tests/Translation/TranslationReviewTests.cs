using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Translation;

/// <summary>Translations follow the medical review: stale translations, their notice and the site's policy; keys, direction, bad configuration.</summary>
public sealed class TranslationReviewTests
{
    private static string Site(string extra = "") => $"""
        -- input/site.yml --
        {TestSite.TwoLanguageSiteYml}
        {extra}
        -- input/articles/peels.md --
        {Md("Chemical peels", "Peels remove the top layer of skin.\n", "reviewed: 2026-10-01")}
        """;

    private static string Translation(string sourceReviewed, string? reviewed = null) => $"""
        -- input/articles/peels.es.md --
        {Md("Peelings químicos", "Los peelings quitan la capa de arriba de la piel.\n", "slug: peelings-quimicos",
            $"reviewed: {reviewed ?? sourceReviewed}", $"source_reviewed: {sourceReviewed}")}
        """;

    [Fact]
    public void A_translation_made_before_the_sources_latest_review_is_stale_with_a_warning_and_a_notice()
    {
        using var site = TestSite.Build(Site() + Translation("2026-06-01"));
        var stale = site.Single("stale-translation");
        Assert.False(stale.IsError);
        Assert.Equal("input/articles/peels.es.md", stale.File);
        Assert.Equal(10, stale.Line); // the source_reviewed: line
        Assert.Contains("2026-10-01", stale.Message);
        var notice = site.Html("es/blog/peelings-quimicos/index.html").QuerySelector(".stale-notice");
        Assert.NotNull(notice);
        Assert.Equal("https://example.org/blog/peels/", notice!.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2026-10-01", notice.QuerySelector("time")!.GetAttribute("datetime"));
        // Still indexed under the default policy (warn).
        Assert.Equal("index, follow", site.Html("es/blog/peelings-quimicos/index.html").QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public void The_report_shows_coverage_and_stale_translations_per_language()
    {
        using var site = TestSite.Build(Site() + Translation("2026-06-01") + $"""
            -- input/articles/silicone.md --
            {Md("Silicone gel", "Silicone keeps a scar moist.\n")}
            """);
        var report = ScarGuide.Reporting.EditorialReport.From(site.Result);
        var es = Assert.Single(report.Translations);
        Assert.Equal(("es", 1, 2), (es.Code, es.Translated, es.Of));
        Assert.Equal(["input/articles/silicone.md"], es.Missing);
        Assert.Equal("input/articles/peels.es.md", Assert.Single(es.Stale).Source);
        Assert.Contains(report.Articles, a => a.Url == "https://example.org/es/blog/peelings-quimicos/");
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ScarGuide.Reporting.ReportHtml.Write(report));
        Assert.Contains("1 of 2 articles translated", html.QuerySelector("#translations")!.ParentElement!.TextContent);
    }

    [Fact]
    public void A_current_translation_or_one_with_its_own_later_review_is_not_stale()
    {
        using var current = TestSite.Build(Site() + Translation("2026-10-01"));
        Assert.DoesNotContain(current.Diagnostics, d => d.Code == "stale-translation");
        Assert.Null(current.Html("es/blog/peelings-quimicos/index.html").QuerySelector(".stale-notice"));

        using var reviewedAgain = TestSite.Build(Site() + Translation("2026-06-01", reviewed: "2026-11-01"));
        Assert.DoesNotContain(reviewedAgain.Diagnostics, d => d.Code == "stale-translation");
    }

    [Fact]
    public void The_stale_policy_can_hold_a_translation_out_of_search_or_refuse_the_build()
    {
        using var noindex = TestSite.Build(Site("translations: { stale: noindex }") + Translation("2026-06-01"));
        Assert.Equal("noindex, follow", noindex.Html("es/blog/peelings-quimicos/index.html").QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.DoesNotContain("peelings-quimicos", noindex.Text("sitemap.xml"));
        // Not in search, so no hreflang pair either: alternates name only indexable pages.
        Assert.Empty(noindex.Html("blog/peels/index.html").QuerySelectorAll("link[hreflang]"));

        using var strict = TestSite.Build(Site("translations: { stale: error }") + Translation("2026-06-01"));
        Assert.True(strict.Single("stale-translation").IsError);
    }

    [Fact]
    public void A_translation_that_does_not_record_its_source_review_is_asked_to()
    {
        using var site = TestSite.Build(Site() + $"""
            -- input/articles/peels.es.md --
            {Md("Peelings químicos", "Los peelings quitan la capa de arriba de la piel.\n", "slug: peelings-quimicos", "reviewed: 2026-05-01")}
            """);
        var d = site.Single("translation-source-review");
        Assert.Contains("source_reviewed: 2026-10-01", d.Fix);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // a one-shot build makes article views as pages are written, after this check reads them
    public void A_translation_that_uses_none_of_the_glossary_terms_its_source_uses_gets_a_hint(bool oneShot)
    {
        const string glossaries = """
            -- input/glossary.yml --
            terms:
              - term: "Keloid"
                definition: "A raised scar that grows beyond the edges of the wound."
            -- input/glossary.es.yml --
            terms:
              - term: "Queloide"
                definition: "Una cicatriz elevada que crece más allá de los bordes de la herida."
            """;
        using var site = TestSite.Build(Site() + glossaries + "\n" + $"""
            -- input/articles/keloids.md --
            {Md("Keloids", "A keloid can itch.\n")}
            -- input/articles/keloids.es.md --
            {Md("Cicatrices queloideas", "Una cicatriz queloidea puede picar.\n", "slug: queloides", "source_reviewed: 2026-06-01")}
            -- input/articles/peels.es.md --
            {Md("Peelings", "Un queloide puede picar.\n", "slug: peelings", "source_reviewed: 2026-10-01", "reviewed: 2026-10-01")}
            """, o => o with { ReleaseAsWritten = oneShot });
        var hint = site.Single("translation-glossary");
        Assert.Equal("input/articles/keloids.es.md", hint.File);
        Assert.Contains("Keloid", hint.Message);
        // The Spanish glossary marks its own terms on Spanish pages and links the Spanish glossary page.
        Assert.NotNull(site.Html("es/blog/peelings/index.html").QuerySelector("a[href^='/es/glossary/']"));
    }

    [Fact]
    public void Translation_key_ties_files_whose_names_differ()
    {
        using var site = TestSite.Build(Site() + $"""
            -- input/articles/peelings.md --
            {Md("Peelings químicos", "Los peelings quitan la capa de arriba de la piel.\n", "lang: es", "translation_key: peels",
                "reviewed: 2026-10-01", "source_reviewed: 2026-10-01")}
            """);
        site.AssertNoErrors();
        Assert.True(site.Has("es/blog/peelings/index.html"));
        var hreflang = site.Html("blog/peels/index.html").QuerySelectorAll("link[hreflang]").Select(l => l.GetAttribute("hreflang")).ToList();
        Assert.Equal(["en", "es", "x-default"], hreflang);
    }

    [Fact]
    public void A_right_to_left_language_gets_dir_rtl()
    {
        using var site = TestSite.Build(Site().Replace("""
              - code: es
                name: "Español"
            """, """
              - code: es
                name: "Español"
              - code: ar
                name: "العربية"
                direction: rtl
            """) + $"""
            -- input/articles/peels.ar.md --
            {Md("التقشير الكيميائي", "نص قصير.\n", "slug: altaqshir", "source_reviewed: 2026-10-01", "reviewed: 2026-10-01")}
            """);
        var html = site.Html("ar/blog/altaqshir/index.html").DocumentElement;
        Assert.Equal("ar", html.GetAttribute("lang"));
        Assert.Equal("rtl", html.GetAttribute("dir"));
        Assert.NotEqual("rtl", site.Html("blog/peels/index.html").DocumentElement.GetAttribute("dir"));
    }

    [Theory]
    [InlineData("- code: \"english!\"\n    name: \"x\"", "language-code")]
    [InlineData("- code: en\n    name: \"English\"\n  - code: EN\n    name: \"Again\"", "language-duplicate")]
    public void A_bad_language_list_is_an_error_at_its_line(string languages, string code)
    {
        using var site = TestSite.Build($"""
            -- input/site.yml --
            title: "Test Clinic"
            base_url: "https://example.org/"
            languages:
              {languages}
            """);
        var d = site.Single(code);
        Assert.Equal("input/site.yml", d.File);
        Assert.True(d.Line >= 4);
    }

    [Fact]
    public void Theme_strings_a_language_lacks_are_listed_and_fall_back_to_the_default_language()
    {
        using var site = TestSite.Build(Site().Replace("""
              - code: es
                name: "Español"
            """, """
              - code: es
                name: "Español"
              - code: fr
                name: "Français"
            """) + """
            -- theme/i18n/fr.yml --
            skip_to_content: "Aller au contenu"
            """, o => o with { BuiltInTheme = true }); // theme/ overrides the built-in theme file by file, as the CLI does
        var d = site.Single("theme-string-untranslated");
        Assert.Equal("theme/i18n/fr.yml", d.File);
        Assert.Contains("Français", d.Message);
        Assert.DoesNotContain("skip_to_content", d.Message);
        var home = site.Html("fr/index.html");
        Assert.Equal("Aller au contenu", home.QuerySelector(".skip-link")!.TextContent.Trim());
        Assert.Equal("Skip to main content", site.Html("index.html").QuerySelector(".skip-link")!.TextContent.Trim());
        // Spanish has every string: nothing to say about it.
        Assert.DoesNotContain(site.Diagnostics, x => x.File == "theme/i18n/es.yml");
    }

    [Fact]
    public void A_lang_that_is_not_a_site_language_is_an_error()
    {
        using var site = TestSite.Build(Site() + $"""
            -- input/articles/x.md --
            {Md("X", "Text.\n", "lang: de")}
            """);
        Assert.Contains("not one of the site's languages", site.Single("unknown-language").Message);
    }
}
