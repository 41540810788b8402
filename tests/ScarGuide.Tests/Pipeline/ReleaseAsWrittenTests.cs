using System.Text.Json;
using ScarGuide.Content;
using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Pipeline;

/// <summary>
/// A one-shot build (<c>scarguide build</c>, <see cref="BuildOptions.ReleaseAsWritten"/>) lets go of sources, bodies,
/// views and JSON-LD once written, so 100,000 articles fit in memory: it must write exactly what a build that keeps
/// everything writes, feeds and search index included, and the preview (build memory) must keep working.
/// </summary>
public sealed class ReleaseAsWrittenTests
{
    private const string Glossary = """
        terms:
          - term: "Keloid"
            definition: "A raised scar that grows beyond the wound."
            synonyms: ["keloids"]
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_one_shot_build_writes_the_same_site_as_a_build_that_keeps_everything(bool parallel)
    {
        using var site = TestSite.Generated(60);
        site.WriteFile("input/glossary.yml", Glossary);
        site.WriteFile("input/articles/keloid-basics.md", Md("Keloid basics",
            "## What a keloid is\n\nKeloids grow beyond the wound. See [the FAQ](keloid-basics.md#faq-1).\n\n## FAQ\n\n### Do keloids come back?\n\nSometimes, after surgery alone.\n",
            "author: author-1", "reviewer: reviewer-1"));

        site.Rebuild(o => o with { Parallel = parallel });
        var kept = site.FileHashes();
        site.Rebuild(o => o with { Parallel = parallel, ReleaseAsWritten = true });

        Assert.Empty(site.Errors);
        Assert.Equal(kept, site.FileHashes());
        // Written after the bodies are let go: still complete.
        var listed = site.Result.Context.Articles.Count(a => a.IsListed);
        Assert.Equal(listed, site.Files.Keys.Count(p => p.StartsWith("search-index/f/", StringComparison.Ordinal)));
        var fragment = JsonDocument.Parse(site.Text("search-index/f/0.json")).RootElement;
        Assert.NotEqual(0, fragment.GetProperty("s").GetArrayLength());
        var entries = site.Xml("feed.xml").Descendants().Where(e => e.Name.LocalName == "content").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains("<p>", e.Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_one_shot_build_of_two_languages_writes_the_same_site_as_a_build_that_keeps_everything(bool parallel)
    {
        // Article views are made as pages are written in a one-shot build: the language switcher, hreflang, the
        // stale-translation banner and each language's glossary must come out as when views are planned up front.
        using var site = TestSite.Write($"""
            -- input/site.yml --
            {TestSite.TwoLanguageSiteYml}
            -- input/glossary.yml --
            {Glossary}
            -- input/glossary.es.yml --
            terms:
              - term: "Queloide"
                definition: "Una cicatriz elevada que crece más allá de la herida."
            -- input/articles/keloids.md --
            {Md("Keloids", "## What a keloid is\n\nA keloid can itch.\n", "reviewed: 2026-10-01")}
            -- input/articles/keloids.es.md --
            {Md("Queloides", "## Qué es\n\nUn queloide puede picar.\n", "slug: queloides", "source_reviewed: 2026-06-01")}
            -- input/articles/peels.md --
            {Md("Chemical peels", "Peels remove the top layer of skin.\n", "reviewed: 2026-10-01")}
            """);

        site.Rebuild(o => o with { Parallel = parallel });
        var kept = site.FileHashes();
        var warnings = site.Result.Diagnostics.Select(d => d.ToString()).ToList();
        site.Rebuild(o => o with { Parallel = parallel, ReleaseAsWritten = true });

        Assert.Empty(site.Errors);
        Assert.Equal(kept, site.FileHashes());
        Assert.Equal(warnings, site.Result.Diagnostics.Select(d => d.ToString()).ToList());
        Assert.NotEmpty(site.Html("es/blog/queloides/index.html").QuerySelectorAll("link[hreflang]"));
    }

    [Fact]
    public void A_one_shot_build_lets_go_of_sources_bodies_plain_text_views_and_json_ld()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("Silicone gel for scars", "## How it works\n\nSilicone gel sheets flatten raised scars over months.\n")}
            """, o => o with { ReleaseAsWritten = true });

        site.AssertNoErrors();
        var article = Assert.Single(site.Result.Context.Articles);
        Assert.Equal("", article.Body);
        Assert.Equal("", article.Rendered.Html);
        Assert.Equal("", article.Rendered.PlainText); // let go once the search index analysed it
        Assert.Throws<InvalidOperationException>(() => site.Result.Context.RelatedIndex); // once every list was made
        Assert.Equal("How it works", Assert.Single(article.Rendered.Headings).Text);
        var page = site.Result.PlannedPages.Single(p => p.Source == article);
        Assert.Throws<InvalidOperationException>(() => page.View);
        // The page itself was written with its JSON-LD and body.
        Assert.NotEmpty(site.JsonLd("blog/a/index.html", "MedicalWebPage"));
        Assert.Contains("Silicone gel sheets flatten", site.Html("blog/a/index.html").QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        // And the search index has its text, analysed before it was let go.
        Assert.Contains("Silicone gel sheets flatten", site.Text("search-index/f/0.json"), StringComparison.Ordinal);
        // "flatten" is in the body alone: its word made it into the index's chunks.
        Assert.Contains(site.Files.Keys.Where(p => p.StartsWith("search-index/c/", StringComparison.Ordinal)),
            p => site.Text(p).Contains("\"flatten\":", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_held_outside_the_heap_reads_as_the_same_text_until_it_is_freed()
    {
        // Several builder chunks, and letters of two and three bytes, some split across chunks.
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < 2_000; i++) builder.Append("Cicatrices hipertróficas — ").Append(i).Append(' ');
        var text = builder.ToString();
        var outside = Utf8Text.From(builder, outsideHeap: true);
        var inside = Utf8Text.From(builder);

        Assert.Equal(text, outside.ToString());
        Assert.Equal(inside, outside);
        Assert.Equal(inside.GetHashCode(), outside.GetHashCode());
        Assert.True(outside.TryGetUtf8(out var utf8));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text), utf8.ToArray());
        var written = new StringWriter();
        outside.WriteTo(written);
        Assert.Equal(text, written.ToString());
        var file = Utf8Text.FromUtf8(System.Text.Encoding.UTF8.GetBytes(text), outsideHeap: true);
        Assert.Equal(text, file.ToString());

        outside.Free();
        Assert.True(outside.IsEmpty);
        Assert.Equal("", outside.ToString());
        outside.Free(); // freed once: a second call changes nothing
        inside.Free(); // a text on the heap is the collector's
        Assert.Equal(text, inside.ToString());
        file.Free();
        Assert.Equal(0, file.LengthBound);
    }

    [Fact]
    public void Without_the_option_nothing_is_let_go()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("Silicone gel for scars", "Silicone gel sheets flatten raised scars over months.\n")}
            """);

        var article = Assert.Single(site.Result.Context.Articles);
        Assert.Contains("Silicone gel sheets flatten", article.Body, StringComparison.Ordinal);
        Assert.Contains("<p>Silicone gel sheets flatten", article.Rendered.Html, StringComparison.Ordinal);
        Assert.Contains("Silicone gel sheets flatten", article.Rendered.PlainText, StringComparison.Ordinal);
        Assert.True(site.Result.Context.RelatedIndex.Contains(article.Slug));
        var page = site.Result.PlannedPages.Single(p => p.Source == article);
        Assert.Contains("MedicalWebPage", page.JsonLd, StringComparison.Ordinal);
        Assert.Contains("Silicone gel sheets flatten", page.View.Article!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void With_build_memory_the_option_is_ignored_and_rebuilds_after_an_edit_match_a_full_build()
    {
        using var site = TestSite.Write($"""
            -- input/glossary.yml --
            {Glossary}
            -- input/articles/a.md --
            {Md("Silicone gel for scars", "Silicone gel sheets flatten keloids over months.\n", "tags: [\"silicone\"]")}
            -- input/articles/b.md --
            {Md("Silicone sheets after surgery", "Sheets of silicone soften scars after surgery.\n", "tags: [\"silicone\"]")}
            """);
        var memory = new BuildMemory();
        var options = site.Options(o => o with { ReleaseAsWritten = true });
        SiteBuilder.Build(options, new MemoryOutput(), memory);

        site.Edit("input/articles/b.md", text => text.Replace("soften scars", "soften keloids and scars", StringComparison.Ordinal));
        var again = new MemoryOutput();
        var rebuilt = SiteBuilder.Build(options, again, memory);
        var full = new MemoryOutput();
        SiteBuilder.Build(site.Options(), full);

        Assert.Equal(TestSite.Hashes(full.Files), TestSite.Hashes(again.Files));
        Assert.Contains("soften keloids", rebuilt.Context.Articles.Single(a => a.Slug == "b").Body, StringComparison.Ordinal);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(again.Files["blog/b/index.html"]));
        Assert.Contains("soften keloids", page.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".prose button.term"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_one_shot_build_reads_sources_as_it_parses_them_with_the_same_diagnostics(bool parallel)
    {
        // ReadSources only lists the files of a one-shot build; ParseFrontMatter reads each as it parses it. Encoding
        // problems, control characters, byte-order marks and CRLF must come out as when every file is read up front.
        using var site = TestSite.Write($"""
            -- input/articles/pasted.md --
            {Md("Pasted", "Ring\u0001 text\u000b.\n")}
            -- input/articles/windows.md --
            {Md("Saved on Windows", "Line one.\n\nLine two.\n").Replace("\n", "\r\n", StringComparison.Ordinal)}
            """);
        var bytes = System.Text.Encoding.UTF8.GetBytes(Md("Latin", "Caf\u00e9 line.\n")).ToList();
        bytes.RemoveAt(bytes.IndexOf(0xC3)); // a lone 0xA9 byte: not UTF-8
        site.WriteBytes("input/articles/latin.md", [.. bytes]);
        site.WriteBytes("input/articles/marked.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Md("Marked", "With a byte-order mark.\n"))]);

        site.Rebuild(o => o with { Parallel = parallel });
        var kept = site.FileHashes();
        var diagnostics = site.Result.Diagnostics.Select(d => d.ToString()).ToList();
        var content = site.Result.Context.Content.Select(p => p.SourcePath).ToList();
        site.Rebuild(o => o with { Parallel = parallel, ReleaseAsWritten = true });

        Assert.Equal(diagnostics, site.Result.Diagnostics.Select(d => d.ToString()).ToList());
        Assert.Equal(10, site.Single("not-utf8").Line);
        Assert.Equal(2, site.Diagnostics.Count(d => d.Code == "control-character"));
        Assert.Equal(content, site.Result.Context.Content.Select(p => p.SourcePath).ToList());
        Assert.Equal(3, content.Count); // the file that is not UTF-8 is left out
        Assert.Equal(kept, site.FileHashes());
        Assert.Equal("Ring text.", site.Html("blog/pasted/index.html").QuerySelector(".prose p")!.TextContent);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_one_shot_build_takes_bodies_from_the_files_bytes_with_their_characters_and_lines_intact(bool parallel)
    {
        // Files that need no repair are parsed from their bytes and each body is copied as UTF-8 from where the front
        // matter ends: characters of two, three and four bytes before and in the body must not shift it, and files
        // that do need one (two byte-order marks, a lone carriage return) take the path that repairs them.
        using var site = TestSite.Write($"""
            -- input/articles/accents.md --
            {Md("Café naïve — ünïcode 😀 title", "Señor’s café 😀 text.\n\n## Über — 😀\n\nLast line: ✓.\n", "description: \"Crème brûlée — a description long enough for search engines to show it, 😀 and all.\"")}
            -- input/articles/plain.md --
            {Md("Plain", "Plain text.\n\n## Part\n\nSee [below](#nowhere).\n")}
            """);
        site.WriteBytes("input/articles/marked-twice.md", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Md("Marked twice", "Twice marked.\n"))]);
        site.WriteFile("input/articles/lone-cr.md", Md("Lone return", "One line.\rAnother line.\n"));

        site.Rebuild(o => o with { Parallel = parallel });
        var kept = site.FileHashes();
        var diagnostics = site.Result.Diagnostics.Select(d => d.ToString()).ToList();
        site.Rebuild(o => o with { Parallel = parallel, ReleaseAsWritten = true });

        Assert.Equal(diagnostics, site.Result.Diagnostics.Select(d => d.ToString()).ToList());
        Assert.Equal(kept, site.FileHashes());
        var page = site.Html("blog/accents/index.html");
        Assert.Equal("Señor’s café 😀 text.", page.QuerySelector(".prose p")!.TextContent);
        Assert.Equal("Über — 😀", page.QuerySelector(".prose h2")!.TextContent.Trim());
        Assert.Equal(4, site.Result.Context.Content.Count);
        var anchor = site.Single("broken-anchor");
        Assert.Equal(("input/articles/plain.md", 14), (anchor.File, anchor.Line));
    }

    [Fact]
    public void A_one_shot_build_compacts_the_heap_after_the_steps_that_let_go_of_much_once_it_is_large()
    {
        using var site = TestSite.Generated(20);
        // Under the threshold (1 GiB by default, more than a site of 10,000 articles holds): the collector's own schedule.
        site.Rebuild(o => o with { ReleaseAsWritten = true, CompactHeapAbove = long.MaxValue });
        var small = site.FileHashes();
        Assert.Equal(0, site.Result.HeapCompactions);

        // Past it: after front matter, Markdown, related, search analysis and templates, and the output is the same.
        var gen2 = GC.CollectionCount(2);
        site.Rebuild(o => o with { ReleaseAsWritten = true, CompactHeapAbove = 0 });
        Assert.Equal(5, site.Result.HeapCompactions);
        Assert.True(GC.CollectionCount(2) >= gen2 + 5);
        Assert.Equal(small, site.FileHashes());

        // A build that keeps everything for later (report, diff, preview) has nothing to gain from it.
        site.Rebuild(o => o with { CompactHeapAbove = 0 });
        Assert.Equal(0, site.Result.HeapCompactions);
        Assert.Equal(small, site.FileHashes());
    }

    [Fact]
    public void Text_held_as_utf8_reads_back_exactly_even_with_an_unpaired_surrogate()
    {
        foreach (var text in new[] { "", "plain", "Narben – cicatrices 🩹", "lone \uD800 half" })
        {
            Assert.Equal(text, Utf8Text.From(text).ToString());
            Assert.Equal(Utf8Text.From(text), Utf8Text.From(text));
        }
        Assert.NotEqual(Utf8Text.From("a"), Utf8Text.From("b"));
    }
}
