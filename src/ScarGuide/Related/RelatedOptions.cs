namespace ScarGuide.Related;

/// <summary>Weights and limits for <see cref="RelatedIndex"/>; the defaults suit a typical article site.</summary>
public sealed record RelatedOptions
{
    /// <summary>How many related documents <see cref="RelatedIndex.Find"/> returns when no count is given.</summary>
    public int Count { get; init; } = 4;

    /// <summary>Weight of the tag score. Tags are specific and chosen by an editor, so they count most.</summary>
    public double TagWeight { get; init; } = 0.5;

    /// <summary>Weight of the category score. Categories are broad sections, so they count least.</summary>
    public double CategoryWeight { get; init; } = 0.15;

    /// <summary>Weight of the text similarity. It finds matches editors forgot to tag, but is noisier.</summary>
    public double TextWeight { get; init; } = 0.35;

    /// <summary>Matches scoring below this are dropped, even if fewer than the count remain.</summary>
    public double MinScore { get; init; } = 0.03;

    /// <summary>How many of its strongest terms each document keeps for text similarity.</summary>
    public int TermsPerDocument { get; init; } = 32;

    /// <summary>Term-frequency multiplier for words in the title.</summary>
    public double TitleBoost { get; init; } = 3.0;

    /// <summary>Term-frequency multiplier for words in headings.</summary>
    public double HeadingBoost { get; init; } = 2.0;

    /// <summary>Terms found in more than this share of documents (and in more than 50) are ignored as too common.</summary>
    public double CommonTermFraction { get; init; } = 0.2;

    /// <summary>
    /// A word in more documents than this is too common to find candidates with, whatever the fraction says. Without
    /// this cap the postings walked grow with the square of the site (every document meets a fifth of the others).
    /// </summary>
    public int CommonTermDocumentLimit { get; init; } = 600;

    /// <summary>A tag or category on more documents than this finds candidates only among its newest this-many documents.</summary>
    public int KeywordPostingLimit { get; init; } = 250;
}
