using System.Text.Json;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.StructuredData;

public sealed class JsonLdTests
{
    private const string Path = "blog/x/index.html";

    private static string FaqMarkdown => """
        Intro.

        ## Frequently Asked Questions

        ### Does it hurt?

        A little. See [the guide](/blog/).

        ### 2. How long does it take?

        - About **30** minutes
        """;

    private static string FaqFrontMatter => "faq:\n  - q: \"Does it hurt?\"\n    a: \"A little. See [the guide](/blog/).\"\n  - q: \"How long does it take?\"\n    a: \"- About **30** minutes\"";

    [Fact]
    public void Article_page_has_one_graph_with_medical_page_posting_breadcrumbs_and_faq()
    {
        using var site = TestSite.Build($"""
            -- input/images/hero.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"></svg>
            -- input/articles/x.md --
            {Md("Laser resurfacing", FaqMarkdown, "image: /images/hero.svg", "image_alt: \"A laser handpiece\"", "tags: [\"laser\", \"collagen\"]",
                "sources:\n  - title: \"AAD\"\n    url: \"https://www.aad.org/\"")}
            """).AssertNoErrors();

        var page = site.JsonLdOne(Path, "MedicalWebPage");
        Assert.Equal("https://example.org/blog/x/", page.GetProperty("url").GetString());
        Assert.Equal("2026-06-01", page.GetProperty("lastReviewed").GetString());
        Assert.Equal("Ana Lee", page.GetProperty("reviewedBy").GetProperty("name").GetString());
        Assert.Equal("https://schema.org/Dermatology", page.GetProperty("specialty").GetString());
        Assert.Equal("https://example.org/blog/x/#article", page.GetProperty("mainEntity").GetProperty("@id").GetString());

        var post = site.JsonLdOne(Path, "BlogPosting");
        Assert.Equal("Laser resurfacing", post.GetProperty("headline").GetString());
        Assert.Equal("https://example.org/images/hero.svg", post.GetProperty("image")[0].GetString());
        Assert.Equal("2026-03-14T00:00:00+00:00", post.GetProperty("datePublished").GetString());
        Assert.Equal("Jane Doe", post.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("https://example.org/authors/jane/", post.GetProperty("author").GetProperty("url").GetString());
        Assert.Equal("laser, collagen", post.GetProperty("keywords").GetString());
        Assert.Equal("https://www.aad.org/", post.GetProperty("citation")[0].GetProperty("url").GetString());
        Assert.True(post.GetProperty("wordCount").GetInt32() > 0);
        Assert.Equal("https://example.org/#organization", post.GetProperty("publisher").GetProperty("@id").GetString());

        Assert.Single(site.JsonLd(Path, "FAQPage"));
        Assert.Single(site.JsonLd(Path, "Organization"));
        var website = site.JsonLdOne(Path, "WebSite");
        Assert.Equal("https://example.org/search/?q={search_term_string}",
            website.GetProperty("potentialAction").GetProperty("target").GetProperty("urlTemplate").GetString());
    }

    [Fact]
    public void Breadcrumb_list_names_equal_the_visible_crumbs_with_absolute_items()
    {
        using var site = TestSite.Build($"""
            -- input/articles/x.md --
            {Md("Chemical peels", "Text.\n", "breadcrumb: category")}
            """).AssertNoErrors();
        var visible = site.Html(Path).QuerySelectorAll("nav[aria-label='Breadcrumb'] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Home", "Blog", "Scar Removal", "Chemical peels"], visible);

        var items = site.JsonLdOne(Path, "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(visible, items.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal([1, 2, 3, 4], items.Select(i => i.GetProperty("position").GetInt32()));
        Assert.Equal("https://example.org/blog/category/scar-removal/", items[2].GetProperty("item").GetString());
        Assert.False(items[3].TryGetProperty("item", out _));
    }

    [Fact]
    public void Faq_from_markdown_and_from_front_matter_give_identical_html_and_json_ld()
    {
        using var fromMarkdown = TestSite.Build($"-- input/articles/x.md --\n{Md("FAQ article", FaqMarkdown)}").AssertNoErrors();
        using var fromFront = TestSite.Build($"-- input/articles/x.md --\n{Md("FAQ article", "Intro.\n", FaqFrontMatter)}").AssertNoErrors();

        Assert.Equal(fromMarkdown.Html(Path).QuerySelector("section#faq")!.OuterHtml, fromFront.Html(Path).QuerySelector("section#faq")!.OuterHtml);
        Assert.Equal(fromMarkdown.JsonLdOne(Path, "FAQPage").GetRawText(), fromFront.JsonLdOne(Path, "FAQPage").GetRawText());

        var questions = fromFront.JsonLdOne(Path, "FAQPage").GetProperty("mainEntity").EnumerateArray().ToList();
        Assert.Equal(["Does it hurt?", "How long does it take?"], questions.Select(q => q.GetProperty("name").GetString()));
        var answer = questions[0].GetProperty("acceptedAnswer").GetProperty("text").GetString()!;
        Assert.Contains("href=\"https://example.org/blog/\"", answer);
        Assert.Contains("<strong>30</strong>", questions[1].GetProperty("acceptedAnswer").GetProperty("text").GetString());
    }

    [Fact]
    public void Both_faq_kinds_merge_without_duplicates_and_warn()
    {
        var body = FaqMarkdown + "\n### Is it safe?\n\nFor most people.\n";
        using var site = TestSite.Build($"-- input/articles/x.md --\n{Md("Both kinds", body, FaqFrontMatter)}").AssertNoErrors();
        var questions = site.Html(Path).QuerySelectorAll("#faq summary").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(["Does it hurt?", "How long does it take?", "Is it safe?"], questions);
        Assert.Equal(3, site.JsonLdOne(Path, "FAQPage").GetProperty("mainEntity").GetArrayLength());
        site.Single("faq-both");
    }

    [Fact]
    public void Hostile_text_cannot_break_out_of_the_script_element_or_attributes()
    {
        const string evil = "</script><script>alert(1)</script><!-- \\\"quotes\\\" & 'apostrophes'";
        using var site = TestSite.Build($"""
            -- input/articles/x.md --
            {Md("Hostile", "Text.\n", $"title: \"{evil}\"", $"faq:\n  - q: \"{evil}\"\n    a: \"{evil}\"")}
            """);
        var doc = site.Html(Path);
        var scripts = doc.QuerySelectorAll("script");
        Assert.All(scripts, s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        var graph = JsonDocument.Parse(scripts[0].TextContent).RootElement;
        Assert.Equal(JsonValueKind.Array, graph.GetProperty("@graph").ValueKind);
        var raw = site.Text(Path);
        Assert.DoesNotContain("<script>alert", raw);
        Assert.Contains("</script><script>alert(1)</script>", doc.QuerySelector("h1")!.TextContent);
        Assert.Contains("</script>", site.JsonLdOne(Path, "BlogPosting").GetProperty("headline").GetString());
        Assert.StartsWith("</script>", doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }

    [Fact]
    public void Listing_author_and_static_pages_have_their_types()
    {
        using var site = TestSite.Build($"""
            -- input/articles/x.md --
            {Md("One", "Text.\n")}
            -- input/pages/about.md --
            ---
            title: "About"
            description: "About this guide: who writes it, who reviews it and how often."
            ---
            We write about scars.
            """).AssertNoErrors();
        var collection = site.JsonLdOne("blog/index.html", "CollectionPage");
        Assert.Equal("https://example.org/blog/x/", collection.GetProperty("mainEntity").GetProperty("itemListElement")[0].GetProperty("url").GetString());
        site.JsonLdOne("blog/category/scar-removal/index.html", "CollectionPage");
        var profile = site.JsonLdOne("authors/jane/index.html", "ProfilePage");
        Assert.Equal("Jane Doe", profile.GetProperty("mainEntity").GetProperty("name").GetString());
        site.JsonLdOne("about/index.html", "WebPage");
        site.JsonLdOne("about/index.html", "BreadcrumbList");
        Assert.Empty(site.JsonLd("index.html", "BreadcrumbList"));
    }
}
