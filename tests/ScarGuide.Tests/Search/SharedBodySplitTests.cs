using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Search;

/// <summary>
/// Each body is split into words once, for the related index and the search analysis both (RelateArticles keeps the
/// search counts): neither may lose a word of the body, the build with memory (which does not split unchanged bodies
/// again) included.
/// </summary>
public sealed class SharedBodySplitTests
{
    private static IReadOnlyList<string> Related(TestSite site, string slug) =>
        site.Html($"blog/{slug}/index.html").QuerySelectorAll("#related .card__title a")
            .Select(a => a.GetAttribute("href")!.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]).ToList();

    private static List<string> Titles(TestSite site, string word)
    {
        var index = new SearchIndexReader(site.Files);
        return index.Find(word).Select(h => index.Fragment(h.Doc).GetProperty("t").GetString()!).Order(StringComparer.Ordinal).ToList();
    }

    // Words only in the bodies: a and b share one, c and d another; titles, tags and headings share nothing.
    private static readonly string Site = $"""
        -- input/articles/a.md --
        {Md("Alpha", "Isotretinoin was taken daily. Isotretinoin dries lips.\n")}
        -- input/articles/b.md --
        {Md("Bravo", "Clinicians prescribe isotretinoin carefully.\n")}
        -- input/articles/c.md --
        {Md("Charlie", "Cryotherapy freezes warts. Cryotherapy stings.\n")}
        -- input/articles/d.md --
        {Md("Delta", "Liquid nitrogen cryotherapy, again.\n")}
        """;

    [Fact]
    public void A_word_only_in_the_bodies_finds_both_articles_and_relates_them()
    {
        using var site = TestSite.Build(Site);

        Assert.Equal(["Alpha", "Bravo"], Titles(site, "isotretinoin"));
        Assert.Equal(["Charlie", "Delta"], Titles(site, "cryotherapy"));
        Assert.Equal(["b"], Related(site, "a"));
        Assert.Equal(["a"], Related(site, "b"));
        Assert.Equal(["d"], Related(site, "c"));
    }

    [Fact]
    public void A_rebuild_with_memory_keeps_the_body_words_of_unchanged_articles()
    {
        using var site = TestSite.Write(Site);
        var memory = new BuildMemory();
        site.BuildWithMemoryAndCompare(memory);
        site.WriteFile("input/articles/d.md", Md("Delta", "Liquid nitrogen cryotherapy, once more.\n"));

        // The rebuild writes what a full build writes (asserted there), which has every body word.
        site.BuildWithMemoryAndCompare(memory);
        site.Rebuild();

        Assert.Equal(["Alpha", "Bravo"], Titles(site, "isotretinoin"));
        Assert.Equal(["Charlie", "Delta"], Titles(site, "cryotherapy"));
        Assert.Equal(["b"], Related(site, "a"));
        Assert.Equal(["c"], Related(site, "d"));
    }

    [Fact]
    public void A_word_after_a_combining_mark_relates_articles_as_its_own_word_while_search_keeps_the_whole_word()
    {
        // The search splitter keeps a combining mark inside a word; the related index splits there (TokenReader).
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("Alpha", "Qx\u0301isotretinoin daily.\n")}
            -- input/articles/b.md --
            {Md("Bravo", "Clinicians prescribe isotretinoin carefully.\n")}
            -- input/articles/c.md --
            {Md("Charlie", "Cryotherapy freezes warts.\n")}
            -- input/articles/d.md --
            {Md("Delta", "Liquid nitrogen cryotherapy.\n")}
            """);

        Assert.Equal(["b"], Related(site, "a"));
        Assert.Equal(["Bravo"], Titles(site, "isotretinoin"));
    }

    [Fact]
    public void A_glossary_name_is_found_across_the_ends_of_a_long_body_and_inside_it()
    {
        using var site = TestSite.Build($"""
            -- input/glossary.yml --
            terms:
              - term: "Keloid"
                definition: "A raised scar that grows beyond the edges of the original wound."
                synonyms: ["raised scar"]
            -- input/articles/end.md --
            {Md("Ends", "Some scars stay flat for years, but this one became raised\n", "faq:\n  - q: \"Does it itch?\"\n    a: \"Scar tissue often itches.\"")}
            -- input/articles/start.md --
            {Md("Starts", "Scar tissue after surgery may thicken over many months.\n", "faq:\n  - q: \"Is it raised\"\n    a: \"Sometimes.\"")}
            -- input/articles/middle.md --
            {Md("Middle", "After surgery a raised scar may thicken over many months.\n")}
            -- input/articles/none.md --
            {Md("None", "A scar that is raised is not always worse than a flat one.\n")}
            """);

        Assert.Equal(["Ends", "Middle", "Starts"], Titles(site, "keloid"));
    }
}
