using System.Buffers;
using System.Text;

namespace ScarGuide.Feeds;

/// <summary>
/// Escapes text for an XML element exactly as <see cref="System.Xml.XmlWriter.WriteString"/> does with the feeds'
/// settings (&amp;, &lt;, &gt; escaped; CR LF and lone CR written as LF), so an article's HTML, which appears in
/// several feeds, is escaped once and written with <c>WriteRaw</c>.
/// </summary>
internal static class XmlEscaping
{
    // What XmlWriter changes or refuses among ASCII: & < >, CR, and the C0 controls other than tab and line feed.
    private static readonly SearchValues<char> AsciiSpecial = SearchValues.Create(
        "&<>" + string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c)));

    public static string Escape(string text)
    {
        var span = text.AsSpan();
        // Surrogates (emoji) and the noncharacters need the character-by-character path; plain prose does not.
        var unusual = span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 || span.IndexOfAny('\uFFFE', '\uFFFF') >= 0;
        if (unusual) return EscapeEachCharacter(text);
        var first = span.IndexOfAny(AsciiSpecial);
        return first < 0 ? text : EscapeAscii(text, first);
    }

    private static string EscapeEachCharacter(string text)
    {
        var sb = new StringBuilder(text.Length + 256);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                case < ' ' when c is not ('\t' or '\n'):
                case '\uFFFE' or '\uFFFF':
                    throw new ArgumentException($"The character U+{(int)c:X4} cannot appear in XML.");
                case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    sb.Append(c).Append(text[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    throw new ArgumentException("A lone surrogate cannot appear in XML.");
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    // Copies the runs between special characters in one go.
    private static string EscapeAscii(string text, int first)
    {
        var sb = new StringBuilder(text.Length + 256);
        var start = 0;
        var at = first;
        while (at >= 0)
        {
            sb.Append(text, start, at - start);
            var c = text[at];
            start = at + 1;
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r':
                    sb.Append('\n');
                    if (start < text.Length && text[start] == '\n') start++;
                    break;
                default: throw new ArgumentException($"The character U+{(int)c:X4} cannot appear in XML.");
            }
            var next = text.AsSpan(start).IndexOfAny(AsciiSpecial);
            at = next < 0 ? -1 : start + next;
        }
        sb.Append(text, start, text.Length - start);
        return sb.ToString();
    }
}
