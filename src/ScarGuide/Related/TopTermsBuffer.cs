namespace ScarGuide.Related;

/// <summary>Picks a document's strongest TF-IDF terms and L2-normalises them, reusing one buffer per thread.</summary>
internal sealed class TopTermsBuffer(int capacity)
{
    private readonly int[] _ids = new int[capacity];
    private readonly double[] _weights = new double[capacity];

    /// <summary>The strongest terms (ties: smaller id) as ascending ids with unit-length weights.</summary>
    /// <param name="terms">The document's terms as merged ids.</param>
    /// <param name="mergedToTerm">Merged id to vocabulary id, or -1 for terms outside the vocabulary.</param>
    /// <param name="idf">Per vocabulary id.</param>
    public (int[] Terms, double[] Weights) Select(DocumentTerms terms, int[] mergedToTerm, double[] idf)
    {
        // Insertion into a small sorted buffer: most terms fail the first comparison against the weakest kept one.
        var k = _ids.Length;
        var kept = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            var id = mergedToTerm[terms.TermAt(i)];
            if (id < 0)
                continue;
            var weight = terms.FrequencyAt(i) * idf[id];
            if (kept == k && !Stronger(weight, id, _weights[k - 1], _ids[k - 1]))
                continue;

            var position = kept < k ? kept++ : k - 1;
            while (position > 0 && Stronger(weight, id, _weights[position - 1], _ids[position - 1]))
            {
                _ids[position] = _ids[position - 1];
                _weights[position] = _weights[position - 1];
                position--;
            }
            _ids[position] = id;
            _weights[position] = weight;
        }

        var norm = 0.0;
        for (var i = 0; i < kept; i++)
            norm += _weights[i] * _weights[i];
        norm = Math.Sqrt(norm);

        var ids = _ids[..kept];
        var weights = new double[kept];
        for (var i = 0; i < kept; i++)
            weights[i] = _weights[i] / norm;
        // Ascending ids by insertion (at most `capacity` of them, distinct): Array.Sort of ints carrying doubles picks
        // its sorter by reflection, which the installed tool has no precompiled code for.
        for (var i = 1; i < kept; i++)
        {
            var (id, weight) = (ids[i], weights[i]);
            var j = i;
            for (; j > 0 && ids[j - 1] > id; j--) (ids[j], weights[j]) = (ids[j - 1], weights[j - 1]);
            (ids[j], weights[j]) = (id, weight);
        }
        return (ids, weights);
    }

    private static bool Stronger(double weight, int id, double otherWeight, int otherId) =>
        weight > otherWeight || (weight == otherWeight && id < otherId);
}
