namespace ScarGuide.Related;

/// <summary>Every document's terms and weighted term frequencies, plus in how many documents each term occurs.</summary>
internal sealed class TermTable
{
    private readonly ChunkTermCounter[] _counters;
    private readonly TermCounts[] _counts;
    private readonly int[] _chunkOf;
    private readonly int[][] _localToMerged;

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

    public int DocumentCount => _counts.Length;

    public static TermTable Count(IReadOnlyList<RelatedDocument> documents, RelatedOptions options)
    {
        var n = documents.Count;

        // Tokenising dominates the build, so each core counts one contiguous run of documents with its own
        // vocabulary (one run per core: every run re-analyses the tokens it meets, so more runs cost more).
        // Nothing downstream depends on the split: merged counts are sums, and final term ids come from sorting.
        var chunkCount = Math.Clamp(n / 256, 1, Environment.ProcessorCount);
        var counters = new ChunkTermCounter[chunkCount];
        var counts = new TermCounts[n];
        var chunkOf = new int[n];
        Parallel.For(0, chunkCount, chunk =>
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

    /// <summary>A document's terms (as merged ids) with their weighted frequencies.</summary>
    public DocumentTerms TermsOf(int document)
    {
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
        long length = (document.Title?.Length ?? 0) + (document.Body?.Length ?? 0);
        foreach (var heading in document.Headings)
            length += heading?.Length ?? 0;
        return length;
    }
}
