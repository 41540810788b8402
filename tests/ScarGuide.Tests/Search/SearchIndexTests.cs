using System.Text.Json;
using ScarGuide.Pipeline;
using ScarGuide.Search;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Search;

public sealed class SearchIndexTests
{
    [Fact]
    public void A_word_only_in_the_body_finds_its_article_and_the_fragment_holds_the_section_and_its_anchor()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("Acne scars", "Intro.\n\n## Tablets first\n\nSome people take isotretinoin for months before any treatment.\n")}
            -- input/articles/b.md --
            {Md("Burn scars", "Nothing about tablets here.\n")}
            -- input/articles/hidden.md --
            {Md("Hidden", "Isotretinoin again.\n", "noindex: true")}
            """, o => o with { BaseUrl = "https://example.org/guide/" });
        var index = new SearchIndexReader(site.Files);

        var hits = index.Find("isotretinoin");

        var hit = Assert.Single(hits);
        var fragment = index.Fragment(hit.Doc);
        Assert.Equal("Acne scars", fragment.GetProperty("t").GetString());
        Assert.Equal("/guide/blog/a/", fragment.GetProperty("u").GetString());
        var section = fragment.GetProperty("s").EnumerateArray().Single(s => s[2].GetString()!.Contains("isotretinoin"));
        Assert.Equal("Tablets first", section[0].GetString());
        Assert.Equal("tablets-first", section[1].GetString());
        Assert.Equal(2, index.Manifest.GetProperty("n").GetInt32());
    }

    [Fact]
    public void Word_forms_share_an_english_stem_and_stop_words_are_left_out()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("Aftercare", "Scarring fades after a while. The redness lasted weeks.\n")}
            """);
        var index = new SearchIndexReader(site.Files);

        Assert.Single(index.Find("scars"));
        Assert.Single(index.Find("scarred"));
        Assert.Single(index.Find("lasting"));
        var stop = index.Manifest.GetProperty("stop").EnumerateArray().Select(w => w.GetString()).ToList();
        // Lucene's short English list and Snowball's longer one ("after", "while"), as the other languages have.
        Assert.Contains("the", stop);
        Assert.Contains("after", stop);
        Assert.Empty(index.Find("the"));
        Assert.Empty(index.Find("after"));
        Assert.Single(index.Find("aftercare"));
    }

    [Theory]
    [InlineData("es"), InlineData("fr"), InlineData("de"), InlineData("it"), InlineData("pt"), InlineData("nl")]
    public void Stop_words_are_the_snowball_lists_that_lucenes_analyzers_use(string language)
    {
        // The lists are read without Lucene's loader (it compiles a regular expression); they must be the same words.
        Lucene.Net.Analysis.Util.CharArraySet lucene = language switch
        {
            "es" => Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet,
            "fr" => Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet,
            "de" => Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet,
            "it" => Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet,
            "pt" => Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet,
            _ => Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet,
        };
        var expected = lucene.Select(w => w!).Where(w => w.Length > 0 && w.All(char.IsLetterOrDigit)).Select(SearchAnalyzer.Fold).ToHashSet();

        Assert.True(expected.Count > 30, $"{expected.Count} words");
        Assert.Equal(expected.Order(StringComparer.Ordinal), SearchAnalyzer.For(language).StopWords.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void English_stop_words_are_snowballs_list_and_lucenes_default()
    {
        var stops = SearchAnalyzer.For("en").StopWords;
        Assert.Contains("after", stops);   // Snowball's list (Lucene's default keeps it)
        Assert.Contains("such", stops);    // Lucene's default
        Assert.Contains("ourselves", stops);
        Assert.DoesNotContain("scar", stops);
        Assert.DoesNotContain("i'm", stops);
    }

    [Fact]
    public void The_fast_word_splitter_agrees_with_the_plain_one_on_accents_digits_marks_and_punctuation()
    {
        var analyzer = SearchAnalyzer.For("es");
        const string text = "Cicatrización—ÉXITO, naïve café2 e\u0301x 5-FU; ñandú… CO2/laser x\u0301\u0301 \u0301solo " +
            "averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword end";
        var words = new List<string>();

        analyzer.Terms(text, ref words, static (ref List<string> list, SearchAnalyzer.Term term) => list.Add(term.Folded));

        Assert.Equal(SearchAnalyzer.Words(text).Select(SearchAnalyzer.Fold), words);
        Assert.Contains("cicatrizacion", words);
        Assert.Contains("cafe2", words);
    }

    [Fact]
    public void Title_and_heading_matches_score_above_body_matches()
    {
        using var site = TestSite.Build($"""
            -- input/articles/body.md --
            {Md("Aftercare basics", "Some clinics offer laser treatment.\n", "date: 2026-03-15")}
            -- input/articles/heading.md --
            {Md("Options", "Intro.\n\n## Laser\n\nText.\n", "date: 2026-03-14")}
            -- input/articles/title.md --
            {Md("Laser for scars", "Text.\n", "date: 2026-03-13")}
            """);
        var index = new SearchIndexReader(site.Files);

        var ranked = index.Find("laser").OrderByDescending(h => h.Score).Select(h => index.Fragment(h.Doc).GetProperty("t").GetString()).ToList();

        Assert.Equal(["Laser for scars", "Options", "Aftercare basics"], ranked);
    }

    [Fact]
    public void A_word_said_throughout_a_body_counts_over_a_third_of_a_title_match()
    {
        // The body's weight decides whether an article about a word can outrank one that names it once in its title
        // when a query has other words too: at a twelfth of the title's it could not ("sunscreen after laser" found
        // laser articles with a sunscreen tag above sunscreen articles that discuss laser throughout).
        var about = string.Join(" ", Enumerable.Repeat("Laser settings matter.", 12));
        using var site = TestSite.Build($"""
            -- input/articles/about.md --
            {Md("Aftercare basics", about + "\n", "date: 2026-03-15")}
            -- input/articles/title.md --
            {Md("Laser for scars", "Text.\n", "date: 2026-03-13")}
            """);
        var index = new SearchIndexReader(site.Files);
        double Raw(string title) => index.Find("laser").Where(h => index.Fragment(h.Doc).GetProperty("t").GetString() == title)
            .Select(h => (Math.Exp(h.Score / 10.0) - 1) / 8).Single();

        Assert.True(Raw("Aftercare basics") > Raw("Laser for scars") / 3, $"{Raw("Aftercare basics")} against {Raw("Laser for scars")}");
    }

    [Fact]
    public void A_glossary_synonym_finds_articles_that_use_another_name_of_the_term()
    {
        using var site = TestSite.Build($"""
            -- input/glossary.yml --
            terms:
              - term: "Keloid"
                definition: "A raised scar that grows beyond the edges of the original wound."
                synonyms: ["raised scar"]
            -- input/articles/a.md --
            {Md("Thick scars", "A raised scar can itch for months.\n")}
            -- input/articles/b.md --
            {Md("Flat scars", "A scar that is raised is not always worse.\n")}
            """);
        var index = new SearchIndexReader(site.Files);

        var hit = Assert.Single(index.Find("keloid"));
        Assert.Equal("Thick scars", index.Fragment(hit.Doc).GetProperty("t").GetString());
    }

    [Fact]
    public void Markup_in_a_body_is_kept_as_text_in_the_fragment()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("Code", "Write `<script>alert(1)</script>` to test isotretinoin pages.\n")}
            """);
        var index = new SearchIndexReader(site.Files);

        var fragment = index.Fragment(Assert.Single(index.Find("isotretinoin")).Doc);

        Assert.Contains("<script>alert(1)</script>", fragment.GetProperty("s")[0][2].GetString());
    }

    [Theory]
    [InlineData("<p>A <strong>brief</strong> sting &amp; warmth,\n  then   more.</p>\n")]
    [InlineData("  a < b and c > d  ")]
    [InlineData("x<y")]
    [InlineData("<p>one</p><p>two</p>")]
    [InlineData("&lt;p&gt; &#233;t&eacute;\t\u00a0end")]
    [InlineData("")]
    [InlineData("<br>")]
    [InlineData("text < with <b>tag</b>")]
    public void A_faq_answer_text_is_what_stripping_tags_decoding_and_collapsing_white_space_gives(string html)
    {
        // The plain definition the one-pass version must agree with.
        var stripped = System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", " ");
        var expected = string.Join(' ', System.Net.WebUtility.HtmlDecode(stripped).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(expected, WriteSearchIndex.PlainFromHtml(html));
    }

    [Fact]
    public void A_faq_answer_is_searchable_text_and_a_long_accented_section_is_cut_at_a_word_break()
    {
        var longSection = string.Concat(Enumerable.Repeat("Cicatrización lenta ", 200));
        using var site = TestSite.Build($$"""
            -- input/articles/a.md --
            {{Md("Questions", $"## Sección larga\n\n{longSection}\n", "faq:\n  - q: \"Does it sting?\"\n    a: \"A **brief** sting &amp; warmth,\\n  then isotretinoin  is < 1% of cases.\"")}}
            """);
        var index = new SearchIndexReader(site.Files);

        var fragment = index.Fragment(Assert.Single(index.Find("isotretinoin")).Doc);
        var sections = fragment.GetProperty("s").EnumerateArray().ToList();

        Assert.Equal(["Does it sting?", "faq-1", "A brief sting & warmth, then isotretinoin is < 1% of cases."],
            sections[^1].EnumerateArray().Select(e => e.GetString()));
        var cut = sections.Single(x => x[0].GetString() == "Sección larga")[2].GetString()!;
        Assert.EndsWith("lenta…", cut);
        Assert.True(cut.Length <= WriteSearchIndex.SectionText + 1, $"{cut.Length} characters");
        Assert.StartsWith("Cicatrización lenta Cicatrización", cut);
    }

    [Fact]
    public void Spanish_articles_get_their_own_index_with_spanish_stems()
    {
        using var site = TestSite.Build($"""
            -- input/site.yml --
            {TestSite.TwoLanguageSiteYml}
            -- input/articles/peels.md --
            {Md("Chemical peels", "Peels remove the top layer of skin. Several treatments help.\n")}
            -- input/articles/peels.es.md --
            {Md("Peelings químicos", "Los tratamientos quitan la capa de arriba de la piel.\n", "slug: peelings-quimicos")}
            """);
        var english = new SearchIndexReader(site.Files);
        var spanish = new SearchIndexReader(site.Files, "es/");

        Assert.Equal("es", spanish.Manifest.GetProperty("lang").GetString());
        Assert.Equal(1, spanish.Manifest.GetProperty("n").GetInt32());
        var hit = Assert.Single(spanish.Find("tratamiento"));
        Assert.Equal("/es/blog/peelings-quimicos/", spanish.Fragment(hit.Doc).GetProperty("u").GetString());
        Assert.Single(spanish.Find("quimicos"));
        Assert.Empty(english.Find("tratamiento"));
        // Accents are folded in the index as the browser folds a query: "capa de arriba" has none, "químicos" has.
        Assert.Contains("quimic", spanish.ChunkDocuments().SelectMany(c => c.GetProperty("s").EnumerateArray()).Select(s => s[0].GetString()));
        Assert.DoesNotContain(spanish.ChunkDocuments().SelectMany(c => c.GetProperty("w").EnumerateObject()), f => f.Name.Any(ch => ch > 0x7f));
        Assert.Empty(spanish.Find("treatments"));
        Assert.Single(english.Find("treatment"));
    }

    [Fact]
    public void The_index_is_the_same_bytes_serial_or_parallel_and_from_one_build_to_the_next()
    {
        using var site = TestSite.Generated(120);
        site.Rebuild().AssertNoErrors();
        var first = Search(site.FileHashes());
        site.Rebuild(o => o with { Parallel = false }).AssertNoErrors();

        Assert.Equal(first, Search(site.FileHashes()));
        Assert.True(first.Count > 120);

        static List<KeyValuePair<string, string>> Search(Dictionary<string, string> hashes) =>
            hashes.Where(h => h.Key.StartsWith("search-index", StringComparison.Ordinal)).OrderBy(h => h.Key, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Postings_round_trip_through_their_text_encoding()
    {
        List<(int, int)> list = [(0, 1), (1, 63), (31, 5), (32, 6), (1_000, 7), (40_000, 8)];

        Assert.Equal(list, WriteSearchIndex.DecodePostings(WriteSearchIndex.EncodePostings(list)));
    }

    [Fact]
    public void At_a_thousand_articles_chunks_stay_small_and_a_common_word_downloads_little()
    {
        using var site = TestSite.Generated(1000);
        site.Rebuild().AssertNoErrors();
        var index = new SearchIndexReader(site.Files);

        Assert.True(site.Files["search-index.json"].Length < 20_000, $"manifest is {site.Files["search-index.json"].Length:N0} bytes");
        foreach (var (prefix, path) in index.Chunks)
        {
            var size = site.Files[path.GetString()!].Length;
            Assert.True(size <= WriteSearchIndex.ChunkTarget || prefix.Length == WriteSearchIndex.LongestPrefix,
                $"chunk {prefix} is {size:N0} bytes");
        }
        Assert.Equal(1000, index.Find("scar").Count);
        Assert.True(index.BytesFor("scar") < 2 * 1000 + WriteSearchIndex.ChunkTarget, $"{index.BytesFor("scar"):N0} bytes for 'scar'");
    }
}

/// <summary>Reads a built index the way search.js does: manifest, the chunk of a word's prefix, then postings.</summary>
internal sealed class SearchIndexReader
{
    private readonly IReadOnlyDictionary<string, byte[]> _files;
    private readonly string _root;

    public SearchIndexReader(IReadOnlyDictionary<string, byte[]> files, string root = "")
    {
        _files = files;
        _root = root;
        Manifest = JsonDocument.Parse(files[root + "search-index.json"]).RootElement;
    }

    public JsonElement Manifest { get; }

    public IEnumerable<(string Prefix, JsonElement Path)> Chunks =>
        Manifest.GetProperty("c").EnumerateObject().Select(p => (p.Name, p.Value));

    public IEnumerable<JsonElement> ChunkDocuments() =>
        Chunks.Select(c => JsonDocument.Parse(_files[_root + c.Path.GetString()]).RootElement);

    private string? ChunkPath(string word)
    {
        var chunks = Manifest.GetProperty("c");
        for (var n = Math.Min(4, word.Length); n >= 1; n--)
            if (chunks.TryGetProperty(word[..n], out var path)) return _root + path.GetString();
        return null;
    }

    /// <summary>
    /// The articles holding the stem of <paramref name="word"/>, with their scores, found as the browser finds them: the
    /// word as a form of the site, else a stem of four letters or more that the word starts with, at most four letters shorter.
    /// </summary>
    public List<(int Doc, int Score)> Find(string word)
    {
        var path = ChunkPath(word);
        if (path is null) return [];
        var chunk = JsonDocument.Parse(_files[path]).RootElement;
        var stems = chunk.GetProperty("s").EnumerateArray().ToList();
        List<int> found;
        if (chunk.GetProperty("w").TryGetProperty(word, out var at))
            found = at.ValueKind == JsonValueKind.Array ? at.EnumerateArray().Select(e => e.GetInt32()).ToList() : [at.GetInt32()];
        else
            found = stems.Select((s, i) => (Stem: s[0].GetString()!, i))
                .Where(s => s.Stem.Length >= 4 && word.Length - s.Stem.Length <= 4 && word.StartsWith(s.Stem, StringComparison.Ordinal))
                .Select(s => s.i).ToList();
        return found.SelectMany(i => WriteSearchIndex.DecodePostings(Postings(stems[i][2].GetString()!))).ToList();
    }

    /// <summary>Bytes the browser downloads to look up one word: its chunk and, for a frequent word, its postings file.</summary>
    public int BytesFor(string word)
    {
        var path = ChunkPath(word)!;
        var chunk = JsonDocument.Parse(_files[path]).RootElement;
        var postings = chunk.GetProperty("s")[chunk.GetProperty("w").GetProperty(word).GetInt32()][2].GetString()!;
        return _files[path].Length + (postings.StartsWith('@') ? _files[PostingsPath(postings)].Length : 0);
    }

    private string PostingsPath(string reference) => $"{_root}search-index/p/{reference[1..]}.txt";

    private string Postings(string text) => text.StartsWith('@') ? System.Text.Encoding.ASCII.GetString(_files[PostingsPath(text)]) : text;

    public JsonElement Fragment(int doc) => JsonDocument.Parse(_files[$"{_root}search-index/f/{doc}.json"]).RootElement;
}
