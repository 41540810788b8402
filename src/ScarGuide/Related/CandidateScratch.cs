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

    // Called once per posting entry, millions of times per build. Like every hot loop here it has no
    // AggressiveOptimization: that kept methods out of the shipped tool's precompiled image, so each was compiled at
    // every start on the threads that first needed it (docs/performance.md, 2026-12-05 third round).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

/// <summary>A keyword too common to walk: its contribution is added per candidate that carries it.</summary>
internal readonly record struct CommonKeyword(KeywordIndex Index, int Keyword, double Factor);
