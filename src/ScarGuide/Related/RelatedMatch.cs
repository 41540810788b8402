namespace ScarGuide.Related;

/// <summary>One related document, its score and the evidence behind it.</summary>
/// <param name="Key">Key of the related document.</param>
/// <param name="Score">Weighted sum of the three component scores, rounded to 1e-9.</param>
/// <param name="SharedTags">Tags both documents carry, spelled as on the queried document.</param>
/// <param name="SharedCategories">Categories both documents carry, spelled as on the queried document.</param>
/// <param name="TagScore">Damped tag overlap in [0, 1], before weighting.</param>
/// <param name="CategoryScore">Damped category overlap in [0, 1], before weighting.</param>
/// <param name="TextScore">Cosine similarity of the two documents' TF-IDF vectors in [0, 1], before weighting.</param>
public sealed record RelatedMatch(
    string Key,
    double Score,
    IReadOnlyList<string> SharedTags,
    IReadOnlyList<string> SharedCategories,
    double TagScore,
    double CategoryScore,
    double TextScore);
