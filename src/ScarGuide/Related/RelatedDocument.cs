namespace ScarGuide.Related;

/// <summary>One article as the related-content engine sees it: its keywords and its plain text.</summary>
/// <param name="Key">Unique identifier, typically the slug.</param>
/// <param name="Date">Publication date; newer documents win ties.</param>
/// <param name="Tags">Specific keywords chosen by the author (compared case-insensitively).</param>
/// <param name="Categories">Broad sections of the site (compared case-insensitively).</param>
/// <param name="Title">Page title; its words count more than body words.</param>
/// <param name="Headings">Section headings; their words count more than body words.</param>
/// <param name="Body">Plain text of the body, without markup.</param>
public sealed record RelatedDocument(
    string Key,
    DateTimeOffset Date,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Categories,
    string Title,
    IReadOnlyList<string> Headings,
    string Body);
