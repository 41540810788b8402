using System.Xml.Linq;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Translation;

/// <summary>A site in three languages: addresses, translated slugs, the switcher, hreflang in head and sitemap, per-language listings.</summary>
public sealed class MultilingualSiteTests : IDisposable
{
    private const string SiteYml = """
        title: "Test Clinic"
        description: "A tiny site used by the tests, with enough words to be a description."
        base_url: "https://example.org/guide/"
        posts_per_page: 10
        organization:
          name: "Test Clinic"
        languages:
          - code: en
            name: "English"
          - code: es
            name: "Español"
            title: "Clínica de prueba"
            description: "Un sitio pequeño para las pruebas, con palabras suficientes para una descripción."
          - code: fr
            name: "Français"
        """;

    private readonly TestSite _site = TestSite.Build($"""
        -- input/site.yml --
        {SiteYml}
        -- input/articles/microneedling.md --
        {Md("Microneedling for scars", "Microneedling helps some scars. See [peels](peels.md).\n", "tags: [\"collagen\"]")}
        -- input/articles/microneedling.es.md --
        {Md("Microagujas para cicatrices", "Las microagujas ayudan con algunas cicatrices. Vea [peelings](peels.md).\n",
            "slug: microagujas-para-cicatrices", "tags: [\"colágeno\"]", "categories: [\"Tratamientos\"]", "source_reviewed: 2026-06-01")}
        -- input/articles/microneedling.fr.md --
        {Md("Microaiguillage", "Le microaiguillage aide certaines cicatrices.\n", "slug: microaiguillage", "categories: [\"Soins\"]")}
        -- input/articles/peels.md --
        {Md("Chemical peels", "Peels remove the top layer. See [microneedling](microneedling.md).\n")}
        -- input/pages/about.md --
        ---
        title: "About"
        description: "Who writes the guide and how every article is reviewed before it is published."
        ---
        About us.
        -- input/pages/about.es.md --
        ---
        title: "Acerca de"
        description: "Quién escribe la guía y cómo se revisa cada artículo antes de publicarlo en el sitio."
        slug: acerca-de
        ---
        Sobre nosotros.
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Each_language_has_its_pages_under_its_folder_with_translated_slugs()
    {
        _site.AssertNoErrors();
        Assert.True(_site.Has("blog/microneedling/index.html"));
        Assert.True(_site.Has("es/blog/microagujas-para-cicatrices/index.html"));
        Assert.True(_site.Has("fr/blog/microaiguillage/index.html"));
        Assert.True(_site.Has("es/acerca-de/index.html"));
        Assert.True(_site.Has("es/index.html"));
        Assert.True(_site.Has("es/blog/index.html"));
        Assert.True(_site.Has("es/feed.xml"));
        Assert.True(_site.Has("es/search-index.json"));
        Assert.True(_site.Has("es/404.html"));
        // No fallback copies: an untranslated page is not published in another language.
        Assert.False(_site.Has("es/blog/peels/index.html"));
        Assert.False(_site.Has("fr/about/index.html"));
        // Shared files once, at the root.
        Assert.DoesNotContain(_site.Files.Keys, k => k.StartsWith("es/assets/", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_lang_and_site_title_follow_the_language()
    {
        var es = _site.Html("es/blog/microagujas-para-cicatrices/index.html");
        Assert.Equal("es", es.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Clínica de prueba", es.Title);
        Assert.Equal("en", _site.Html("blog/microneedling/index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Hreflang_sets_are_reciprocal_absolute_and_include_x_default()
    {
        string[] pages = ["blog/microneedling/index.html", "es/blog/microagujas-para-cicatrices/index.html", "fr/blog/microaiguillage/index.html"];
        var sets = pages.Select(p => _site.Html(p).QuerySelectorAll("link[rel=alternate][hreflang]")
            .Select(l => l.GetAttribute("hreflang") + " " + l.GetAttribute("href")).Order().ToList()).ToList();
        var expected = new[]
        {
            "en https://example.org/guide/blog/microneedling/",
            "es https://example.org/guide/es/blog/microagujas-para-cicatrices/",
            "fr https://example.org/guide/fr/blog/microaiguillage/",
            "x-default https://example.org/guide/blog/microneedling/",
        };
        foreach (var set in sets) Assert.Equal(expected, set);
    }

    [Fact]
    public void An_untranslated_page_has_no_alternates_and_the_switcher_sends_to_the_language_home()
    {
        var peels = _site.Html("blog/peels/index.html");
        Assert.Empty(peels.QuerySelectorAll("link[rel=alternate][hreflang]"));
        var links = peels.QuerySelectorAll(".lang-switch a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/guide/es/", "/guide/fr/"], links);
    }

    [Fact]
    public void The_switcher_follows_translated_slugs()
    {
        var en = _site.Html("blog/microneedling/index.html");
        Assert.Equal("English", en.QuerySelector(".lang-switch [aria-current]")!.TextContent);
        var links = en.QuerySelectorAll(".lang-switch a").Select(a => (a.GetAttribute("hreflang"), a.GetAttribute("href"))).ToList();
        Assert.Equal([("es", "/guide/es/blog/microagujas-para-cicatrices/"), ("fr", "/guide/fr/blog/microaiguillage/")], links);
        var about = _site.Html("es/acerca-de/index.html");
        Assert.Equal("/guide/about/", about.QuerySelector(".lang-switch a[lang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_sitemap_carries_the_same_alternates_as_the_head()
    {
        var xml = _site.Xml("sitemap.xml");
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        foreach (var url in xml.Descendants(sm + "url"))
        {
            var loc = url.Element(sm + "loc")!.Value;
            var path = loc["https://example.org/guide/".Length..] + "index.html";
            var head = _site.Html(path).QuerySelectorAll("link[rel=alternate][hreflang]")
                .Select(l => l.GetAttribute("hreflang") + " " + l.GetAttribute("href")).Order().ToList();
            var inSitemap = url.Elements(xhtml + "link").Select(l => l.Attribute("hreflang")!.Value + " " + l.Attribute("href")!.Value).Order().ToList();
            Assert.Equal(head, inSitemap);
        }
        Assert.Contains(xml.Descendants(sm + "loc"), l => l.Value == "https://example.org/guide/es/blog/microagujas-para-cicatrices/");
    }

    [Fact]
    public void Listings_feeds_and_search_stay_within_their_language()
    {
        var blog = _site.Html("es/blog/index.html");
        var cards = blog.QuerySelectorAll("main a[href*='/blog/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Contains("/guide/es/blog/microagujas-para-cicatrices/", cards);
        Assert.DoesNotContain(cards, c => c!.Contains("microneedling") || c.Contains("peels"));
        Assert.True(_site.Has("es/blog/tag/colageno/index.html"));
        Assert.False(_site.Has("blog/tag/colageno/index.html"));
        var feed = _site.Text("es/feed.xml");
        Assert.Contains("microagujas-para-cicatrices", feed);
        Assert.DoesNotContain("Chemical peels", feed);
        // Each language's search index holds only its own articles (their fragments carry the titles).
        var spanish = string.Join("\n", _site.Files.Where(f => f.Key.StartsWith("es/search-index/f/", StringComparison.Ordinal)).Select(f => System.Text.Encoding.UTF8.GetString(f.Value)));
        var english = string.Join("\n", _site.Files.Where(f => f.Key.StartsWith("search-index/f/", StringComparison.Ordinal)).Select(f => System.Text.Encoding.UTF8.GetString(f.Value)));
        Assert.Contains("Microagujas", spanish);
        Assert.DoesNotContain("Chemical peels", spanish);
        Assert.DoesNotContain("Microagujas", english);
        Assert.Contains("\"lang\":\"es\"", _site.Text("es/search-index.json"));
    }

    [Fact]
    public void A_link_by_file_name_goes_to_the_same_language_or_falls_back_to_the_original()
    {
        var es = _site.Html("es/blog/microagujas-para-cicatrices/index.html");
        // peels has no Spanish translation: the link goes to the English article rather than to a missing page.
        Assert.NotNull(es.QuerySelector(".prose a[href='/guide/blog/peels/']"));
    }

    [Fact]
    public void Structured_data_names_the_language_and_the_translations()
    {
        var en = _site.JsonLdOne("blog/microneedling/index.html", "BlogPosting");
        Assert.Equal("en", en.GetProperty("inLanguage").GetString());
        var translations = en.GetProperty("workTranslation").EnumerateArray().Select(t => t.GetProperty("@id").GetString()).ToList();
        Assert.Equal(["https://example.org/guide/es/blog/microagujas-para-cicatrices/#article", "https://example.org/guide/fr/blog/microaiguillage/#article"], translations);
        var es = _site.JsonLdOne("es/blog/microagujas-para-cicatrices/index.html", "BlogPosting");
        Assert.Equal("es", es.GetProperty("inLanguage").GetString());
        Assert.Equal("https://example.org/guide/blog/microneedling/#article", es.GetProperty("translationOfWork").GetProperty("@id").GetString());
    }

    [Fact]
    public void Home_and_listing_pages_are_alternates_of_each_other()
    {
        var home = _site.Html("es/index.html").QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang") + " " + l.GetAttribute("href")).Order().ToList();
        Assert.Equal(["en https://example.org/guide/", "es https://example.org/guide/es/", "fr https://example.org/guide/fr/", "x-default https://example.org/guide/"], home);
    }

    [Fact]
    public void Links_to_another_languages_feeds_and_a_categorys_feed_are_not_broken()
    {
        using var site = TestSite.Build($"""
            -- input/site.yml --
            {SiteYml}
            -- input/articles/peels.md --
            {Md("Chemical peels", "Subscribe in [Spanish](/es/feed.xml), [its RSS](/es/rss.xml), the [category feed](/es/blog/category/tratamientos/feed.xml) or [ours](/blog/category/treatments/feed.xml). Not [this](/es/feeds.xml).\n", "categories: [\"Treatments\"]")}
            -- input/articles/peels.es.md --
            {Md("Peelings químicos", "Los peelings quitan la capa superior.\n", "slug: peelings", "categories: [\"Tratamientos\"]", "source_reviewed: 2026-06-01")}
            """);
        Assert.True(site.Has("es/blog/category/tratamientos/feed.xml"));
        var broken = site.Diagnostics.Where(d => d.Code == "broken-link").Select(d => d.Message).ToList();
        Assert.Equal(["The link '/es/feeds.xml' points to a page that does not exist."], broken);
    }
}
