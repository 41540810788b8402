using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace ScarGuide.Import;

/// <summary>Plain text for descriptions: from HTML, or from the first paragraph of Markdown, cut at a sentence.</summary>
internal static partial class PlainText
{
    private static readonly HtmlParser Parser = new();

    public static string FromHtml(string html) =>
        Space().Replace(Parser.ParseDocument("<body>" + Regex.Replace(html, @"\[[^\]]*\]", " ") + "</body>").Body?.TextContent ?? "", " ").Trim();

    /// <summary>The first paragraph of prose: not a heading, image, list, quote, table or code.</summary>
    public static string FirstParagraph(string markdown)
    {
        foreach (var block in Regex.Split(markdown, @"\n\s*\n"))
        {
            var t = block.Trim();
            if (t.Length == 0 || t[0] is '#' or '!' or '|' or '>' or '-' or '^' or '`' or '<' or '~' || char.IsDigit(t[0]) && Regex.IsMatch(t, @"^\d+\.")) continue;
            var text = Regex.Replace(t, @"!\[[^\]]*\]\([^)]*\)", "");
            text = Regex.Replace(text, @"\[([^\]]*)\]\([^)]*\)", "$1");
            text = Regex.Replace(text, @"\\(.)", "$1").Replace("**", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);
            text = Space().Replace(text, " ").Trim();
            if (text.Length >= 20) return text;
        }
        return "";
    }

    /// <summary>At most <paramref name="max"/> characters, ending at a sentence where one ends in time, else at a word.</summary>
    public static string CutAtSentence(string text, int max)
    {
        text = Space().Replace(text, " ").Trim();
        if (text.Length <= max) return text;
        var best = -1;
        foreach (Match m in Regex.Matches(text, @"[.!?](?=\s|$)"))
        {
            if (m.Index + 1 > max) break;
            best = m.Index + 1;
        }
        if (best >= 50) return text[..best];
        var cut = text.LastIndexOf(' ', max - 1);
        return (cut > 0 ? text[..cut] : text[..(max - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
