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
    string Body)
{
    /// <summary>A document whose body is already held as UTF-8 (an article's plain text): not decoded until counted.</summary>
    public RelatedDocument(string key, DateTimeOffset date, IReadOnlyList<string> tags, IReadOnlyList<string> categories, string title,
        IReadOnlyList<string> headings, Content.Utf8Text body)
        : this(key, date, tags, categories, title, headings, "")
    {
        _body = body;
    }

    // As UTF-8: the index is built from every article at once, and decoded bodies of 100,000 articles took gigabytes.
    private Content.Utf8Text _body = Content.Utf8Text.From(Body);

    public string Body { get => _body.ToString(); init => _body = Content.Utf8Text.From(value); }

    /// <summary>Set by the build: the body's words come from this split instead of the index's own (the same terms).</summary>
    internal IBodyTerms? BodyTerms { get; init; }

    /// <summary>At least the body's length in characters, without decoding it (to size buffers).</summary>
    internal int BodyLengthBound => _body.LengthBound;
}
