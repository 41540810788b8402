using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Editorial;

/// <summary>Sources with DOIs and PubMed IDs: AMA references on the page, ScholarlyArticle citations in JSON-LD, checked identifiers.</summary>
public sealed class ReferenceTests
{
    private const string Papers = """
        sources:
          - title: "Updated International Clinical Recommendations on Scar Management: Part 2 Algorithms for Scar Prevention and Treatment"
            authors: ["Gold MH", "McGuire M", "Mustoe TA", "Pusic A", "Sachdev M", "Waibel J", "Murcia C"]
            journal: "Dermatol Surg"
            year: 2014
            volume: 40
            issue: 8
            pages: "825-831"
            doi: "https://doi.org/10.1111/dsu.0000000000000050"
            pmid: 25068544
          - title: "Management of keloids and hypertrophic scars"
            authors: ["Juckett G", "Hartman-Adams H"]
            journal: "Am Fam Physician"
            year: 2009
            volume: 80
            issue: 3
            pages: "253-260"
            pmid: 19621835
          - title: "Does silicone help?"
            doi: "10.1000/xyz-123"
          - title: "NHS: Keloids"
            url: "https://www.nhs.uk/conditions/keloids/"
        """;

    [Fact]
    public void Papers_are_listed_in_ama_style_with_links_to_doi_and_pubmed()
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("Keloids", "Text.\n", Papers)}").AssertNoErrors();
        var items = site.Html("blog/a/index.html").QuerySelectorAll("#references li");
        Assert.Equal(
        [
            "Gold MH, McGuire M, Mustoe TA, et al. Updated international clinical recommendations on scar management: Part 2 algorithms for scar prevention and treatment. Dermatol Surg. 2014;40(8):825-831. doi:10.1111/dsu.0000000000000050 PMID: 25068544",
            "Juckett G, Hartman-Adams H. Management of keloids and hypertrophic scars. Am Fam Physician. 2009;80(3):253-260. PMID: 19621835",
            "Does silicone help? doi:10.1000/xyz-123",
            "NHS: Keloids",
        ], items.Select(li => li.TextContent));

        var gold = items[0];
        Assert.Equal("https://doi.org/10.1111/dsu.0000000000000050", gold.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Dermatol Surg", gold.QuerySelector("cite")!.TextContent);
        Assert.Equal(["https://doi.org/10.1111/dsu.0000000000000050", "https://doi.org/10.1111/dsu.0000000000000050", "https://pubmed.ncbi.nlm.nih.gov/25068544/"],
            gold.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("https://pubmed.ncbi.nlm.nih.gov/19621835/", items[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("https://www.nhs.uk/conditions/keloids/", items[3].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Papers_are_cited_in_json_ld_as_scholarly_articles_with_their_identifiers()
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("Keloids", "Text.\n", Papers)}").AssertNoErrors();
        var citations = site.JsonLdOne("blog/a/index.html", "BlogPosting").GetProperty("citation").EnumerateArray().ToList();
        Assert.Equal(["ScholarlyArticle", "ScholarlyArticle", "ScholarlyArticle", "CreativeWork"], citations.Select(c => c.GetProperty("@type").GetString()));
        var gold = citations[0];
        Assert.Equal(["https://doi.org/10.1111/dsu.0000000000000050", "https://pubmed.ncbi.nlm.nih.gov/25068544/"],
            gold.GetProperty("sameAs").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(7, gold.GetProperty("author").GetArrayLength());
        Assert.Equal("Gold MH", gold.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("Dermatol Surg", gold.GetProperty("isPartOf").GetProperty("name").GetString());
        Assert.Equal("https://www.nhs.uk/conditions/keloids/", citations[3].GetProperty("url").GetString());
        Assert.False(citations[3].TryGetProperty("sameAs", out _));
    }

    [Theory]
    [InlineData("doi: \"10.11/too-short-registrant\"", "source-doi", 11, true, "is not a DOI")]
    [InlineData("doi: \"not a doi\"", "source-doi", 11, true, "is not a DOI")]
    [InlineData("pmid: \"PMC12345\"", "source-pmid", 11, true, "is not a PubMed ID")]
    [InlineData("pmid: 123456789", "source-pmid", 11, true, "1 to 8 digits")]
    [InlineData("journal: \"Dermatol Surg\"", "source-unidentified", 10, false, "has no url, doi or pmid")]
    [InlineData("pmdi: 25068543", "unknown-key", 11, false, "Did you mean 'pmid'?")]
    public void Check_validates_identifiers_at_their_line(string field, string code, int line, bool isError, string message)
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("A", "Text.\n", $"sources:\n  - title: \"A paper\"\n    {field}")}");
        var diagnostic = site.Single(code);
        Assert.Equal(("input/articles/a.md", line, isError), (diagnostic.File, diagnostic.Line, diagnostic.IsError));
        Assert.Contains(message, diagnostic.Message);
    }

    [Fact]
    public void Six_authors_are_all_named_and_a_title_in_sentence_case_is_kept_as_written()
    {
        using var site = TestSite.Build($$"""
            -- input/articles/a.md --
            {{Md("A", "Text.\n", "sources:\n  - title: \"Fractional CO2 laser for acne scars in Fitzpatrick skin types\"\n    authors: [\"A A\", \"B B\", \"C C\", \"D D\", \"E E\", \"F F\"]\n    journal: \"J Test\"\n    year: 2020\n    pmid: 1")}}
            """).AssertNoErrors();
        Assert.Equal("A A, B B, C C, D D, E E, F F. Fractional CO2 laser for acne scars in Fitzpatrick skin types. J Test. 2020. PMID: 1",
            site.Html("blog/a/index.html").QuerySelector("#references li")!.TextContent);
    }
}
