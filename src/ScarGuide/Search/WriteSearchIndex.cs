using System.Buffers;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ScarGuide.Content;
using ScarGuide.Pages;
using ScarGuide.Pipeline;

namespace ScarGuide.Search;

/// <summary>
/// Writes the full-text search index of one language, in chunks, so that a query downloads only what it needs:
/// <list type="bullet">
/// <item><c>search-index.json</c>: the manifest: article count, stop words, and which chunk holds the words starting
/// with each prefix (2 to 4 folded letters).</item>
/// <item><c>search-index/c/HASH.json</c>: a chunk: every word form with that prefix, the stem each form belongs to,
/// and per stem its document frequency and postings (inline when short, else a reference to a postings file).</item>
/// <item><c>search-index/p/HASH.txt</c>: the postings of a frequent stem.</item>
/// <item><c>search-index/f/N.json</c>: article N's title, URL, description and text by section (heading, anchor),
/// which the browser loads only for the results it shows, to build the excerpt and the deep link.</item>
/// </list>
/// Chunk and postings files are named by their content, so they can be cached for ever and an unchanged build writes
/// the same bytes. Fragments and each article's scores come from <see cref="AnalyzeSearch"/>, which runs as soon as plain
/// text exists; this step, last, merges the scores into postings and chunks.
/// </summary>
public sealed class WriteSearchIndex : IStep
{
    public const int Version = 2;

    /// <summary>
    /// How much one occurrence counts, by field: title and headings above the body. The body's weight is a third of the
    /// title's, not a twelfth: at a twelfth, one title word outweighed an article that discusses the word throughout, and
    /// for queries of several words articles about another topic that name the query's words in passing (a laser article
    /// tagged "tinted sunscreen" for "sunscreen after laser") ranked into the top five (docs/search.md, precision at 5).
    /// </summary>
    internal const double TitleWeight = 12, HeadingWeight = 6, TagWeight = 6, QuestionWeight = 5, DescriptionWeight = 4,
        SynonymWeight = 3, BodyWeight = 4;

    /// <summary>A chunk larger than this (in bytes, without its postings files) is split by one more letter of the prefix.</summary>
    internal const int ChunkTarget = 12_000;

    /// <summary>Prefixes grow to at most this many letters; a chunk at this length is written however large.</summary>
    internal const int LongestPrefix = 4;

    /// <summary>Postings up to this many characters sit inside the chunk; longer ones get a file of their own.</summary>
    internal const int InlinePostings = 512;

    /// <summary>A section's text in a fragment is cut here (at a word break): excerpts come from the first part.</summary>
    internal const int SectionText = 3_000;

    internal const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public string Name => "search index";

    public void Run(BuildContext context)
    {
        var (analyzer, docs, glossaryForms) = context.SearchDocuments;

        // Postings by stem id, articles in id order: arrays sized by document frequency, no per-entry lookups.
        var stemCount = analyzer.StemCount;
        var df = new int[stemCount];
        foreach (var doc in docs)
            foreach (var stem in doc.Stems) df[stem]++;
        var postingDocs = new int[stemCount][];
        var postingScores = new byte[stemCount][];
        var used = new List<int>();
        for (var stem = 0; stem < stemCount; stem++)
        {
            if (df[stem] == 0) continue;
            postingDocs[stem] = new int[df[stem]];
            postingScores[stem] = new byte[df[stem]];
            used.Add(stem);
        }
        var filled = new int[stemCount];
        for (var id = 0; id < docs.Length; id++)
        {
            var (stems, scores, hash) = docs[id];
            for (var k = 0; k < stems.Length; k++)
            {
                var at = filled[stems[k]]++;
                postingDocs[stems[k]][at] = id;
                postingScores[stems[k]][at] = scores[k];
            }
            // Now in the postings: on a large site the per-article arrays and the postings are each ~1.5 KB per article.
            docs[id] = new SearchDocument([], [], hash);
        }

        // Each stem's postings encoded, and written to a file of their own when long; in parallel, named by content.
        // Encoded into a per-thread buffer, a string made only for postings that sit inside a chunk: a frequent stem's
        // postings on a 100,000-article site are hundreds of KB, and as builders, strings and bytes they went to the
        // large object heap, which is collected rarely (+330 MB peak at the end of a 100,000-article build).
        var encodedById = context.Work.Map(used, stem =>
        {
            var buffer = t_postings ??= new ArrayBufferWriter<byte>(4_096);
            buffer.ResetWrittenCount();
            EncodePostings(postingDocs[stem], postingScores[stem], buffer);
            postingDocs[stem] = null!;
            postingScores[stem] = null!;
            var bytes = buffer.WrittenSpan;
            if (bytes.Length <= InlinePostings) return Encoding.ASCII.GetString(bytes);
            var name = Hash(bytes);
            context.Output.Write($"{SitePaths.SearchFiles}p/{name}.txt", bytes);
            return "@" + name;
        });
        var stemsByName = new Dictionary<string, (int Df, string Postings)>(used.Count, StringComparer.Ordinal);
        for (var i = 0; i < used.Count; i++) stemsByName[analyzer.StemOf(used[i])] = (df[used[i]], encodedById[i]);

        // Every form the articles use is a term the analyzer met while indexing them.
        // Two loops, not Select(...).Concat(...) over (form, stem) tuples: LINQ's iterators over tuples have no precompiled
        // code in the installed tool.
        var forms = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void AddForm(string form, string stem)
        {
            if (!forms.TryGetValue(form, out var stems)) forms[form] = stems = new SortedSet<string>(StringComparer.Ordinal);
            stems.Add(stem);
        }
        foreach (var term in analyzer.IndexedTerms()) AddForm(term.Folded, term.Stem);
        foreach (var gained in glossaryForms) AddForm(gained.Form, gained.Stem);

        // The chunks of each two-letter prefix in parallel; the manifest lists them in prefix order whatever the order they were made in.
        // In ordinal order a prefix's forms are consecutive: a loop groups them (LINQ's Select into tuples is not precompiled).
        var groups = new List<(string Prefix, List<string> Forms)>();
        foreach (var form in forms.Keys.Order(StringComparer.Ordinal))
        {
            var prefix = form[..Math.Min(2, form.Length)];
            if (groups.Count == 0 || groups[^1].Prefix != prefix) groups.Add((prefix, []));
            groups[^1].Forms.Add(form);
        }
        var made = context.Work.Map(groups, group =>
        {
            var mine = new SortedDictionary<string, string>(StringComparer.Ordinal);
            WriteChunks(context, group.Prefix, group.Forms, forms, stemsByName, mine);
            return mine;
        });
        var chunks = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var mine in made)
            foreach (var (prefix, path) in mine) chunks.Add(prefix, path);

        var fragments = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var doc in docs) fragments.AppendData(doc.FragmentHash);
        var fragmentsVersion = Convert.ToHexStringLower(fragments.GetHashAndReset())[..12];

        context.Output.Write(SitePaths.SearchIndex, Manifest(analyzer, docs.Length, chunks, fragmentsVersion));
    }

    private static byte[] Manifest(SearchAnalyzer analyzer, int count, SortedDictionary<string, string> chunks, string fragmentsVersion)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("v", Version);
            json.WriteString("lang", analyzer.Language);
            json.WriteNumber("n", count);
            json.WriteString("f", SitePaths.SearchFiles + "f/");
            json.WriteString("fv", fragmentsVersion);
            json.WriteStartArray("stop");
            foreach (var word in analyzer.StopWords.Order(StringComparer.Ordinal)) json.WriteStringValue(word);
            json.WriteEndArray();
            json.WriteStartObject("c");
            foreach (var (prefix, path) in chunks) json.WriteString(prefix, path);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes the chunk of the forms starting with <paramref name="prefix"/>, or, when it is too large, one chunk for the
    /// forms that are the prefix itself and one per next letter.
    /// </summary>
    private static void WriteChunks(BuildContext context, string prefix, List<string> forms, Dictionary<string, SortedSet<string>> stemsOf,
        Dictionary<string, (int Df, string Postings)> postings, SortedDictionary<string, string> chunks)
    {
        var bytes = Chunk(forms, stemsOf, postings);
        if (bytes.Length <= ChunkTarget || prefix.Length >= LongestPrefix || forms.All(f => f.Length <= prefix.Length))
        {
            Add(prefix, bytes);
            return;
        }
        var exact = forms.Where(f => f.Length <= prefix.Length).ToList();
        if (exact.Count > 0) Add(prefix, Chunk(exact, stemsOf, postings));
        foreach (var group in forms.Where(f => f.Length > prefix.Length).GroupBy(f => f[..(prefix.Length + 1)], StringComparer.Ordinal))
            WriteChunks(context, group.Key, group.ToList(), stemsOf, postings, chunks);

        void Add(string key, byte[] content)
        {
            var path = $"{SitePaths.SearchFiles}c/{Hash(content)}.json";
            context.Output.Write(path, content);
            chunks[key] = path;
        }
    }

    /// <summary><c>{"w":{"form":stem index or [indexes]},"s":[["stem",df,"postings" or "@file"]]}</c>, forms and stems in ordinal order.</summary>
    private static byte[] Chunk(List<string> forms, Dictionary<string, SortedSet<string>> stemsOf,
        Dictionary<string, (int Df, string Postings)> postings)
    {
        var stems = forms.SelectMany(f => stemsOf[f]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // A loop, not Select((s, i) => (s, i)).ToDictionary(...): LINQ's iterator yielding tuples is not precompiled.
        var index = new Dictionary<string, int>(stems.Count, StringComparer.Ordinal);
        for (var i = 0; i < stems.Count; i++) index.Add(stems[i], i);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("w");
            foreach (var form in forms)
            {
                var of = stemsOf[form];
                if (of.Count == 1)
                {
                    json.WriteNumber(form, index[of.Min!]);
                    continue;
                }
                json.WriteStartArray(form);
                foreach (var stem in of) json.WriteNumberValue(index[stem]);
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteStartArray("s");
            foreach (var stem in stems)
            {
                json.WriteStartArray();
                json.WriteStringValue(stem);
                var (df, text) = postings[stem];
                json.WriteNumberValue(df);
                json.WriteStringValue(text);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Postings as text: per article, the gap from the previous article id as a variable-length number (characters
    /// 32–63 of <see cref="Alphabet"/> carry 5 bits and say more follows, 0–31 carry the last 5), then the score (one character).
    /// </summary>
    internal static string EncodePostings(IReadOnlyList<(int Doc, int Score)> list) =>
        EncodePostings(list.Select(p => p.Doc).ToArray(), list.Select(p => (byte)p.Score).ToArray());

    internal static string EncodePostings(int[] docs, byte[] scores)
    {
        var buffer = new ArrayBufferWriter<byte>(docs.Length * 3 + 1);
        EncodePostings(docs, scores, buffer);
        return Encoding.ASCII.GetString(buffer.WrittenSpan);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_postings;

    /// <summary><see cref="EncodePostings(int[], byte[])"/> as ASCII bytes, appended to <paramref name="into"/>.</summary>
    internal static void EncodePostings(int[] docs, byte[] scores, ArrayBufferWriter<byte> into)
    {
        // At most 7 gap characters and a score per article.
        var span = into.GetSpan(docs.Length * 8 + 1);
        var at = 0;
        Span<int> groups = stackalloc int[8];
        var previous = 0;
        for (var k = 0; k < docs.Length; k++)
        {
            var (doc, score) = (docs[k], scores[k]);
            var gap = doc - previous;
            previous = doc;
            var n = 0;
            do { groups[n++] = gap & 31; gap >>= 5; } while (gap > 0);
            for (var i = n - 1; i > 0; i--) span[at++] = (byte)Alphabet[32 + groups[i]];
            span[at++] = (byte)Alphabet[groups[0]];
            span[at++] = (byte)Alphabet[score];
        }
        into.Advance(at);
    }

    /// <summary>The inverse of <see cref="EncodePostings"/>, for tests (the browser has its own).</summary>
    internal static List<(int Doc, int Score)> DecodePostings(string text)
    {
        var list = new List<(int, int)>();
        var doc = 0;
        var value = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = Alphabet.IndexOf(text[i]);
            if (c >= 32) { value = value * 32 + c - 32; continue; }
            doc += value * 32 + c;
            value = 0;
            list.Add((doc, Alphabet.IndexOf(text[++i])));
        }
        return list;
    }

    /// <summary>A raw score (a sum of field weights) on a log scale in 1–63; the browser turns it back with <c>(e^(q/10) − 1) / 8</c>.</summary>
    internal static int Quantize(double raw) => Math.Clamp((int)Math.Round(10 * Math.Log(1 + 8 * raw)), 1, 63);

    private static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content))[..12];

    private struct FieldState(Scratch scratch, List<string>? folded)
    {
        public readonly Scratch Scratch = scratch;
        public readonly List<string>? Folded = folded;
        public int Length;
    }

    /// <summary>Per-thread counters indexed by stem id, reused from article to article (cleared through the touched lists).</summary>
    private sealed class Scratch
    {
        public int[] Counts = new int[4_096];
        public double[] Raw = new double[4_096];
        public readonly List<int> CountsTouched = new(1_024);
        public readonly List<int> RawTouched = new(1_024);

        public void Fit(int stems)
        {
            if (stems <= Counts.Length) return;
            var size = Math.Max(stems, Counts.Length * 2);
            Array.Resize(ref Counts, size);
            Array.Resize(ref Raw, size);
        }

        public void AddRaw(int stem, double value)
        {
            Fit(stem + 1);
            if (Raw[stem] == 0) RawTouched.Add(stem);
            Raw[stem] += value;
        }
    }

    [ThreadStatic]
    private static Scratch? _scratch;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _fragment;

    [ThreadStatic]
    private static Utf8JsonWriter? _fragmentJson;

    /// <summary>The article's score per stem, and its fragment; glossary words it gains go to <paramref name="glossaryForms"/>.</summary>
    /// <param name="body">The body's counts from the split the related index counted too, or null to split the body here.</param>
    internal static (int[] Stems, byte[] Scores, ArrayBufferWriter<byte> Fragment) AnalyzeArticle(ContentPage article, BuildContext context, SearchAnalyzer analyzer,
        GlossaryPhrases synonyms, System.Collections.Concurrent.ConcurrentDictionary<GlossaryForm, bool> glossaryForms, SearchBody? body = null)
    {
        var rendered = article.Rendered;
        var plain = SearchBodies.PlainOf(article);
        var faqAnswers = rendered.Faq.Select(f => PlainFromHtml(f.AnswerHtml)).ToList();

        var scratch = _scratch ??= new Scratch();
        // The words in order, for finding glossary phrases; not kept without a glossary.
        var state = new FieldState(scratch, synonyms.IsEmpty ? null : new List<string>(2_048));
        Field(article.Meta.Title, TitleWeight, ref state);
        Field(article.Meta.Description ?? "", DescriptionWeight, ref state);
        Field(string.Join(" \n ", rendered.Headings.Select(h => h.Text)), HeadingWeight, ref state);
        Field(string.Join(" \n ", article.Meta.Tags.Concat(article.Meta.Categories)), TagWeight, ref state);
        Field(string.Join(" \n ", rendered.Faq.Select(f => f.Question)), QuestionWeight, ref state);
        if (body is null)
        {
            state.Length = 0;
            analyzer.Terms(plain, ref state, CountTerm);
            Saturate(scratch, BodyWeight, state.Length);
        }
        else
        {
            // What the split gave, as Saturate would add it.
            var norm = Norm(BodyWeight, body.Length);
            for (int at = 0, stem = 0; at < body.Packed.Length;)
            {
                (stem, var tf) = body.Read(ref at, stem);
                scratch.AddRaw(stem, Saturated(BodyWeight, tf, norm));
            }
            // The names the body holds were found in it; those that span its ends are found among the words kept there,
            // an empty word standing for the middle.
            if (state.Folded is { } folded)
            {
                if (body.Whole) folded.AddRange(body.Edges);
                else
                {
                    var edge = body.Edges.Length / 2;
                    folded.AddRange(body.Edges.AsSpan(0, edge));
                    folded.Add("");
                    folded.AddRange(body.Edges.AsSpan(edge));
                }
            }
        }
        Field(string.Join(" \n ", faqAnswers), BodyWeight, ref state);

        void Field(string text, double weight, ref FieldState state)
        {
            state.Length = 0;
            analyzer.Terms(text, ref state, CountTerm);
            Saturate(state.Scratch, weight, state.Length);
        }

        var allFolded = state.Folded;

        // Glossary synonyms: an article that names a term in any of its names is found by every other name.
        var found = allFolded is null ? null : synonyms.FoundEntries(allFolded);
        if (found is not null && body is not null) found.UnionWith(body.GlossaryEntries);
        foreach (var entry in found is null ? [] : synonyms.WordsOf(found))
            foreach (var (word, stem) in entry)
            {
                glossaryForms.TryAdd(new GlossaryForm(word, stem), true);
                scratch.AddRaw(analyzer.StemIdOf(stem), SynonymWeight);
            }

        var stems = scratch.RawTouched.ToArray();
        var scores = new byte[stems.Length];
        for (var i = 0; i < stems.Length; i++)
        {
            scores[i] = (byte)Quantize(scratch.Raw[stems[i]]);
            scratch.Raw[stems[i]] = 0;
        }
        scratch.RawTouched.Clear();
        return (stems, scores, Fragment(article, context, plain, faqAnswers));
    }

    private static readonly SearchAnalyzer.TermAction<FieldState> CountTerm = static (ref FieldState s, SearchAnalyzer.Term term) =>
    {
        s.Folded?.Add(term.Folded);
        if (!term.Indexed) return;
        s.Length++;
        var scratch = s.Scratch;
        scratch.Fit(term.StemId + 1);
        if (scratch.Counts[term.StemId]++ == 0) scratch.CountsTouched.Add(term.StemId);
    };

    /// <summary>
    /// A field's counted terms into the article's scores: a saturating term frequency, with longer texts needing more
    /// occurrences (BM25's k1 and b, for an average body of about 1,000 words): a word said ten times in a short text
    /// counts more than once.
    /// </summary>
    private static void Saturate(Scratch scratch, double weight, int length)
    {
        var norm = Norm(weight, length);
        foreach (var stem in scratch.CountsTouched)
        {
            var tf = scratch.Counts[stem];
            scratch.Counts[stem] = 0;
            scratch.AddRaw(stem, Saturated(weight, tf, norm));
        }
        scratch.CountsTouched.Clear();
    }

    private static double Norm(double weight, int length) => weight == BodyWeight ? 1.2 * (0.25 + 0.75 * Math.Min(4, length / 1000.0)) : 0.6;

    private static double Saturated(double weight, int tf, double norm) => weight * tf / (tf + norm);

    /// <summary><c>{"t":title,"u":url,"d":description,"s":[["heading","anchor","text"]]}</c>; the first section is the text before any heading.</summary>
    /// <remarks>Written into a per-thread buffer that the next article on the thread reuses: the caller writes it out first.</remarks>
    private static ArrayBufferWriter<byte> Fragment(ContentPage article, BuildContext context, ReadOnlySpan<byte> plain, List<string> faqAnswers)
    {
        var buffer = _fragment ??= new ArrayBufferWriter<byte>(32_768);
        buffer.ResetWrittenCount();
        var json = _fragmentJson ??= new Utf8JsonWriter(buffer, JsonOptions);
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("t", article.Meta.Title);
        json.WriteString("u", context.Href(article.UrlPath));
        json.WriteString("d", article.Meta.Description ?? "");
        json.WriteStartArray("s");
        foreach (var (heading, id, start, length) in Sections(plain, article.Rendered.Headings))
        {
            json.WriteStartArray();
            json.WriteStringValue(heading);
            json.WriteStringValue(id);
            var text = plain.Slice(start, length);
            // The cut counts characters: a text of at most that many bytes has at most that many characters, and in
            // ASCII every character is a byte; only a long text with other letters is cut as a string.
            if (text.Length <= SectionText) json.WriteStringValue(text);
            else if (Ascii.IsValid(text)) WriteAsciiText(json, text);
            else WriteText(json, Encoding.UTF8.GetString(text));
            json.WriteEndArray();
        }
        for (var i = 0; i < article.Rendered.Faq.Count; i++)
        {
            json.WriteStartArray();
            json.WriteStringValue(article.Rendered.Faq[i].Question);
            json.WriteStringValue($"faq-{i + 1}");
            WriteText(json, faqAnswers[i]);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return buffer;

        // Cut at the last word break within the limit; the ellipsis says there is more.
        static void WriteText(Utf8JsonWriter json, ReadOnlySpan<char> text)
        {
            if (text.Length <= SectionText)
            {
                json.WriteStringValue(text);
                return;
            }
            var cut = text[..SectionText].LastIndexOf(' ');
            json.WriteStringValue(string.Concat(text[..(cut > 0 ? cut : SectionText)], "…"));
        }

        static void WriteAsciiText(Utf8JsonWriter json, ReadOnlySpan<byte> text)
        {
            var cut = text[..SectionText].LastIndexOf((byte)' ');
            var kept = text[..(cut > 0 ? cut : SectionText)];
            Span<byte> joined = stackalloc byte[SectionText + 3];
            kept.CopyTo(joined);
            "…"u8.CopyTo(joined[kept.Length..]);
            json.WriteStringValue(joined[..(kept.Length + 3)]);
        }
    }

    /// <summary>
    /// The body's plain text (UTF-8) split at its headings (found in order in the text, which holds each heading's
    /// words), as (heading, anchor id, start and length in bytes of its text, trimmed); the first part has no heading.
    /// </summary>
    internal static List<(string Heading, string Id, int Start, int Length)> Sections(ReadOnlySpan<byte> text, IReadOnlyList<Markdown.Heading> headings)
    {
        var sections = new List<(string, string, int, int)>();
        var start = 0;
        string heading = "", id = "";
        foreach (var h in headings)
        {
            var bytes = Encoding.UTF8.GetBytes(h.Text);
            var at = bytes.Length == 0 ? -1 : text[start..].IndexOf(bytes);
            if (at < 0) continue;
            at += start;
            Add(sections, text, heading, id, start, at);
            heading = h.Text;
            id = h.Id;
            start = at + bytes.Length;
        }
        Add(sections, text, heading, id, start, text.Length);
        return sections;

        static void Add(List<(string, string, int, int)> sections, ReadOnlySpan<byte> text, string heading, string id, int from, int to)
        {
            while (from < to && Rune.DecodeFromUtf8(text[from..to], out var first, out var width) == OperationStatus.Done && Rune.IsWhiteSpace(first)) from += width;
            while (to > from && Rune.DecodeLastFromUtf8(text[from..to], out var last, out var width) == OperationStatus.Done && Rune.IsWhiteSpace(last)) to -= width;
            sections.Add((heading, id, from, to - from));
        }
    }

    /// <summary>
    /// The text of a FAQ answer's HTML: tags become spaces, character references are decoded, white space runs become one
    /// space, trimmed. One pass copying the runs between tags, then <see cref="WebUtility.HtmlDecode(string)"/> only when
    /// there is a reference; a <c>&lt;</c> with no <c>&gt;</c> after it stays text (and so does all after it).
    /// </summary>
    internal static string PlainFromHtml(string html)
    {
        // Both passes only shrink the text, so one buffer of the HTML's length holds each, the second written over the first.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, html.Length));
        var n = 0;
        var rest = html.AsSpan();
        while (true)
        {
            var open = rest.IndexOf('<');
            var close = open < 0 ? -1 : rest[(open + 1)..].IndexOf('>');
            if (close < 0)
            {
                rest.CopyTo(buffer.AsSpan(n));
                n += rest.Length;
                break;
            }
            rest[..open].CopyTo(buffer.AsSpan(n));
            n += open;
            buffer[n++] = ' ';
            rest = rest[(open + close + 2)..];
        }
        ReadOnlySpan<char> text = buffer.AsSpan(0, n);
        if (text.Contains('&')) text = WebUtility.HtmlDecode(new string(text));

        // Written behind where it reads: a space is written only after a white space character was read.
        var written = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = written > 0;
                continue;
            }
            if (space) buffer[written++] = ' ';
            space = false;
            buffer[written++] = c;
        }
        var plain = new string(buffer, 0, written);
        ArrayPool<char>.Shared.Return(buffer);
        return plain;
    }
}
