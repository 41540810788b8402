namespace ScarGuide.Related;

/// <summary>
/// Remembers each document's analysed text (its terms and boosted term frequencies) between builds of a
/// <see cref="RelatedIndex"/>, so a rebuild after one document changed re-tokenises only that document.
/// </summary>
/// <remarks>
/// A document's analysis depends only on its title, headings and body and on the title and heading boosts; a
/// remembered analysis is reused only while all of them are equal (ordinal) to what it was made from, so an index
/// built with a cache is identical to one built without. Tags and categories are cheap to read and are not cached.
/// Documents missing from a build are forgotten. One build at a time per cache.
/// </remarks>
public sealed class RelatedAnalysisCache
{
    // Terms get ids of their own here, stable across builds, so remembered analyses can hold plain int arrays.
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private Dictionary<string, Analysis> _analyses = new(StringComparer.Ordinal);
    private (double Title, double Heading) _boosts = (double.NaN, double.NaN);

    /// <summary>How many documents the last build analysed again.</summary>
    public int LastAnalysed { get; private set; }

    /// <summary>How many documents the last build took from the cache.</summary>
    public int LastReused { get; private set; }

    /// <summary>Documents remembered.</summary>
    public int Count => _analyses.Count;

    internal IReadOnlyList<string> Terms => _terms;

    /// <summary>Starts a build: forgets everything if the boosts differ from the last build's.</summary>
    internal void Begin(RelatedOptions options)
    {
        if (_boosts != (options.TitleBoost, options.HeadingBoost))
        {
            _analyses.Clear();
            _termIds.Clear();
            _terms.Clear();
            _vectors = new(ReferenceEqualityComparer.Instance);
            _vectorVocabulary = null;
            _boosts = (options.TitleBoost, options.HeadingBoost);
        }
    }

    /// <summary>The remembered analysis of <paramref name="document"/>, if its text is unchanged.</summary>
    internal Analysis? Find(RelatedDocument document) =>
        _analyses.TryGetValue(document.Key, out var analysis) && analysis.Matches(document) ? analysis : null;

    /// <summary>Remembers a fresh analysis, given as terms (strings via <paramref name="termOf"/>) and frequencies.</summary>
    internal Analysis Add(RelatedDocument document, ReadOnlySpan<int> localTerms, ReadOnlySpan<float> frequencies, Func<int, string> termOf)
    {
        var ids = new int[localTerms.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var term = termOf(localTerms[i]);
            if (!_termIds.TryGetValue(term, out var id))
            {
                id = _terms.Count;
                _termIds.Add(term, id);
                _terms.Add(term);
            }
            ids[i] = id;
        }
        var analysis = new Analysis(document.Title, [.. document.Headings], document.Body, ids, frequencies.ToArray());
        _analyses[document.Key] = analysis;
        return analysis;
    }

    /// <summary>
    /// Ends a build that used exactly <paramref name="used"/>: forgets other documents and, when most remembered
    /// term ids belong to nothing any more, renumbers the terms (into new <see cref="Analysis"/> objects; read them
    /// back from the result).
    /// </summary>
    /// <returns>The analyses now remembered: <paramref name="used"/>, or its renumbered copy.</returns>
    internal Dictionary<string, Analysis> End(Dictionary<string, Analysis> used, int analysed)
    {
        _analyses = used;
        LastAnalysed = analysed;
        LastReused = used.Count - analysed;

        var live = new bool[_terms.Count];
        var liveCount = 0;
        foreach (var analysis in used.Values)
        {
            foreach (var id in analysis.Terms)
            {
                if (!live[id])
                {
                    live[id] = true;
                    liveCount++;
                }
            }
        }
        if (_terms.Count <= 2 * liveCount + 4096)
            return used;

        var renumbered = new int[_terms.Count];
        var terms = new List<string>(liveCount);
        for (var id = 0; id < live.Length; id++)
        {
            renumbered[id] = live[id] ? terms.Count : -1;
            if (live[id])
                terms.Add(_terms[id]);
        }
        _terms.Clear();
        _terms.AddRange(terms);
        _termIds.Clear();
        for (var id = 0; id < _terms.Count; id++)
            _termIds.Add(_terms[id], id);
        _analyses = used.ToDictionary(e => e.Key, e => e.Value.Renumbered(renumbered), StringComparer.Ordinal);
        return _analyses;
    }

    // The last build's text vectors, per analysis, and the vocabulary and weights they were selected with.
    private int[]? _vectorVocabulary;
    private double[]? _vectorIdf;
    private int _vectorTerms;
    private Dictionary<Analysis, (int[] Terms, double[] Weights)> _vectors = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The last build's vectors if they were selected from the same vocabulary (cache term ids, in vocabulary
    /// order) with the same IDF weights and vector size; else null. A vector depends on nothing else than its
    /// document's analysis, so an unchanged analysis may reuse its vector.
    /// </summary>
    internal IReadOnlyDictionary<Analysis, (int[] Terms, double[] Weights)>? Vectors(int[] vocabulary, double[] idf, int termsPerDocument) =>
        _vectorVocabulary is not null && _vectorIdf is not null && _vectorTerms == termsPerDocument
        && vocabulary.AsSpan().SequenceEqual(_vectorVocabulary) && idf.AsSpan().SequenceEqual(_vectorIdf)
            ? _vectors
            : null;

    /// <summary>Remembers this build's vectors (only these: the others belong to analyses no longer used).</summary>
    internal void RememberVectors(int[] vocabulary, double[] idf, int termsPerDocument, Dictionary<Analysis, (int[] Terms, double[] Weights)> vectors)
    {
        _vectorVocabulary = vocabulary;
        _vectorIdf = idf;
        _vectorTerms = termsPerDocument;
        _vectors = vectors;
    }

    /// <summary>One document's analysed text: term ids (in the cache's numbering) with their frequencies.</summary>
    internal sealed class Analysis(string title, string[] headings, string body, int[] terms, float[] frequencies)
    {
        public Analysis Renumbered(int[] ids) => new(title, headings, body, Array.ConvertAll(terms, t => ids[t]), frequencies);

        public int[] Terms => terms;
        public float[] Frequencies => frequencies;

        public bool Matches(RelatedDocument document)
        {
            if (!string.Equals(title, document.Title, StringComparison.Ordinal)
                || !string.Equals(body, document.Body, StringComparison.Ordinal)
                || headings.Length != document.Headings.Count)
                return false;
            for (var i = 0; i < headings.Length; i++)
            {
                if (!string.Equals(headings[i], document.Headings[i], StringComparison.Ordinal))
                    return false;
            }
            return true;
        }
    }
}
