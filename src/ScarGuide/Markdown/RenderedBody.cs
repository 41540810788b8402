using ScarGuide.Content;

namespace ScarGuide.Markdown;

/// <summary>A <c>##</c>–<c>######</c> heading of an article body with its anchor id.</summary>
public sealed record Heading(int Level, string Text, string Id, int Line);

/// <summary>A FAQ entry ready for display and JSON-LD: the answer is sanitized HTML.</summary>
public sealed record FaqItem(string Question, string AnswerHtml, int Line);

/// <summary>A link as written in the body, for link checking after every page is known.</summary>
/// <param name="TargetPath">For links to another article: its URL path (without base path); else null.</param>
public sealed record BodyLink(string Url, int Line, int Column, string? TargetPath, string? Anchor);

/// <summary>
/// What rendering one Markdown body produces; written once by the RenderMarkdown step. The HTML and plain text are
/// held as UTF-8 (<see cref="HtmlText"/>, <see cref="PlainUtf8"/>): every article's are held from Markdown to the
/// search index. <see cref="Html"/> and <see cref="PlainText"/> read them back as strings.
/// </summary>
public sealed record RenderedBody(
    Utf8Text HtmlText,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<FaqItem> Faq,
    Utf8Text PlainUtf8,
    int WordCount,
    IReadOnlyList<BodyLink> Links)
{
    public RenderedBody(string html, IReadOnlyList<Heading> headings, IReadOnlyList<FaqItem> faq, string plainText, int wordCount, IReadOnlyList<BodyLink> links)
        : this(Utf8Text.From(html), headings, faq, Utf8Text.From(plainText), wordCount, links)
    {
    }

    public RenderedBody(Utf8Text html, IReadOnlyList<Heading> headings, IReadOnlyList<FaqItem> faq, System.Text.StringBuilder plainText, int wordCount,
        IReadOnlyList<BodyLink> links)
        : this(html, headings, faq, Utf8Text.From(plainText), wordCount, links)
    {
    }

    public static readonly RenderedBody Empty = new("", [], [], "", 0, []);

    /// <summary>The body's HTML (a new string on each read: read it once per use).</summary>
    public string Html => HtmlText.ToString();

    /// <summary>The body's text without markup, for related articles and search (a new string on each read).</summary>
    public string PlainText => PlainUtf8.ToString();

    /// <summary>The reading level of the prose (body and FAQ answers); null for a body that could not be rendered.</summary>
    public Readability.ReadingLevel? Reading { get; init; }
}
