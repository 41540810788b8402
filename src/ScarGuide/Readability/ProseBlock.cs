namespace ScarGuide.Readability;

/// <summary>
/// A run of prose (a paragraph, list item, quote paragraph or FAQ question) as plain text, and the file line it starts
/// on. <see cref="Text"/> keeps the source's line breaks as '\n', so a sentence's line is <see cref="Line"/> plus the
/// line breaks before it.
/// </summary>
public sealed record ProseBlock(string Text, int Line);

/// <summary>A FAQ question or answer written in front matter, in Markdown, and the file line it is on.</summary>
public sealed record FaqText(string Markdown, int Line);
