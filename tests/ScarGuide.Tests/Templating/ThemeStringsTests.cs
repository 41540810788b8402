using System.Text.RegularExpressions;
using ScarGuide.Templating;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Templating;

/// <summary>The theme's strings (theme/i18n/*.yml) in the build's language, the <c>t</c> filter, and dates per language.</summary>
public sealed partial class ThemeStringsTests
{
    private const string SpanishSiteYml = """
        -- input/site.yml --
        title: "Clínica de Prueba"
        description: "Un sitio pequeño para las pruebas, con palabras suficientes para una descripción."
        base_url: "https://example.org/"
        language: es
        organization:
          name: "Clínica de Prueba"

        """;

    private static readonly string Content = $"""
        -- input/glossary.yml --
        terms:
          - term: "Keloid"
            definition: "A raised scar that grows beyond the wound."
        -- input/articles/a.md --
        {Md("Alpha", "A keloid; links to [b](b.md).\n", "date: 2026-03-03", "tags: [\"acne\"]")}
        -- input/articles/b.md --
        {Md("Beta", "Links to [a](a.md).\n", "date: 2026-01-20", "tags: [\"acne\"]")}
        """;

    // The built-in theme with the site's theme/ folder as overrides, as the CLI does without --theme.
    private static TestSite BuildLayered(string files) =>
        TestSite.Build(files, o => o with { BuiltInTheme = true, ThemeDirectory = Path.Combine(Path.GetDirectoryName(o.InputDirectory)!, "theme") });

    [Fact]
    public void A_spanish_site_shows_the_theme_and_its_dates_in_spanish()
    {
        using var site = TestSite.Build(SpanishSiteYml + Content).AssertNoErrors();
        var article = site.Html("blog/a/index.html");

        Assert.Equal("es", article.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", article.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Saltar al contenido principal", article.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal(["Inicio", "Blog", "Alpha"], article.QuerySelectorAll(".breadcrumbs__item").Select(li => li.TextContent.Trim()));
        Assert.Equal("Ruta de navegación", article.QuerySelector("nav.breadcrumbs")!.GetAttribute("aria-label"));
        Assert.Equal(["Inicio", "Blog", "Categorías", "Quiénes somos"], article.QuerySelectorAll(".site-nav__link").Select(a => a.TextContent));
        Assert.Equal("Buscar en la guía", article.QuerySelector("#site-search-input")!.GetAttribute("placeholder"));
        Assert.Equal("Explorar", article.QuerySelector(".site-footer__heading")!.TextContent);
        Assert.StartsWith("Esta guía ofrece información general", article.QuerySelector(".site-footer__disclaimer")!.TextContent);
        Assert.Equal("Aviso médico:", article.QuerySelector(".disclaimer strong")!.TextContent);

        var dates = article.QuerySelector(".byline__dates")!.TextContent;
        Assert.Contains("Publicado el 3 de marzo de 2026", dates);
        Assert.Matches(@"\d+ min de lectura", dates);
        Assert.StartsWith("Por ", article.QuerySelector(".byline__author")!.TextContent);
        Assert.Contains("1 de junio de 2026", article.QuerySelector(".review-dates")!.TextContent);
        Assert.StartsWith("Última revisión de esta página:", article.QuerySelector(".review-dates")!.TextContent);

        // Strings the build puts on pages: listing titles, descriptions and breadcrumbs, and the search script's texts.
        var tag = site.Html("blog/tag/acne/index.html");
        Assert.Equal("Artículos con la etiqueta acne: 2 en total, del más reciente al más antiguo.", tag.QuerySelector(".listing__lede")!.TextContent);
        Assert.Equal(["Inicio", "Blog", "Etiquetas", "acne"], tag.QuerySelectorAll(".breadcrumbs__item").Select(li => li.TextContent.Trim()));
        Assert.Equal("Blog de Clínica de Prueba", site.Html("blog/index.html").QuerySelector("h1")!.TextContent);
        var search = site.Html("search/index.html");
        Assert.Equal("No hay resultados para «{0}». Pruebe con otra palabra o explore las categorías.",
            search.QuerySelector("#search-status")!.GetAttribute("data-no-results"));
        Assert.Equal("Página no encontrada", site.Html("404.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Más en el glosario", article.QuerySelector(".term__definition a")!.TextContent);
        Assert.Equal("Definiciones en lenguaje sencillo de 1 términos que se usan en Clínica de Prueba.",
            site.Html("glossary/index.html").QuerySelector(".page__lede")!.TextContent);
    }

    [Fact]
    public void Each_language_of_a_multilingual_site_shows_its_own_strings_and_one_without_a_file_the_default_languages()
    {
        using var site = BuildLayered($"""
            -- input/site.yml --
            title: "Test Clinic"
            description: "A tiny site used by the tests, with enough words to be a description."
            base_url: "https://example.org/"
            organization:
              name: "Test Clinic"
            languages:
              - code: es
                name: "Español"
              - code: en
                name: "English"
              - code: fr
                name: "Français"
            -- input/articles/a.md --
            {Md("Alfa", "Texto sobre cicatrices.\n", "date: 2026-03-03")}
            -- input/articles/a.en.md --
            {Md("Alpha", "Text about scars.\n", "date: 2026-03-03", "slug: alpha")}
            -- input/articles/a.fr.md --
            {Md("Alpha en français", "Un texte sur les cicatrices.\n", "date: 2026-03-03", "slug: alpha-fr")}
            -- theme/i18n/fr.yml --
            skip_to_content: "Aller au contenu principal"
            """).AssertNoErrors();

        var spanish = site.Html("blog/a/index.html");
        Assert.Equal("Saltar al contenido principal", spanish.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("Idioma", spanish.QuerySelector(".lang-switch")!.GetAttribute("aria-label"));
        Assert.Contains("3 de marzo de 2026", spanish.QuerySelector(".byline__dates")!.TextContent);

        var english = site.Html("en/blog/alpha/index.html");
        Assert.Equal("Skip to main content", english.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal(["Home", "Blog", "Alpha"], english.QuerySelectorAll(".breadcrumbs__item").Select(li => li.TextContent.Trim()));
        Assert.Contains("3 March 2026", english.QuerySelector(".byline__dates")!.TextContent);

        // French has one key of its own; the rest comes from the default language, Spanish.
        var french = site.Html("fr/blog/alpha-fr/index.html");
        Assert.Equal("Aller au contenu principal", french.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("Explorar", french.QuerySelector(".site-footer__heading")!.TextContent);
        Assert.Contains("browse", site.Result.Context.ThemeStrings.Missing("fr", "es"));
        Assert.DoesNotContain("skip_to_content", site.Result.Context.ThemeStrings.Missing("fr", "es"));
    }

    [Fact]
    public void An_english_site_writes_dates_as_before()
    {
        using var site = TestSite.Build(Content).AssertNoErrors();
        var article = site.Html("blog/a/index.html");
        Assert.Equal("3 March 2026", article.QuerySelector(".byline__dates time")!.TextContent);
        Assert.Equal("Skip to main content", article.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("ltr", article.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public void A_site_file_replaces_only_the_keys_it_has()
    {
        using var site = BuildLayered(SpanishSiteYml + Content + """
            -- theme/i18n/es.yml --
            skip_to_content: "Ir al contenido"
            date_format: "d/M/yyyy"
            """).AssertNoErrors();
        var article = site.Html("blog/a/index.html");

        Assert.Equal("Ir al contenido", article.QuerySelector(".skip-link")!.TextContent);
        // The built-in es.yml still gives every other key.
        Assert.Equal("Explorar", article.QuerySelector(".site-footer__heading")!.TextContent);
        Assert.Contains("Publicado el 3/3/2026", article.QuerySelector(".byline__dates")!.TextContent);
        Assert.Empty(site.Result.Context.ThemeStrings.Missing("es", "en"));
    }

    [Fact]
    public void A_key_missing_in_a_language_falls_back_to_english_and_is_listed_as_missing()
    {
        using var site = BuildLayered(SpanishSiteYml + Content + """
            -- theme/partials/disclaimer.liquid --
            <p class="clinic-hours">{{ "clinic_hours" | t: 9, 17 }}</p>
            -- theme/i18n/en.yml --
            clinic_hours: "Open from {0} to {1}"
            """).AssertNoErrors();

        Assert.Equal("Open from 9 to 17", site.Html("blog/a/index.html").QuerySelector(".clinic-hours")!.TextContent);
        Assert.Equal(["clinic_hours"], site.Result.Context.ThemeStrings.Missing("es", "en"));
        Assert.Empty(site.Result.Context.ThemeStrings.Missing("en", "es"));
        Assert.DoesNotContain(site.Diagnostics, d => d.Code == "theme-string-missing");
    }

    [Fact]
    public void An_unknown_key_shows_itself_and_is_reported_once_naming_its_template()
    {
        using var site = BuildLayered(Content + """
            -- theme/partials/footer.liquid --
            <footer class="site-footer"><p class="hours">{{ "clinic_hourz" | t }}</p></footer>
            """).AssertNoErrors();

        Assert.Equal("clinic_hourz", site.Html("blog/a/index.html").QuerySelector(".hours")!.TextContent);
        var missing = site.Single("theme-string-missing");
        Assert.Equal("theme/partials/footer.liquid", missing.File);
        Assert.Equal(1, missing.Line);
        Assert.Contains("'clinic_hourz'", missing.Message);
        // Once in the build's diagnostics, though every page shows the footer.
        Assert.Single(site.Diagnostics, d => d.Code == "theme-string-missing");
    }

    [Fact]
    public void The_t_filter_escapes_html_in_a_string()
    {
        using var site = BuildLayered(Content + """
            -- theme/i18n/en.yml --
            skip_to_content: "<b>Skip</b> & go"
            articles_by: "Articles by {0} <i>"
            """).AssertNoErrors();

        var html = site.Text("blog/a/index.html");
        Assert.Contains("href=\"#main\">&lt;b&gt;Skip&lt;/b&gt; &amp; go</a>", html);
        var skip = site.Html("blog/a/index.html").QuerySelector(".skip-link")!;
        Assert.Equal("<b>Skip</b> & go", skip.TextContent);
        Assert.Empty(skip.Children);
        Assert.Contains("Articles by Jane Doe &lt;i&gt;</h2>", site.Text("authors/jane/index.html"));
    }

    [Fact]
    public void Bad_yaml_in_a_strings_file_is_reported_with_file_and_line()
    {
        using var broken = BuildLayered(Content + """
            -- theme/i18n/es.yml --
            home: "Inicio"
            skip_to_content: "sin cerrar
            """);
        var syntax = Assert.Single(broken.Errors);
        Assert.Equal("theme/i18n/es.yml", syntax.File);
        Assert.True(syntax.Line >= 2, $"line {syntax.Line}");

        using var nested = BuildLayered(Content + """
            -- theme/i18n/es.yml --
            home: "Inicio"
            blog:
              title: "Blog"
            """);
        var wrong = nested.Single("theme-strings");
        Assert.Equal(("theme/i18n/es.yml", 2), (wrong.File, wrong.Line));
    }

    [Fact]
    public void A_language_falls_back_to_its_base_language_then_the_default_language_then_english()
    {
        var strings = ThemeStrings.BuiltIn;
        Assert.Equal("Inicio", strings.For("es-US")["home"]);
        Assert.Equal("Inicio", strings.For("fr", defaultLanguage: "es")["home"]);
        Assert.Equal("Home", strings.For("fr")["home"]);
        Assert.Equal("Home", strings.For("en", defaultLanguage: "es")["home"]);
        Assert.Equal("Home", strings.For("en-GB", defaultLanguage: "es")["home"]);
        Assert.Equal("no_such_key", strings.For("es")["no_such_key"]);
        Assert.Equal("Página 2", strings.For("es").Format("page_number", 2));
        Assert.Equal(["en", "es"], strings.Languages);
    }

    [Fact]
    public void Dates_are_written_the_way_each_language_writes_them()
    {
        var date = new DateTimeOffset(2026, 3, 3, 23, 30, 0, TimeSpan.FromHours(-5));
        Assert.Equal("3 March 2026", ThemeStrings.BuiltIn.For("en").Date(date));
        Assert.Equal("3 de marzo de 2026", ThemeStrings.BuiltIn.For("es").Date(date));
        Assert.Equal("3 de marzo de 2026", ThemeStrings.BuiltIn.For("es-MX").Date(date));
        Assert.Equal("3 de marzo de 2026", ScarGuide.Pages.ViewFactory.Date(date, ThemeStrings.BuiltIn.For("es")).Display);
    }

    [Theory]
    [InlineData("Page {0} of {1}", "Page 2 of 5")]
    [InlineData("{1}/{0}", "5/2")]
    [InlineData("{2} and {x} and {", "{2} and {x} and {")]
    [InlineData("no placeholders", "no placeholders")]
    public void Placeholders_are_filled_and_anything_else_stays(string text, string expected) =>
        Assert.Equal(expected, LanguageStrings.Fill(text, ["2", "5"]));

    [Fact]
    public void Every_key_a_built_in_template_uses_is_in_english_and_spanish_and_both_have_the_same_keys()
    {
        var english = Keys("en.yml");
        var spanish = Keys("es.yml");
        Assert.Equal(english.Order(StringComparer.Ordinal), spanish.Order(StringComparer.Ordinal));

        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in new[] { "layouts", "partials" })
            foreach (var file in Directory.EnumerateFiles(RepoRoot.Combine("theme", folder), "*.liquid"))
                foreach (Match m in UsePattern().Matches(File.ReadAllText(file)))
                    used.Add(m.Groups["key"].Value);
        Assert.True(used.Count > 50, $"only {used.Count} keys found: is the pattern right?");
        Assert.Empty(used.Except(english));
        Assert.Empty(used.Except(spanish));

        // The built-in theme as it ships (embedded) agrees.
        Assert.Empty(ThemeStrings.BuiltIn.Missing("es", "en"));
        Assert.Empty(ThemeStrings.BuiltIn.Missing("en", "es"));
    }

    [Fact]
    public void The_built_in_templates_show_no_hard_coded_english()
    {
        // Text between tags that is not Liquid, markup or punctuation: every such word should come from "key" | t.
        foreach (var folder in new[] { "layouts", "partials" })
            foreach (var file in Directory.EnumerateFiles(RepoRoot.Combine("theme", folder), "*.liquid"))
            {
                var text = CommentPattern().Replace(File.ReadAllText(file), "");
                text = LiquidPattern().Replace(text, " ");
                foreach (Match m in TextPattern().Matches(text))
                    if (LetterPattern().IsMatch(NamePattern().Replace(m.Value, "")))
                        Assert.Fail($"{Path.GetFileName(file)}: '{m.Value.Trim()}' is not a theme string");
            }
    }

    private static HashSet<string> Keys(string file) =>
        File.ReadLines(RepoRoot.Combine("theme", "i18n", file))
            .Select(line => KeyPattern().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("""["'](?<key>[a-z0-9_]+)["']\s*\|\s*t\b""")]
    private static partial Regex UsePattern();

    [GeneratedRegex(@"^([a-z0-9_]+):")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidPattern();

    // A letter in text content (between > and <), or in an aria-label, title, placeholder or alt attribute.
    [GeneratedRegex(""""(?<=>)[^<>]*\p{L}{2,}[^<>]*(?=<)|(?:aria-label|placeholder|alt|title)="[^"]*\p{L}{2,}[^"]*"""")]
    private static partial Regex TextPattern();

    // Names that are the same in every language: feed formats, and the identifiers of a reference (AMA style).
    [GeneratedRegex(@"\b(?:Atom|RSS|doi|PMID)\b|aria-label|placeholder|alt|title")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex LetterPattern();
}
