namespace ScarGuide.Related;

/// <summary>Sparse TF-IDF vectors (each document's strongest terms only) and the postings that connect them.</summary>
internal sealed class TextIndex
{
    // Below this many documents a term is never "too common": small sites rely on IDF alone.
    private const int MinCommonTermDocuments = 50;

    private readonly string[] _terms;
    private readonly int[][] _documentTerms;
    private readonly double[][] _documentWeights;
    private readonly int[][] _postingDocuments;
    private readonly double[][] _postingWeights;

    private TextIndex(string[] terms, int[][] documentTerms, double[][] documentWeights)
    {
        _terms = terms;
        _documentTerms = documentTerms;
        _documentWeights = documentWeights;
        (_postingDocuments, _postingWeights) = BuildPostings(terms.Length, documentTerms, documentWeights);
    }

    /// <summary>Term ids of a document's vector, ascending.</summary>
    public ReadOnlySpan<int> TermsOf(int document) => _documentTerms[document];

    /// <summary>L2-normalised weights of a document's vector, aligned with <see cref="TermsOf"/>.</summary>
    public ReadOnlySpan<double> WeightsOf(int document) => _documentWeights[document];

    /// <summary>Documents whose vectors hold the term, in document order.</summary>
    public ReadOnlySpan<int> PostingDocuments(int term) => _postingDocuments[term];

    /// <summary>The term's weight in each of those documents, aligned with <see cref="PostingDocuments"/>.</summary>
    public ReadOnlySpan<double> PostingWeights(int term) => _postingWeights[term];

    public static TextIndex Build(IReadOnlyList<RelatedDocument> documents, RelatedOptions options)
    {
        var n = documents.Count;

        // Tokenising dominates the build, so each core counts one contiguous run of documents with its own
        // vocabulary (one run per core: every run re-analyses the tokens it meets, so more runs cost more).
        // Final term ids come from sorting the merged vocabulary, so the split never shows in results.
        var chunkCount = Math.Clamp(n / 256, 1, Environment.ProcessorCount);
        var counters = new ChunkTermCounter[chunkCount];
        var counts = new TermCounts[n];
        var chunkOf = new int[n];
        Parallel.For(0, chunkCount, chunk =>
        {
            var (start, end) = ((int)((long)chunk * n / chunkCount), (int)((long)(chunk + 1) * n / chunkCount));
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

        var (terms, idf, localToTerm) = ChooseVocabulary(counters, counts, chunkOf, options.CommonTermFraction);

        var documentTerms = new int[n][];
        var documentWeights = new double[n][];
        Parallel.For(
            0,
            n,
            () => new TopTermsBuffer(options.TermsPerDocument),
            (i, _, buffer) =>
            {
                var counter = counters[chunkOf[i]];
                (documentTerms[i], documentWeights[i]) = buffer.Select(
                    counter.TermsOf(counts[i]), counter.FrequenciesOf(counts[i]), localToTerm[chunkOf[i]], idf);
                return buffer;
            },
            _ => { });

        return new TextIndex(terms, documentTerms, documentWeights);
    }

    /// <summary>Cosine similarity of two documents' vectors.</summary>
    public double Similarity(int a, int b)
    {
        var termsA = _documentTerms[a];
        var termsB = _documentTerms[b];
        var weightsA = _documentWeights[a];
        var weightsB = _documentWeights[b];
        var sum = 0.0;
        for (int i = 0, j = 0; i < termsA.Length && j < termsB.Length;)
        {
            if (termsA[i] < termsB[j]) i++;
            else if (termsA[i] > termsB[j]) j++;
            else sum += weightsA[i++] * weightsB[j++];
        }
        return sum;
    }

    /// <summary>A document's strongest terms, strongest first.</summary>
    public IReadOnlyList<string> TopTerms(int document, int count)
    {
        var terms = _documentTerms[document];
        var weights = _documentWeights[document];
        return Enumerable.Range(0, terms.Length)
            .OrderByDescending(i => weights[i])
            .ThenBy(i => terms[i])
            .Take(count)
            .Select(i => _terms[terms[i]])
            .ToArray();
    }

    private static long TextLength(RelatedDocument document)
    {
        long length = (document.Title?.Length ?? 0) + (document.Body?.Length ?? 0);
        foreach (var heading in document.Headings)
            length += heading?.Length ?? 0;
        return length;
    }

    private static (string[] Terms, double[] Idf, int[][] LocalToTerm) ChooseVocabulary(
        ChunkTermCounter[] counters, TermCounts[] counts, int[] chunkOf, double commonTermFraction)
    {
        var mergedIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var mergedTerms = new List<string>();
        var frequency = new List<int>();
        var localToMerged = new int[counters.Length][];
        for (var c = 0; c < counters.Length; c++)
        {
            var counter = counters[c];
            var map = localToMerged[c] = new int[counter.Terms.Count];
            for (var local = 0; local < map.Length; local++)
            {
                var term = counter.Terms[local];
                if (!mergedIds.TryGetValue(term, out var merged))
                {
                    merged = mergedTerms.Count;
                    mergedIds.Add(term, merged);
                    mergedTerms.Add(term);
                    frequency.Add(0);
                }
                frequency[merged] += counter.DocumentFrequency[local];
                map[local] = merged;
            }
        }

        // IDF counts only documents that share at least one term with another document. A document that
        // shares nothing cannot be matched by text anyway, and leaving it out keeps every other document's
        // weights (and so its related list) exactly as they were when such an article is added.
        var connected = 0;
        for (var doc = 0; doc < counts.Length; doc++)
        {
            var map = localToMerged[chunkOf[doc]];
            foreach (var local in counters[chunkOf[doc]].TermsOf(counts[doc]))
            {
                if (frequency[map[local]] >= 2)
                {
                    connected++;
                    break;
                }
            }
        }

        // A term in one document cannot connect two; one in (nearly) every document cannot tell them apart.
        var commonLimit = Math.Max(MinCommonTermDocuments, commonTermFraction * connected);
        var kept = Enumerable.Range(0, mergedTerms.Count)
            .Where(m => frequency[m] >= 2 && frequency[m] < connected && frequency[m] <= commonLimit)
            .OrderBy(m => mergedTerms[m], StringComparer.Ordinal)
            .ToArray();

        var mergedToTerm = new int[mergedTerms.Count];
        Array.Fill(mergedToTerm, -1);
        var terms = new string[kept.Length];
        var idf = new double[kept.Length];
        for (var id = 0; id < kept.Length; id++)
        {
            mergedToTerm[kept[id]] = id;
            terms[id] = mergedTerms[kept[id]];
            idf[id] = Math.Log((double)connected / frequency[kept[id]]);
        }

        var localToTerm = localToMerged
            .Select(map => Array.ConvertAll(map, merged => mergedToTerm[merged]))
            .ToArray();
        return (terms, idf, localToTerm);
    }

    private static (int[][] Documents, double[][] Weights) BuildPostings(
        int termCount, int[][] documentTerms, double[][] documentWeights)
    {
        var lengths = new int[termCount];
        foreach (var terms in documentTerms)
        {
            foreach (var term in terms)
                lengths[term]++;
        }

        var documents = new int[termCount][];
        var weights = new double[termCount][];
        for (var term = 0; term < termCount; term++)
        {
            documents[term] = new int[lengths[term]];
            weights[term] = new double[lengths[term]];
        }

        var filled = new int[termCount];
        for (var doc = 0; doc < documentTerms.Length; doc++)
        {
            var terms = documentTerms[doc];
            for (var i = 0; i < terms.Length; i++)
            {
                var term = terms[i];
                var slot = filled[term]++;
                documents[term][slot] = doc;
                weights[term][slot] = documentWeights[doc][i];
            }
        }
        return (documents, weights);
    }
}
