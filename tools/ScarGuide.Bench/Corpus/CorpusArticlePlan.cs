namespace ScarGuide.Bench.Corpus;

/// <summary>What the generator decided about one article before writing any of them, so links can point anywhere.</summary>
internal sealed class CorpusArticlePlan
{
    public required int Index { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    /// <summary>Index into <see cref="CorpusVocabulary.Topics"/> of the article's main cluster.</summary>
    public required int Topic { get; init; }

    /// <summary>Index of a second cluster the article borrows from, or -1.</summary>
    public required int Secondary { get; init; }

    /// <summary>Index of the article's treatment within its main cluster.</summary>
    public required int Treatment { get; init; }

    /// <summary>Index of the article's scar phrase within its main cluster.</summary>
    public required int Scar { get; init; }

    /// <summary>Seed for the article's own random source, so its text does not depend on other articles.</summary>
    public required int Seed { get; init; }

    public required DateOnly Date { get; init; }
}
