using System.Runtime.CompilerServices;

namespace ScarGuide.Related;

/// <summary>Reusable per-query working memory: a score accumulator over all documents plus the list it touched.</summary>
internal sealed class CandidateScratch
{
    private readonly Slot[] _slots;
    private readonly int[] _touched;
    private int _stamp;

    public CandidateScratch(int documentCount)
    {
        _slots = new Slot[documentCount];
        _touched = new int[documentCount];
    }

    public int TouchedCount { get; private set; }

    /// <summary>Common keywords of the current query, scored per candidate instead of walked in full.</summary>
    public List<CommonKeyword> CommonKeywords { get; } = [];

    /// <summary>Starts a query. Stamps instead of clearing keep this O(1) rather than O(documents).</summary>
    public void Begin()
    {
        if (_stamp == int.MaxValue)
        {
            Array.Clear(_slots);
            _stamp = 0;
        }
        _stamp++;
        TouchedCount = 0;
        CommonKeywords.Clear();
    }

    // Called once per posting entry, millions of times per build. This and RelatedIndex's three posting loops are the
    // only methods marked for full optimisation: they run long enough at 10,000 articles for the compiler's code to beat
    // the precompiled image's (related 570 -> 491 ms), while every other hot loop is left to the image, which saves
    // compiling it at every start (docs/performance.md, 2026-12-05 third round).
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public void Add(int document, double value)
    {
        ref var slot = ref _slots[document];
        if (slot.TouchedStamp != _stamp)
        {
            slot.TouchedStamp = _stamp;
            slot.Score = 0;
            _touched[TouchedCount++] = document;
        }
        slot.Score += value;
    }

    public void Touch(int document) => Add(document, 0);

    public int Touched(int index) => _touched[index];

    public double Score(int document) => _slots[document].Score;

    public void Exclude(int document) => _slots[document].ExcludedStamp = _stamp;

    public bool IsExcluded(int document) => _slots[document].ExcludedStamp == _stamp;

    // Score and stamps side by side: one cache line per posting entry instead of three.
    private struct Slot
    {
        public double Score;
        public int TouchedStamp;
        public int ExcludedStamp;
    }
}

/// <summary>A keyword too common to walk: its contribution is added per candidate that carries it (<paramref name="Members"/>: see <see cref="KeywordIndex.Members"/>).</summary>
internal readonly record struct CommonKeyword(KeywordIndex Index, int Keyword, double Factor, ulong[] Members);
