namespace ScarGuide.Related;

/// <summary>A view of one document's terms in a <see cref="TermTable"/>.</summary>
internal readonly ref struct DocumentTerms
{
    private readonly ReadOnlySpan<int> _localTerms;
    private readonly ReadOnlySpan<float> _frequencies;
    private readonly int[]? _localToMerged;

    /// <param name="localToMerged">Local id to merged id, or null when the local ids are the merged ones.</param>
    public DocumentTerms(ReadOnlySpan<int> localTerms, ReadOnlySpan<float> frequencies, int[]? localToMerged)
    {
        _localTerms = localTerms;
        _frequencies = frequencies;
        _localToMerged = localToMerged;
    }

    public int Count => _localTerms.Length;

    /// <summary>Merged term id of the i-th term.</summary>
    public int TermAt(int i) => _localToMerged is null ? _localTerms[i] : _localToMerged[_localTerms[i]];

    /// <summary>Boosted, sublinear term frequency of the i-th term.</summary>
    public float FrequencyAt(int i) => _frequencies[i];
}
