namespace ScarGuide.Markdown;

/// <summary>A <c>##</c>–<c>######</c> heading of an article body with its anchor id.</summary>
public sealed record Heading(int Level, string Text, string Id, int Line);

/// <summary>A FAQ entry ready for display and JSON-LD: the answer is sanitized HTML.</summary>
public sealed record FaqItem(string Question, string AnswerHtml, int Line);

/// <summary>A link as written in the body, for link checking after every page is known.</summary>
/// <param name="TargetPath">For links to another article: its URL path (without base path); else null.</param>
public sealed record BodyLink(string Url, int Line, int Column, string? TargetPath, string? Anchor);

/// <summary>What rendering one Markdown body produces; written once by the RenderMarkdown step.</summary>
public sealed record RenderedBody(
    string Html,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<FaqItem> Faq,
    string PlainText,
    int WordCount,
    IReadOnlyList<BodyLink> Links)
{
    public static readonly RenderedBody Empty = new("", [], [], "", 0, []);

    /// <summary>The reading level of the prose (body and FAQ answers); null for a body that could not be rendered.</summary>
    public Readability.ReadingLevel? Reading { get; init; }
}
