using ScarGuide.Content;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ScarGuide.Related;

/// <summary>Counts the terms of a run of documents on one thread, analysing each distinct token only once.</summary>
internal sealed class ChunkTermCounter
{
    // 1 + ln(count) for small counts, so the hot loop rarely calls Math.Log.
    private static readonly ImmutableArray<double> SublinearTable = NewSublinearTable(256);

    // A loop, not Range/Select: LINQ's iterator yielding doubles has no precompiled code in the installed tool.
    private static ImmutableArray<double> NewSublinearTable(int size)
    {
        var table = new double[size];
        for (var count = 1; count < size; count++) table[count] = 1.0 + Math.Log(count);
        return ImmutableArray.Create(table);
    }

    private readonly double _titleBoost;
    private readonly double _headingBoost;

    // Raw token -> local term id, or -1 when the token is dropped; caching this is what keeps tokenising cheap.
    private readonly TokenTable<int> _tokenToTerm = new();
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private readonly List<int> _seenInDocument = [];
    private FieldCounts[] _counts = new FieldCounts[1024];

    // Every document's (term, frequency) pairs, back to back. A few large arrays instead of two small ones
    // per document keep the garbage collector from copying tens of megabytes between generations.
    private int[] _terms;
    private float[] _frequencies;
    private int _used;

    /// <param name="expectedCharacters">Total text length of the documents to count, to size the buffers once.</param>
    public ChunkTermCounter(double titleBoost, double headingBoost, long expectedCharacters)
    {
        _titleBoost = titleBoost;
        _headingBoost = headingBoost;
        // A typical article has one distinct term per 15-20 characters; growing later is only a copy.
        var capacity = (int)Math.Clamp(expectedCharacters / 15, 1024, Array.MaxLength / 2);
        _terms = new int[capacity];
        _frequencies = new float[capacity];
    }

    /// <summary>Local terms, indexed by local term id.</summary>
    public List<string> Terms { get; } = [];

    /// <summary>In how many of this chunk's documents each local term occurs.</summary>
    public IReadOnlyList<int> DocumentFrequency => _documentFrequency;

    /// <summary>Local term ids of a counted document.</summary>
    public ReadOnlySpan<int> TermsOf(TermCounts counts) => _terms.AsSpan(counts.Start, counts.Length);

    /// <summary>Boosted, sublinear term frequencies of a counted document, aligned with <see cref="TermsOf"/>.</summary>
    public ReadOnlySpan<float> FrequenciesOf(TermCounts counts) => _frequencies.AsSpan(counts.Start, counts.Length);

    /// <summary>Counts one document; read the result back with <see cref="TermsOf"/> and <see cref="FrequenciesOf"/>.</summary>
    public TermCounts Count(RelatedDocument document)
    {
        Span<char> buffer = stackalloc char[TokenReader.MaxTokenLength];
        CountField(document.Title, Field.Title, buffer);
        foreach (var heading in document.Headings)
            CountField(heading, Field.Heading, buffer);
        if (document.BodyTerms is { } body)
            body.CountInto(this);
        else
            CountField(document.Body, Field.Body, buffer);

        var start = _used;
        var length = _seenInDocument.Count;
        if (start + length > _terms.Length)
        {
            var size = Math.Max(_terms.Length + _terms.Length / 2, start + length);
            Array.Resize(ref _terms, size);
            Array.Resize(ref _frequencies, size);
        }
        for (var i = 0; i < length; i++)
        {
            var term = _seenInDocument[i];
            ref var counts = ref _counts[term];
            _terms[start + i] = term;
            _frequencies[start + i] = (float)(_titleBoost * Sublinear(counts.Title)
                + _headingBoost * Sublinear(counts.Heading)
                + Sublinear(counts.Body));
            _documentFrequency[term]++;
            counts = default;
        }
        _seenInDocument.Clear();
        _used += length;
        return new TermCounts(start, length);
    }

    private void CountField(string? text, Field field, Span<char> buffer)
    {
        if (string.IsNullOrEmpty(text))
            return;

        var reader = new TokenReader(text, buffer);
        while (reader.MoveNext())
        {
            var token = reader.Current;
            if (!_tokenToTerm.TryGetValue(token, reader.CurrentHash, out var term))
            {
                term = TermIdOf(TermAnalyzer.ToTerm(token));
                _tokenToTerm.Add(token, reader.CurrentHash, term);
            }
            if (term < 0)
                continue;

            ref var counts = ref _counts[term];
            if (counts.Title == 0 && counts.Heading == 0 && counts.Body == 0)
                _seenInDocument.Add(term);
            switch (field)
            {
                case Field.Title: counts.Title++; break;
                case Field.Heading: counts.Heading++; break;
                default: counts.Body++; break;
            }
        }
    }

    // Shared term id + 1 -> local term id + 1 (0: not met by this counter yet).
    private int[] _sharedToLocal = new int[1024];

    /// <summary>Counts one body word's related terms (see <see cref="IBodyTerms"/>), ids from <paramref name="shared"/>.</summary>
    public void CountBody(int[] sharedIds, SharedTerms shared)
    {
        foreach (var id in sharedIds)
        {
            if (id >= _sharedToLocal.Length)
                Array.Resize(ref _sharedToLocal, Math.Max(id + 1, _sharedToLocal.Length * 2));
            var term = _sharedToLocal[id] - 1;
            if (term < 0)
            {
                term = TermIdOf(shared.TermOf(id));
                _sharedToLocal[id] = term + 1;
            }

            ref var counts = ref _counts[term];
            if (counts.Title == 0 && counts.Heading == 0 && counts.Body == 0)
                _seenInDocument.Add(term);
            counts.Body++;
        }
    }

    private int TermIdOf(string? term)
    {
        if (term is null)
            return -1;
        if (_termIds.TryGetValue(term, out var id))
            return id;

        id = Terms.Count;
        Terms.Add(term);
        _termIds.Add(term, id);
        _documentFrequency.Add(0);
        if (id == _counts.Length)
            Array.Resize(ref _counts, _counts.Length * 2);
        return id;
    }

    private static double Sublinear(int count) =>
        count < SublinearTable.Length ? SublinearTable[count] : 1.0 + Math.Log(count);

    private enum Field { Title, Heading, Body }

    private struct FieldCounts
    {
        public int Title;
        public int Heading;
        public int Body;
    }
}

/// <summary>Where a counted document's terms sit in its <see cref="ChunkTermCounter"/>.</summary>
internal readonly record struct TermCounts(int Start, int Length);
