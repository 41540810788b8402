using ScarGuide.Pipeline;

namespace ScarGuide.Related;

/// <summary>Every document's terms and weighted term frequencies, plus in how many documents each term occurs.</summary>
internal sealed class TermTable
{
    private readonly ChunkTermCounter[] _counters;
    private readonly TermCounts[] _counts;
    private readonly int[] _chunkOf;
    private readonly int[][] _localToMerged;

    // Set instead of the above when counted with a cache: per document, merged term ids and frequencies.
    private readonly int[][]? _documentTerms;
    private readonly float[][]? _documentFrequencies;

    private TermTable(
        ChunkTermCounter[] counters, TermCounts[] counts, int[] chunkOf, int[][] localToMerged,
        string[] terms, int[] frequency)
    {
        _counters = counters;
        _counts = counts;
        _chunkOf = chunkOf;
        _localToMerged = localToMerged;
        Terms = terms;
        Frequency = frequency;
    }

    /// <summary>All distinct terms, indexed by merged term id (in no meaningful order).</summary>
    public string[] Terms { get; }

    /// <summary>Per merged term id: how many documents contain the term.</summary>
    public int[] Frequency { get; }

    public int DocumentCount => _documentTerms?.Length ?? _counts.Length;

    public static TermTable Count(IReadOnlyList<RelatedDocument> documents, RelatedOptions options, Work work, RelatedAnalysisCache? cache = null)
    {
        if (cache is not null)
            return CountCached(documents, options, work, cache);

        var n = documents.Count;
        var (counters, counts, chunkOf) = CountChunks(documents, options, work);
        var chunkCount = counters.Length;

        var mergedIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var frequency = new List<int>();
        var localToMerged = new int[chunkCount][];
        for (var c = 0; c < chunkCount; c++)
        {
            var counter = counters[c];
            var map = localToMerged[c] = new int[counter.Terms.Count];
            for (var local = 0; local < map.Length; local++)
            {
                var term = counter.Terms[local];
                if (!mergedIds.TryGetValue(term, out var merged))
                {
                    merged = terms.Count;
                    mergedIds.Add(term, merged);
                    terms.Add(term);
                    frequency.Add(0);
                }
                frequency[merged] += counter.DocumentFrequency[local];
                map[local] = merged;
            }
        }

        return new TermTable(counters, counts, chunkOf, localToMerged, [.. terms], [.. frequency]);
    }

    /// <summary>
    /// Counts with <paramref name="cache"/>: documents whose text is unchanged reuse their remembered analysis, the
    /// others are counted and remembered. Every document's terms and frequencies are the ones counting gives, so
    /// the table means the same as <see cref="Count"/>'s (only its term ids differ, and nothing depends on those).
    /// </summary>
    private static TermTable CountCached(IReadOnlyList<RelatedDocument> documents, RelatedOptions options, Work work, RelatedAnalysisCache cache)
    {
        cache.Begin(options);
        var n = documents.Count;
        var used = new Dictionary<string, RelatedAnalysisCache.Analysis>(n, StringComparer.Ordinal);
        var missing = new List<RelatedDocument>();
        foreach (var document in documents)
        {
            if (cache.Find(document) is { } analysis)
                used[document.Key] = analysis;
            else
                missing.Add(document);
        }
        if (missing.Count > 0)
        {
            var (counters, counts, chunkOf) = CountChunks(missing, options, work);
            for (var i = 0; i < missing.Count; i++)
            {
                var counter = counters[chunkOf[i]];
                used[missing[i].Key] = cache.Add(missing[i], counter.TermsOf(counts[i]), counter.FrequenciesOf(counts[i]), t => counter.Terms[t]);
            }
        }
        used = cache.End(used, missing.Count);

        // Term ids are the cache's: one "chunk" whose local ids are already the merged ones.
        var terms = cache.Terms.ToArray();
        var frequency = new int[terms.Length];
        var documentTerms = new int[n][];
        var documentFrequencies = new float[n][];
        var analyses = new RelatedAnalysisCache.Analysis[n];
        for (var i = 0; i < n; i++)
        {
            var analysis = analyses[i] = used[documents[i].Key];
            documentTerms[i] = analysis.Terms;
            documentFrequencies[i] = analysis.Frequencies;
            foreach (var term in analysis.Terms)
                frequency[term]++;
        }
        return new TermTable(documentTerms, documentFrequencies, terms, frequency) { Cache = cache, Analyses = analyses };
    }

    /// <summary>The cache this table was counted with, if any; its term ids are then the cache's.</summary>
    public RelatedAnalysisCache? Cache { get; private init; }

    /// <summary>With a <see cref="Cache"/>: each document's remembered analysis (never modified, so it identifies the terms).</summary>
    public RelatedAnalysisCache.Analysis[]? Analyses { get; private init; }

    private TermTable(int[][] documentTerms, float[][] documentFrequencies, string[] terms, int[] frequency)
    {
        _counters = [];
        _counts = [];
        _chunkOf = [];
        _localToMerged = [];
        _documentTerms = documentTerms;
        _documentFrequencies = documentFrequencies;
        Terms = terms;
        Frequency = frequency;
    }

    /// <summary>
    /// Tokenising dominates the build, so each core counts one contiguous run of documents with its own
    /// vocabulary (one run per core: every run re-analyses the tokens it meets, so more runs cost more; one run
    /// when the build is serial). Nothing downstream depends on the split: merged counts are sums, and final term
    /// ids come from sorting.
    /// </summary>
    private static (ChunkTermCounter[] Counters, TermCounts[] Counts, int[] ChunkOf) CountChunks(
        IReadOnlyList<RelatedDocument> documents, RelatedOptions options, Work work)
    {
        var n = documents.Count;
        var chunkCount = work.IsParallel ? Math.Clamp(n / 256, 1, Environment.ProcessorCount) : 1;
        var counters = new ChunkTermCounter[chunkCount];
        var counts = new TermCounts[n];
        var chunkOf = new int[n];
        work.ForEach(Enumerable.Range(0, chunkCount).ToArray(), chunk =>
        {
            var start = (int)((long)chunk * n / chunkCount);
            var end = (int)((long)(chunk + 1) * n / chunkCount);
            var characters = 0L;
            for (var i = start; i < end; i++)
                characters += TextLength(documents[i]);
            var counter = new ChunkTermCounter(options.TitleBoost, options.HeadingBoost, characters);
            for (var i = start; i < end; i++)
            {
                counts[i] = counter.Count(documents[i]);
                chunkOf[i] = chunk;
            }
            counters[chunk] = counter;
        });
        return (counters, counts, chunkOf);
    }

    /// <summary>A document's terms (as merged ids) with their weighted frequencies.</summary>
    public DocumentTerms TermsOf(int document)
    {
        if (_documentTerms is not null)
            return new DocumentTerms(_documentTerms[document], _documentFrequencies![document], null);
        var counter = _counters[_chunkOf[document]];
        return new DocumentTerms(
            counter.TermsOf(_counts[document]), counter.FrequenciesOf(_counts[document]), _localToMerged[_chunkOf[document]]);
    }

    /// <summary>Whether the document contains a term that another document contains too, but fewer than <paramref name="documents"/> do.</summary>
    public bool SharesAny(int document, int documents)
    {
        var terms = TermsOf(document);
        for (var i = 0; i < terms.Count; i++)
        {
            var frequency = Frequency[terms.TermAt(i)];
            if (frequency >= 2 && frequency < documents)
                return true;
        }
        return false;
    }

    private static long TextLength(RelatedDocument document)
    {
        // A bound is enough to size the buffers, and decoding every body only to measure it cost a copy of each.
        long length = (document.Title?.Length ?? 0) + document.BodyLengthBound;
        foreach (var heading in document.Headings)
            length += heading?.Length ?? 0;
        return length;
    }
}
