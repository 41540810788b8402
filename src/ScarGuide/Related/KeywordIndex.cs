namespace ScarGuide.Related;

/// <summary>Tags or categories as an inverted index, with each keyword damped by how many documents carry it.</summary>
internal sealed class KeywordIndex
{
    private readonly int[][] _documentKeywords;
    private readonly string[][] _documentSpellings;
    private readonly double[] _inverseSqrtCount;
    private readonly double[] _damping;
    private readonly int[][] _postings;

    private KeywordIndex(
        int[][] documentKeywords, string[][] documentSpellings, double[] damping, int[][] postings)
    {
        _documentKeywords = documentKeywords;
        _documentSpellings = documentSpellings;
        _damping = damping;
        _postings = postings;
        _inverseSqrtCount = Array.ConvertAll(documentKeywords, k => k.Length == 0 ? 0.0 : 1.0 / Math.Sqrt(k.Length));
    }

    /// <summary>Builds the index; <paramref name="recency"/> lists document indices newest first.</summary>
    public static KeywordIndex Build(
        IReadOnlyList<RelatedDocument> documents,
        Func<RelatedDocument, IReadOnlyList<string>> keywordsOf,
        int[] recency)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var frequency = new List<int>();
        var documentKeywords = new int[documents.Count][];
        var documentSpellings = new string[documents.Count][];
        for (var doc = 0; doc < documents.Count; doc++)
        {
            var keywords = new List<int>();
            var spellings = new List<string>();
            foreach (var raw in keywordsOf(documents[doc]))
            {
                var keyword = raw?.Trim();
                if (string.IsNullOrEmpty(keyword))
                    continue;
                if (!ids.TryGetValue(keyword, out var id))
                {
                    id = frequency.Count;
                    ids.Add(keyword, id);
                    frequency.Add(0);
                }
                if (keywords.Contains(id))
                    continue;
                keywords.Add(id);
                spellings.Add(keyword);
                frequency[id]++;
            }
            documentKeywords[doc] = [.. keywords];
            documentSpellings[doc] = [.. spellings];
        }

        // N counts only documents sharing at least one keyword with another document: one whose keywords are
        // all its own cannot match through this index, and leaving it out means adding such an article
        // changes no other document's scores at all.
        var n = documentKeywords.Count(keywords => keywords.Any(id => frequency[id] >= 2));

        // ln(N/df) / ln(N): near 1 for a keyword on two documents of a large site, 0 for one on every document,
        // about 0.3 for one on half of a 10-document site and 0.08 for one on half of 10,000.
        var damping = frequency
            .Select(df => df < 2 || n < 2 ? 0.0 : Math.Log((double)n / df) / Math.Log(n))
            .ToArray();

        // Filling in recency order leaves every posting newest first, so a capped walk keeps the newest documents.
        var postings = frequency.Select(df => new int[df]).ToArray();
        var filled = new int[frequency.Count];
        foreach (var doc in recency)
        {
            foreach (var id in documentKeywords[doc])
                postings[id][filled[id]++] = doc;
        }

        return new KeywordIndex(documentKeywords, documentSpellings, damping, postings);
    }

    /// <summary>Keyword ids of a document, in the order the document declares them.</summary>
    public ReadOnlySpan<int> KeywordsOf(int document) => _documentKeywords[document];

    /// <summary>How much sharing this keyword means: 1 when rare, 0 when every document has it.</summary>
    public double Damping(int keyword) => _damping[keyword];

    /// <summary>1 / sqrt(number of keywords on the document), the per-document half of the normalisation.</summary>
    public double InverseSqrtCount(int document) => _inverseSqrtCount[document];

    /// <summary>Documents carrying the keyword, newest first (ties by key).</summary>
    public ReadOnlySpan<int> Posting(int keyword) => _postings[keyword];

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
