namespace ScarGuide.Readability;

/// <summary>
/// What a build keeps of a page's reading level: the three scores, the counts behind them and the three hardest
/// sentences (the full <see cref="ReadabilityScore"/> holds every sentence and the prose, which pages do not need).
/// </summary>
public sealed record ReadingLevel(int Words, int Sentences, double FleschKincaidGrade, double FleschReadingEase, double Smog, IReadOnlyList<HardSentence> Hardest)
{
    /// <summary>How many of the hardest sentences a warning and the report name.</summary>
    public const int HardestShown = 3;

    public static ReadingLevel Of(ReadabilityScore score) =>
        new(score.Words, score.Sentences, score.FleschKincaidGrade, score.FleschReadingEase, score.Smog, score.Hardest(HardestShown));
}
