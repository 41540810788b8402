namespace ScarGuide.Readability;

/// <summary>A paragraph, list item, quote paragraph or FAQ question as plain text, with the file line it starts on.</summary>
/// <param name="Text">The prose, keeping the source's line breaks as '\n': a sentence's line is Line plus the breaks before it.</param>
/// <param name="Line">The file line (1-based) the text starts on.</param>
public sealed record ProseBlock(string Text, int Line);

/// <summary>A FAQ question or answer written in front matter, in Markdown, and the file line it is on.</summary>
public sealed record FaqText(string Markdown, int Line);
