using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Editorial;

/// <summary>glossary.yml: first uses of terms open their definitions, a glossary page lists them, JSON-LD names them.</summary>
public sealed class GlossaryTests
{
    private const string Glossary = """
        terms:
          - term: "Keloid"
            definition: "A raised scar that grows beyond the wound."
            synonyms: ["keloids", "keloid scar"]
          - term: "Scar"
            definition: "Skin that healed with new collagen."
          - term: "Hypertrophic scar"
            definition: "A raised scar within the wound's edges."
        """;

    private const string Body = """
        ## Keloid basics

        Keloids can itch. A keloid is not a hypertrophic scar, but every scar matters.
        See [a keloid](https://example.org/) and `keloid`.

        More about keloids and scar care.
        """;

    [Fact]
    public void The_first_use_of_each_term_opens_its_definition_and_later_uses_stay_plain()
    {
        using var site = TestSite.Build($"""
            -- input/glossary.yml --
            {Glossary}
            -- input/articles/a.md --
            {Md("Keloids", Body)}
            """).AssertNoErrors();
        var prose = site.Html("blog/a/index.html").QuerySelector(".prose")!;
        var terms = prose.QuerySelectorAll("button.term");
        // "Keloid" in the heading is left alone; "Keloids" (a synonym) is the first use; the longer name wins over "scar".
        Assert.Equal(["Keloids", "hypertrophic scar", "scar"], terms.Select(b => b.TextContent));
        Assert.Equal(["term-keloid", "term-hypertrophic-scar", "term-scar"], terms.Select(b => b.GetAttribute("popovertarget")));
        var definition = prose.QuerySelector("#term-keloid")!;
        Assert.True(definition.HasAttribute("popover"));
        Assert.Equal("Keloid: A raised scar that grows beyond the wound. More in the glossary", definition.TextContent);
        Assert.Equal("/glossary/#keloid", definition.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(prose.QuerySelectorAll("h2 button, a button, code button"));
    }

    [Fact]
    public void The_glossary_page_lists_every_term_and_json_ld_ties_articles_to_its_terms()
    {
        using var site = TestSite.Build($"""
            -- input/glossary.yml --
            {Glossary}
            -- input/articles/a.md --
            {Md("Keloids", Body)}
            """).AssertNoErrors();
        var page = site.Html("glossary/index.html");
        Assert.Equal(["hypertrophic-scar", "keloid", "scar"], page.QuerySelectorAll("dl.glossary dfn").Select(d => d.Id));
        Assert.Contains("Also called: keloid scar.", page.QuerySelector("dl.glossary")!.TextContent); // not its plural
        Assert.Equal("/glossary/", page.QuerySelector(".site-footer a[href='/glossary/']")?.GetAttribute("href"));
        Assert.Contains("https://example.org/glossary/", site.Text("sitemap.xml"));

        var set = site.JsonLdOne("glossary/index.html", "DefinedTermSet");
        var ids = set.GetProperty("hasDefinedTerm").EnumerateArray().Select(t => t.GetProperty("@id").GetString()).ToList();
        Assert.Equal(["https://example.org/glossary/#hypertrophic-scar", "https://example.org/glossary/#keloid", "https://example.org/glossary/#scar"], ids);
        var mentions = site.JsonLdOne("blog/a/index.html", "MedicalWebPage").GetProperty("mentions").EnumerateArray()
            .Select(m => m.GetProperty("@id").GetString()).ToList();
        Assert.Equal(["https://example.org/glossary/#keloid", "https://example.org/glossary/#hypertrophic-scar", "https://example.org/glossary/#scar"], mentions);
    }

    [Fact]
    public void A_site_without_a_glossary_has_no_glossary_page_or_marks()
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("Keloids", Body)}").AssertNoErrors();
        Assert.False(site.Has("glossary/index.html"));
        Assert.Empty(site.Html("blog/a/index.html").QuerySelectorAll("button.term"));
    }

    [Theory]
    [InlineData("terms:\n  - term: \"Scar\"\n    definition: \"One.\"\n  - term: \"Mark\"\n    definition: \"Two.\"\n    synonyms: [\"scar\"]", "glossary-duplicate", 4, "already in the glossary")]
    [InlineData("terms:\n  - term: \"Scar\"", "glossary-incomplete", 2, "needs a 'term' and a 'definition'")]
    [InlineData("terms:\n  - term: \"Scar\"\n    definiton: \"x\"", "unknown-key", 3, "Did you mean 'definition'?")]
    public void Glossary_mistakes_are_reported_at_their_line(string glossary, string code, int line, string message)
    {
        using var site = TestSite.Build($"-- input/glossary.yml --\n{glossary}\n-- input/articles/a.md --\n{Md("A", "Text.\n")}");
        var diagnostic = site.Single(code);
        Assert.Equal(("input/glossary.yml", line), (diagnostic.File, diagnostic.Line));
        Assert.Contains(message, diagnostic.Message);
    }
}
