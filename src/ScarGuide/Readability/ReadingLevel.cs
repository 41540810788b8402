namespace ScarGuide.Readability;

/// <summary>
/// What a build keeps of a page's reading level: the scores, the counts behind them and the three hardest sentences
/// (the full <see cref="ReadabilityScore"/> holds every sentence and the prose, which pages do not need). English
/// pages are judged by <see cref="FleschKincaidGrade"/>, Spanish ones by <see cref="SzigrisztPazos"/>
/// (<see cref="Formula"/> says which); the other language's scores are computed from the same counts but mean nothing.
/// </summary>
public sealed record ReadingLevel(int Words, int Sentences, double FleschKincaidGrade, double FleschReadingEase, double Smog, IReadOnlyList<HardSentence> Hardest)
{
    /// <summary>How many of the hardest sentences a warning and the report name.</summary>
    public const int HardestShown = 3;

    /// <summary>Fewer words of prose than this are too few to score: a short notice gets no reading-level warning.</summary>
    public const int MinWordsToJudge = 30;

    /// <summary>The language whose rules and formulas apply: English or Spanish.</summary>
    public ReadingFormula Formula { get; init; } = ReadingFormula.English;

    /// <summary>Fernández Huerta reading ease (Spanish).</summary>
    public double FernandezHuerta { get; init; }

    /// <summary>Szigriszt-Pazos perspicuity (Spanish), read on the INFLESZ scale.</summary>
    public double SzigrisztPazos { get; init; }

    /// <summary>The INFLESZ word for <see cref="SzigrisztPazos"/>, such as "normal" or "algo difícil".</summary>
    public string Inflesz => ReadabilityScore.Inflesz(SzigrisztPazos);

    /// <summary>Too few words (<see cref="MinWordsToJudge"/>) for the formulas to say anything.</summary>
    public bool TooShortToJudge => Words < MinWordsToJudge;

    public static ReadingLevel Of(ReadabilityScore score) =>
        new(score.Words, score.Sentences, score.FleschKincaidGrade, score.FleschReadingEase, score.Smog, score.Hardest(HardestShown))
        {
            Formula = score.Formula, FernandezHuerta = score.FernandezHuerta, SzigrisztPazos = score.SzigrisztPazos,
        };
}
