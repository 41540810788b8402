using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Related;

/// <summary>Related lists as readers see them: pinned first, exclusions, determinism.</summary>
public sealed class RelatedArticlesSiteTests
{
    private static readonly string Corpus = $"""
        -- input/articles/microneedling.md --
        {Md("Microneedling for acne scars", "Microneedling builds collagen to soften rolling and boxcar acne scars over several sessions.\n", "tags: [\"microneedling\", \"acne scars\", \"collagen\"]", "categories: [\"Procedures\"]")}
        -- input/articles/acne-types.md --
        {Md("Acne scar types", "Rolling, boxcar and ice pick acne scars respond differently; collagen loss shapes them.\n", "tags: [\"acne scars\", \"collagen\"]", "categories: [\"Acne\"]", "date: 2026-03-01")}
        -- input/articles/subcision.md --
        {Md("Subcision for rolling scars", "Subcision releases tethered rolling acne scars; microneedling often follows.\n", "tags: [\"acne scars\", \"subcision\"]", "categories: [\"Procedures\"]", "date: 2026-02-01")}
        -- input/articles/laser.md --
        {Md("Fractional laser", "Fractional laser resurfacing remodels collagen in acne scars and surgical scars.\n", "tags: [\"laser\", \"collagen\"]", "categories: [\"Procedures\"]", "date: 2026-01-20")}
        -- input/articles/sun.md --
        {Md("Sun protection news", "Sunscreen with SPF 30 protects healing skin from ultraviolet light and pigmentation.\n", "tags: [\"sun protection\"]", "categories: [\"Aftercare\"]", "date: 2026-03-10")}
        -- input/articles/hidden.md --
        {Md("Hidden microneedling acne scars", "Microneedling collagen acne scars rolling boxcar.\n", "tags: [\"microneedling\", \"acne scars\", \"collagen\"]", "noindex: true", "date: 2026-03-02")}
        -- input/articles/draft.md --
        {Md("Draft microneedling acne scars", "Microneedling collagen acne scars rolling boxcar.\n", "tags: [\"microneedling\", \"acne scars\", \"collagen\"]", "draft: true", "date: 2026-03-03")}
        -- input/articles/future.md --
        {Md("Future microneedling acne scars", "Microneedling collagen acne scars rolling boxcar.\n", "tags: [\"microneedling\", \"acne scars\", \"collagen\"]", "date: 2027-03-03")}
        """;

    private static IReadOnlyList<string> Related(TestSite site, string slug) =>
        site.Html($"blog/{slug}/index.html").QuerySelectorAll("#related .card__title a")
            .Select(a => a.GetAttribute("href")!.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]).ToList();

    [Fact]
    public void Topical_articles_rank_first_and_unrelated_ones_do_not_appear()
    {
        using var site = TestSite.Build(Corpus);
        var related = Related(site, "microneedling");
        Assert.Equal(["acne-types", "subcision"], related.Take(2).Order());
        Assert.DoesNotContain("sun", related);
    }

    [Fact]
    public void Self_drafts_future_and_noindex_articles_never_appear()
    {
        using var site = TestSite.Build(Corpus);
        foreach (var slug in new[] { "microneedling", "acne-types", "subcision", "laser", "sun" })
        {
            var related = Related(site, slug);
            Assert.DoesNotContain(slug, related);
            Assert.DoesNotContain("hidden", related);
            Assert.DoesNotContain("draft", related);
            Assert.DoesNotContain("future", related);
        }
    }

    [Fact]
    public void Pinned_articles_come_first_even_when_they_score_low()
    {
        using var site = TestSite.Write(Corpus);
        site.WriteFile("input/articles/microneedling.md", Md("Microneedling for acne scars",
            "Microneedling builds collagen to soften rolling and boxcar acne scars over several sessions.\n",
            "tags: [\"microneedling\", \"acne scars\", \"collagen\"]", "categories: [\"Procedures\"]", "related: [\"sun\", \"microneedling\", \"missing\"]"));
        site.Rebuild();
        var related = Related(site, "microneedling");
        Assert.Equal("sun", related[0]);
        Assert.Equal(1, related.Count(r => r == "acne-types"));
        Assert.Equal("input/articles/microneedling.md", site.Single("related-unknown").File);
    }

    [Fact]
    public void Lists_are_stable_across_builds_and_when_an_unrelated_article_is_added()
    {
        using var site = TestSite.Write(Corpus);
        site.Rebuild();
        var slugs = new[] { "microneedling", "acne-types", "subcision", "laser" };
        var before = slugs.ToDictionary(s => s, s => Related(site, s));
        site.Rebuild();
        Assert.All(slugs, s => Assert.Equal(before[s], Related(site, s)));

        site.WriteFile("input/articles/burns.md", Md("Burn scar pressure garments",
            "Pressure garments and grafts manage contracture after burns.\n", "tags: [\"burns\"]", "categories: [\"Burns\"]", "date: 2026-03-05"));
        site.Rebuild();
        Assert.All(slugs, s => Assert.Equal(before[s], Related(site, s)));
    }

    [Fact]
    public void Count_comes_from_site_configuration()
    {
        using var site = TestSite.Build(Corpus + $"\n-- input/site.yml --\n{TestSite.DefaultSiteYml}\nrelated:\n  count: 2\n");
        Assert.Equal(2, Related(site, "microneedling").Count);
    }
}
