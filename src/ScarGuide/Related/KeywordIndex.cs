namespace ScarGuide.Related;

/// <summary>Tags or categories as an inverted index, with each keyword damped by how many documents carry it.</summary>
internal sealed class KeywordIndex
{
    private readonly int[][] _documentKeywords;
    private readonly string[][] _documentSpellings;
    private readonly double[] _inverseSqrtCount;
    private readonly double[] _damping;
    private readonly int[][] _postings;

    // Per keyword, made on first use: its documents as a bit set (see Members).
    private readonly ulong[]?[] _members;

    /// <summary>Indexes the keywords read into <paramref name="table"/>.</summary>
    /// <param name="population">How many documents IDF counts (see RelatedIndex.Population).</param>
    /// <param name="recency">Document indices, newest first.</param>
    public KeywordIndex(KeywordTable table, int population, int[] recency)
    {
        _documentKeywords = table.DocumentKeywords;
        _documentSpellings = table.DocumentSpellings;
        _inverseSqrtCount = Array.ConvertAll(_documentKeywords, k => k.Length == 0 ? 0.0 : 1.0 / Math.Sqrt(k.Length));

        // ln(N/df) / ln(N): near 1 for a keyword on two documents of a large site, 0 for one on every document,
        // about 0.3 for one on half of a 10-document site and 0.08 for one on half of 10,000.
        _damping = Array.ConvertAll(table.Frequency, df =>
            df < 2 || df >= population ? 0.0 : Math.Log((double)population / df) / Math.Log(population));

        // Filling in recency order leaves every posting newest first, so a capped walk keeps the newest documents.
        _postings = Array.ConvertAll(table.Frequency, df => new int[df]);
        _members = new ulong[]?[table.Frequency.Length];
        var filled = new int[table.Frequency.Length];
        foreach (var doc in recency)
        {
            foreach (var id in _documentKeywords[doc])
                _postings[id][filled[id]++] = doc;
        }
    }

    /// <summary>Keyword ids of a document, in the order the document declares them.</summary>
    public ReadOnlySpan<int> KeywordsOf(int document) => _documentKeywords[document];

    /// <summary>How much sharing this keyword means: 1 when rare, 0 when every document has it.</summary>
    public double Damping(int keyword) => _damping[keyword];

    /// <summary>1 / sqrt(number of keywords on the document), the per-document half of the normalisation.</summary>
    public double InverseSqrtCount(int document) => _inverseSqrtCount[document];

    /// <summary>Documents carrying the keyword, newest first (ties by key).</summary>
    public ReadOnlySpan<int> Posting(int keyword) => _postings[keyword];

    /// <summary>
    /// The keyword's documents as a bit set over document indices (bit <c>d % 64</c> of word <c>d / 64</c>): for a keyword
    /// too common to walk, which a query then asks about for each of its thousands of candidates (RelatedIndex.FindCore),
    /// where scanning each candidate's keywords took 1.7% of a 10,000-article build. Made once, on first use, by any thread.
    /// </summary>
    public ulong[] Members(int keyword)
    {
        if (Volatile.Read(ref _members[keyword]) is { } made) return made;
        var bits = new ulong[(_documentKeywords.Length + 63) / 64];
        foreach (var document in _postings[keyword]) bits[document >> 6] |= 1UL << document;
        return Interlocked.CompareExchange(ref _members[keyword], bits, null) ?? bits;
    }

    public bool Has(int document, int keyword)
    {
        // Documents carry a handful of keywords, so a plain scan beats any set.
        foreach (var own in _documentKeywords[document])
        {
            if (own == keyword)
                return true;
        }
        return false;
    }

    /// <summary>Damped overlap in [0, 1]: the sum of shared keywords' damping over sqrt(|A| * |B|).</summary>
    public double Score(int a, int b)
    {
        var sum = 0.0;
        foreach (var keyword in _documentKeywords[a])
        {
            if (Has(b, keyword))
                sum += _damping[keyword];
        }
        return sum * _inverseSqrtCount[a] * _inverseSqrtCount[b];
    }

    /// <summary>Keywords both documents carry, spelled and ordered as on <paramref name="a"/>.</summary>
    public IReadOnlyList<string> Shared(int a, int b)
    {
        var keywords = _documentKeywords[a];
        var shared = new List<string>();
        for (var i = 0; i < keywords.Length; i++)
        {
            if (Has(b, keywords[i]))
                shared.Add(_documentSpellings[a][i]);
        }
        return shared;
    }
}
