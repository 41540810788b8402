using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Util;
using ScarGuide.Content;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ScarGuide.Search;

/// <summary>
/// Splits text into words, folds them (lower case, no accents) and stems them with the Snowball rules of the site's
/// language (Lucene.Net's port of the Snowball stemmers: Porter2 for English, Snowball Spanish, and a few more).
/// </summary>
/// <remarks>
/// The browser never stems. The index keeps every folded word form that occurs in the articles next to its stem
/// (one map per chunk), so a query word is looked up as it is typed and arrives at the same stem the build computed:
/// "scars", "scarring" and "scarred" all find the postings of "scar". This keeps the stemmer in one place (the two
/// could never disagree), costs a few bytes per word form, and leaves only forms that occur nowhere in the site to
/// the browser: those it matches by prefix ("scarrings" starts with the stem "scar") or by one typo.
/// Words are stemmed before folding, since the Spanish rules know accented endings ("-ación"); stems are folded after.
/// </remarks>
public sealed class SearchAnalyzer
{
    private readonly Func<SnowballProgram>? _makeStemmer;
    private readonly ThreadLocal<SnowballProgram?> _stemmer;
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);

    /// <summary>Per lower-cased word: its folded form, its stem, and whether it is left out (too short or a stop word).</summary>
    private readonly ConcurrentDictionary<string, Term> _terms = new(StringComparer.Ordinal);

    private SearchAnalyzer(string language, Func<SnowballProgram>? makeStemmer, IReadOnlyCollection<string> stopWords)
    {
        Language = language;
        _makeStemmer = makeStemmer;
        _stemmer = new ThreadLocal<SnowballProgram?>(() => _makeStemmer?.Invoke());
        StopWords = new HashSet<string>(stopWords.Select(Fold), StringComparer.Ordinal);
    }

    /// <summary>The language's primary subtag (<c>en</c>, <c>es</c>).</summary>
    public string Language { get; }

    /// <summary>Folded words left out of the index; the browser drops them from queries too.</summary>
    public IReadOnlySet<string> StopWords { get; }

    /// <summary>The analyzer for a language tag such as <c>en</c>, <c>en-GB</c> or <c>es</c>; unknown languages get no stemming.</summary>
    public static SearchAnalyzer For(string languageTag)
    {
        var language = languageTag.Split('-', '_')[0].ToLowerInvariant();
        return language switch
        {
            "en" => new(language, () => new EnglishStemmer(), SnowballStops("english_stop.txt").Union(Stops(Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet)).ToList()),
            "es" => new(language, () => new SpanishStemmer(), SnowballStops("spanish_stop.txt")),
            "fr" => new(language, () => new FrenchStemmer(), SnowballStops("french_stop.txt")),
            "de" => new(language, () => new German2Stemmer(), SnowballStops("german_stop.txt")),
            "it" => new(language, () => new ItalianStemmer(), SnowballStops("italian_stop.txt")),
            "pt" => new(language, () => new PortugueseStemmer(), SnowballStops("portuguese_stop.txt")),
            "nl" => new(language, () => new DutchStemmer(), SnowballStops("dutch_stop.txt")),
            _ => new(language, null, []),
        };
    }

    private static List<string> Stops(CharArraySet set) =>
        set.Select(o => o ?? "").Where(s => s.Length > 0).ToList();

    /// <summary>
    /// A stop word list of the Snowball project, as Lucene.Net ships it: the lists its analyzers use for every language
    /// here but English (Lucene's English default is a list of 33 words that keeps "after", "about", "how"). Entries
    /// with an apostrophe ("i'm") are left out: the tokenizer never makes such a word.
    /// </summary>
    /// <remarks>
    /// Read here rather than with Lucene's <c>WordlistLoader.GetSnowballWordSet</c>, which splits each line with a
    /// compiled regular expression: compiling it (Reflection.Emit, then the JIT) cost more CPU at start-up than reading
    /// the lists. The format is small: a bar starts a comment, words are separated by white space.
    /// </remarks>
    private static List<string> SnowballStops(string file)
    {
        var assembly = typeof(Lucene.Net.Analysis.Snowball.SnowballFilter).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Snowball." + file, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var bar = line.IndexOf('|');
            foreach (var word in (bar >= 0 ? line[..bar] : line).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                if (word.All(char.IsLetterOrDigit)) words.Add(word);
        }
        return words.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Lower case without accents, as the browser folds queries (NFD, marks U+0300–U+036F dropped, lower case):
    /// "Cicatrización" and "cicatrizacion" match. The build runs with invariant globalization, where
    /// <see cref="string.Normalize()"/> decomposes nothing, so a letter with a diacritic is folded by Lucene's
    /// ASCII folding instead, but only where that gives the letter NFD would leave (Latin letters with marks, U+00C0–U+017F
    /// and U+1E00–U+1EFF); letters NFD keeps whole ("ø", "ł", "ß", "æ") stay as they are, as in the browser.
    /// </summary>
    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Ascii.IsValid(lower)) return lower;
        var sb = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (c is >= '\u0300' and <= '\u036f') continue;
            sb.Append(c is >= '\u00c0' and <= '\u017f' ? LatinFolds[c - 0xc0] : c is >= '\u1e00' and <= '\u1eff' ? ExtendedFolds[c - 0x1e00] : c);
        }
        return sb.ToString();
    }

    /// <summary>Letters that ASCII folding maps to a letter but NFD does not decompose (stroke, dotless, ligature and the like).</summary>
    private const string NotDecomposed = "ØøĐđĦħıĿŀŁłŦŧſÐðĸŊŋÞþ";

    private static readonly char[] LatinFolds = FoldTable(0xc0, 0x17f);
    private static readonly char[] ExtendedFolds = FoldTable(0x1e00, 0x1eff);

    private static char[] FoldTable(int first, int last)
    {
        var table = new char[last - first + 1];
        var output = new char[4];
        for (var c = first; c <= last; c++)
        {
            var n = Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter.FoldToASCII([(char)c], 0, output, 0, 1);
            table[c - first] = n == 1 && char.IsAsciiLetter(output[0]) && !NotDecomposed.Contains((char)c) ? output[0] : (char)c;
        }
        return table;
    }

    /// <summary>
    /// The words of a text, lower-cased but with their accents (for the stemmer), in order. A word is a run of letters
    /// and digits, as the browser's <c>/[\p{L}\p{N}]+/u</c>.
    /// </summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark));
            if (inWord) { if (start < 0) start = i; }
            else if (start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>
    /// A word as the index sees it: <see cref="Folded"/> is looked up by the browser, <see cref="Stem"/> holds the postings,
    /// <see cref="StemId"/> numbers the stem within this analyzer (for counting in arrays; not written anywhere).
    /// </summary>
    public sealed class Term(string lower, string folded, string stem, int stemId, bool indexed)
    {
        /// <summary>The word lower-cased, with its accents (the key it was made for).</summary>
        public string Lower { get; } = lower;
        public string Folded { get; } = folded;
        public string Stem { get; } = stem;
        public int StemId { get; } = stemId;
        public bool Indexed { get; } = indexed;

        /// <summary>The related index's terms for this word (<see cref="RelatedTerms"/> ids), worked out the first time a body that both read meets it.</summary>
        internal int[]? RelatedIds;
    }

    /// <summary>
    /// The related index's numbering of the terms this analyzer's words stand for (<see cref="Term.RelatedIds"/>): one per
    /// analyzer, as the ids cached on its terms are.
    /// </summary>
    internal Related.SharedTerms RelatedTerms { get; } = new();

    private readonly StringNumbering _stemIds = new();
    private readonly ThreadLocal<Dictionary<string, Term>> _localTerms = new(() => new Dictionary<string, Term>(StringComparer.Ordinal));

    // A thread's ASCII words seen so far, by the hash Terms takes while reading each word: one probe and one comparison
    // for a word seen before, no second pass over its letters.
    private readonly ThreadLocal<TokenTable<Term>> _asciiTerms = new(() => new TokenTable<Term>());

    /// <summary>ASCII words up to this long are looked up without a string; longer ones take the general path.</summary>
    private const int LongestAsciiWord = 64;

    /// <summary>How many stems have an id so far.</summary>
    public int StemCount => _stemIds.Count;

    public string StemOf(int id) => _stemIds[id];

    /// <summary>
    /// Calls <paramref name="each"/> with every word of <paramref name="text"/> in order, as <see cref="Words"/> splits
    /// them, without allocating for words seen before (see the UTF-8 overload).
    /// </summary>
    public void Terms<TState>(string text, ref TState state, TermAction<TState> each)
    {
        var buffer = t_utf8 ??= new ArrayBufferWriter<byte>(1_024);
        buffer.ResetWrittenCount();
        buffer.Advance(Encoding.UTF8.GetBytes(text, buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length))));
        Terms(buffer.WrittenSpan, ref state, each);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_utf8;

    /// <summary>
    /// Calls <paramref name="each"/> with every word of a UTF-8 text in order, as <see cref="Words"/> splits its
    /// characters (a letter outside the Basic Multilingual Plane is not a word character there either): the hot loop
    /// of the index build, reading the bytes bodies are held in, with a per-thread table in front of the shared one
    /// and a fast path for ASCII words.
    /// </summary>
    public void Terms<TState>(ReadOnlySpan<byte> utf8, ref TState state, TermAction<TState> each)
    {
        var ascii = _asciiTerms.Value!;
        Span<char> buffer = stackalloc char[LongestAsciiWord];
        var length = 0;
        var isAscii = true;
        var hash = 0;
        var start = -1;
        var i = 0;
        while (true)
        {
            var width = 1;
            if (i < utf8.Length)
            {
                var b = utf8[i];
                if (b < 0x80)
                {
                    // Lower case for ASCII letters (digits keep their code); the hash is taken as the word is read, and the
                    // rest of an ASCII run is read in a loop of its own (most of every body).
                    var lower = (char)AsciiWordChars[b];
                    if (lower != 0)
                    {
                        if (start < 0) { start = i; length = 0; isAscii = true; hash = TokenTable.EmptyHash; }
                        do
                        {
                            if (length < buffer.Length) buffer[length] = lower;
                            length++;
                            hash = TokenTable.Hash(hash, lower);
                            i++;
                        }
                        while (i < utf8.Length && (b = utf8[i]) < 0x80 && (lower = (char)AsciiWordChars[b]) != 0);
                        continue;
                    }
                }
                else
                {
                    Rune.DecodeFromUtf8(utf8[i..], out var rune, out width);
                    if (rune.IsBmp && (char.IsLetterOrDigit((char)rune.Value) ||
                        (start >= 0 && CharUnicodeInfo.GetUnicodeCategory(rune.Value) == UnicodeCategory.NonSpacingMark)))
                    {
                        if (start < 0) { start = i; length = 0; }
                        isAscii = false;
                        length++;
                        i += width;
                        continue;
                    }
                }
            }
            if (start >= 0)
            {
                Term term;
                if (isAscii && length <= buffer.Length)
                {
                    if (!ascii.TryGetValue(buffer[..length], hash, out term))
                    {
                        term = TermOf(buffer[..length].ToString());
                        ascii.Add(term.Lower, hash, term);
                    }
                }
                else
                {
                    var local = _localTerms.Value!;
                    var word = Encoding.UTF8.GetString(utf8[start..i]).ToLowerInvariant();
                    if (!local.TryGetValue(word, out term!))
                    {
                        term = TermOf(word);
                        local[word] = term;
                    }
                }
                start = -1;
                each(ref state, term);
            }
            if (i >= utf8.Length) return;
            i += width;
        }
    }

    /// <summary>Per ASCII byte: its lower case if it is a letter or a digit, else 0.</summary>
    private static ReadOnlySpan<byte> AsciiWordChars =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)'0', (byte)'1', (byte)'2', (byte)'3', (byte)'4', (byte)'5', (byte)'6', (byte)'7', (byte)'8', (byte)'9', 0, 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
    ];

    public delegate void TermAction<TState>(ref TState state, Term term);

    /// <summary>The term of a lower-cased word.</summary>
    public Term TermOf(string lowerWord) => _terms.GetOrAdd(lowerWord, w =>
    {
        var folded = Fold(w);
        var stem = Stem(w);
        return new Term(w, folded, stem, StemIdOf(stem), folded.Length >= 2 && !StopWords.Contains(folded));
    });

    /// <summary>The id of a stem, given one the first time it is asked for.</summary>
    public int StemIdOf(string stem) => _stemIds.IdOf(stem);

    /// <summary>Every word met so far that the index keeps (not a stop word, two letters or more).</summary>
    public IEnumerable<Term> IndexedTerms() => _terms.Values.Where(t => t.Indexed);

    /// <summary>The folded stem of a lower-cased word (cached: the same words come back in every article).</summary>
    public string Stem(string lowerWord) => _stems.GetOrAdd(lowerWord, StemUncached);

    private string StemUncached(string word)
    {
        var stemmer = _stemmer.Value;
        if (stemmer is null || word.Length < 3 || char.IsDigit(word[0])) return Fold(word);
        stemmer.SetCurrent(word);
        stemmer.Stem();
        var stem = Fold(stemmer.Current);
        return stem.Length == 0 ? Fold(word) : stem;
    }
}
