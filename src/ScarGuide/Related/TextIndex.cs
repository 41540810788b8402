using ScarGuide.Pipeline;

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

    /// <summary>Builds vectors from counted terms.</summary>
    /// <param name="population">How many documents IDF counts (see RelatedIndex.Population).</param>
    public static TextIndex Build(TermTable table, int population, RelatedOptions options, Work work)
    {
        // A term in one document cannot connect two; one in (nearly) every document cannot tell them apart.
        var commonLimit = Math.Max(MinCommonTermDocuments, Math.Min(options.CommonTermDocumentLimit, options.CommonTermFraction * population));
        var frequency = table.Frequency;
        // A loop and a sort with a comparison (ties: lower id, as OrderBy kept them), not LINQ over the ids: its sorter of
        // ints keyed by strings has no precompiled code in the installed tool.
        var keptIds = new List<int>();
        for (var m = 0; m < frequency.Length; m++)
            if (frequency[m] >= 2 && frequency[m] < population && frequency[m] <= commonLimit) keptIds.Add(m);
        keptIds.Sort((a, b) =>
        {
            var byTerm = string.CompareOrdinal(table.Terms[a], table.Terms[b]);
            return byTerm != 0 ? byTerm : a.CompareTo(b);
        });
        var kept = keptIds.ToArray();

        // Vocabulary ids follow the terms' ordinal order, so they do not depend on document order or threads.
        var mergedToTerm = new int[frequency.Length];
        Array.Fill(mergedToTerm, -1);
        var terms = new string[kept.Length];
        var idf = new double[kept.Length];
        for (var id = 0; id < kept.Length; id++)
        {
            mergedToTerm[kept[id]] = id;
            terms[id] = table.Terms[kept[id]];
            idf[id] = Math.Log((double)population / frequency[kept[id]]);
        }

        var n = table.DocumentCount;
        var documentTerms = new int[n][];
        var documentWeights = new double[n][];
        // With a cache, and the same vocabulary and weights as last time, an unchanged document keeps its vector.
        var analyses = table.Analyses;
        var previous = table.Cache?.Vectors(kept, idf, options.TermsPerDocument);
        // One buffer per thread the runner uses, not one per document.
        using var buffers = new ThreadLocal<TopTermsBuffer>(() => new TopTermsBuffer(options.TermsPerDocument));
        work.ForEach(Enumerable.Range(0, n).ToArray(), i =>
        {
            (documentTerms[i], documentWeights[i]) = previous is not null && previous.TryGetValue(analyses![i], out var vector)
                ? vector
                : buffers.Value!.Select(table.TermsOf(i), mergedToTerm, idf);
        });

        if (table.Cache is { } cache && analyses is not null)
        {
            var vectors = new Dictionary<RelatedAnalysisCache.Analysis, (int[] Terms, double[] Weights)>(n, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < n; i++)
                vectors[analyses[i]] = (documentTerms[i], documentWeights[i]);
            cache.RememberVectors(kept, idf, options.TermsPerDocument, vectors);
        }

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
