using System.Text;
using ScarGuide.Content;
using ScarGuide.Related;

namespace ScarGuide.Search;

/// <summary>
/// Written by RelateArticles, read by <see cref="AnalyzeSearch"/>: each listed article's body as the search index needs it,
/// from the one split of the body into words that the related index counts too (see <see cref="IBodyTerms"/>). Both
/// steps split the same bodies; split once, the search analysis reads the counts instead of the text's words.
/// </summary>
/// <remarks>
/// An article's entry is empty when the related index did not count its body (with build memory, an unchanged body's
/// analysis is remembered): the search analysis splits that body itself. Entries are let go as the search analysis reads
/// them: about 0.45 KB an article with its object (370 bytes of counts at 1,000 articles; ~45 MB at 100,000), held from related to search analysis, which run one after the other.
/// </remarks>
internal sealed class SearchBodies(SearchAnalyzer analyzer, GlossaryPhrases synonyms, int count)
{
    private readonly SearchBody?[] _bodies = new SearchBody?[count];

    public SearchAnalyzer Analyzer { get; } = analyzer;
    public GlossaryPhrases Synonyms { get; } = synonyms;

    /// <summary>The split of listed article <paramref name="id"/>'s body, for the related index to count.</summary>
    public IBodyTerms Source(ContentPage article, int id) => new BodySource(this, article, id);

    /// <summary>Listed article <paramref name="id"/>'s body counts, or null; let go here.</summary>
    public SearchBody? Take(int id)
    {
        var body = _bodies[id];
        _bodies[id] = null;
        return body;
    }

    /// <summary>The body's plain text as the UTF-8 it is held in (a string of it would be a copy at twice the size).</summary>
    internal static ReadOnlySpan<byte> PlainOf(ContentPage article) =>
        article.Rendered.PlainUtf8.TryGetUtf8(out var held) ? held : Encoding.UTF8.GetBytes(article.Rendered.PlainText);

    private sealed class BodySource(SearchBodies bodies, ContentPage article, int id) : IBodyTerms
    {
        public void CountInto(ChunkTermCounter counter)
        {
            var analyzer = bodies.Analyzer;
            var scratch = t_scratch ??= new Scratch();
            var state = new State(counter, analyzer.RelatedTerms, scratch, bodies.Synonyms.IsEmpty ? null : scratch.Folded);
            analyzer.Terms(PlainOf(article), ref state, Count);
            bodies._bodies[id] = scratch.Take(state.Length, bodies.Synonyms);
        }
    }

    private struct State(ChunkTermCounter counter, SharedTerms shared, Scratch scratch, List<string>? folded)
    {
        public readonly ChunkTermCounter Counter = counter;
        public readonly SharedTerms Shared = shared;
        public readonly Scratch Scratch = scratch;
        public readonly List<string>? Folded = folded;
        public int Length;
    }

    private static readonly SearchAnalyzer.TermAction<State> Count = static (ref State s, SearchAnalyzer.Term term) =>
    {
        s.Counter.CountBody(term.RelatedIds ??= s.Shared.IdsOf(term.Lower), s.Shared);
        s.Folded?.Add(term.Folded);
        if (!term.Indexed) return;
        s.Length++;
        s.Scratch.Add(term.StemId);
    };

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>
    /// Per-thread counters by stem id, with a bit per stem met, so the body's stems come out in ascending order without
    /// sorting them (they are packed as distances, see <see cref="SearchBody"/>); each cleared as it is read.
    /// </summary>
    private sealed class Scratch
    {
        private int[] _counts = new int[4_096];
        private ulong[] _met = new ulong[4_096 / 64];
        private int _lowest = int.MaxValue, _highest = -1;
        private byte[] _packed = new byte[4_096];
        public readonly List<string> Folded = new(2_048);

        public void Add(int stem)
        {
            if (stem >= _counts.Length)
            {
                var size = Math.Max(stem + 64, _counts.Length * 2);
                Array.Resize(ref _counts, size);
                Array.Resize(ref _met, (size + 63) / 64);
            }
            if (_counts[stem]++ != 0) return;
            _met[stem >> 6] |= 1UL << stem;
            _lowest = Math.Min(_lowest, stem);
            _highest = Math.Max(_highest, stem);
        }

        /// <summary>The counts packed, ascending by stem (<see cref="SearchBody.Packed"/>); clears them.</summary>
        private byte[] Pack()
        {
            var at = 0;
            var previous = 0;
            for (var word = _lowest >> 6; word <= _highest >> 6 && _highest >= 0; word++)
            {
                var bits = _met[word];
                _met[word] = 0;
                while (bits != 0)
                {
                    var stem = word * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    var count = _counts[stem];
                    _counts[stem] = 0;
                    if (_packed.Length - at < 10) Array.Resize(ref _packed, _packed.Length * 2);
                    at = SearchBody.Write(_packed, at, (ulong)(stem - previous) << 2 | (uint)(count < 4 ? count : 0));
                    if (count >= 4) at = SearchBody.Write(_packed, at, (ulong)count);
                    previous = stem;
                }
            }
            (_lowest, _highest) = (int.MaxValue, -1);
            return _packed[..at];
        }

        public SearchBody? Take(int length, GlossaryPhrases synonyms)
        {
            var packed = Pack();
            if (synonyms.IsEmpty) return new SearchBody(packed, length, [], [], true);
            var entries = synonyms.FoundEntries(Folded).ToArray();
            // A name may start in the text before the body and end in it, or start in it and end after it: keep the words
            // it could span at each end (all of them when the body is that short), and what was found inside.
            var edge = synonyms.LongestPhrase - 1;
            var whole = Folded.Count <= 2 * edge;
            string[] edges = whole ? [.. Folded] : [.. Folded.GetRange(0, edge), .. Folded.GetRange(Folded.Count - edge, edge)];
            Folded.Clear();
            return new SearchBody(packed, length, entries, edges, whole);
        }
    }
}

/// <summary>
/// One body's search counts: per stem how often an indexed word of it occurs, and how many indexed words it has; with a
/// glossary, the names found in it and the words at its ends (<see cref="Edges"/>).
/// </summary>
/// <param name="Packed">
/// (stem, count) in ascending stem order as bytes: per stem, its distance from the previous stem × 4 plus its count
/// (0 when 4 or more, the count following) as variable-length numbers, 1.1 bytes a stem in the generated corpus: these are
/// held for every article between two steps (1.3 KB an article as an int each, ~130 MB at 100,000 articles). The order of
/// a body's stems changes nothing: each stem's score adds the body's share after the fields before it, whatever the order.
/// </param>
/// <param name="Whole">Whether <see cref="Edges"/> is every word of the body, else the first and the last
/// <see cref="GlossaryPhrases.LongestPhrase"/> − 1.</param>
internal sealed record SearchBody(byte[] Packed, int Length, int[] GlossaryEntries, string[] Edges, bool Whole)
{
    /// <summary>Appends a variable-length number (7 bits a byte, low first) at <paramref name="at"/>; returns where it ends.</summary>
    internal static int Write(byte[] buffer, int at, ulong value)
    {
        while (value >= 0x80)
        {
            buffer[at++] = (byte)(value | 0x80);
            value >>= 7;
        }
        buffer[at++] = (byte)value;
        return at;
    }

    private ulong ReadNumber(ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = Packed[at++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80) return value;
        }
    }

    /// <summary>The (stem, count) that <paramref name="at"/> starts, after <paramref name="stem"/>; <paramref name="at"/> moves past it.</summary>
    internal (int Stem, int Count) Read(ref int at, int stem)
    {
        var value = ReadNumber(ref at);
        var count = (int)(value & 3);
        return (stem + (int)(value >> 2), count == 0 ? (int)ReadNumber(ref at) : count);
    }
}
