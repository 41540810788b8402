using System.Buffers;
using System.Text;
using ScarGuide.Content;

namespace ScarGuide.Feeds;

/// <summary>
/// Escapes text for an XML element exactly as <see cref="System.Xml.XmlWriter.WriteString"/> does with the feeds'
/// settings (&amp;, &lt;, &gt; escaped; CR LF and lone CR written as LF; what XML cannot hold refused), so an
/// article's HTML, which appears in several feeds, is escaped once and written with <c>WriteRaw</c>.
/// </summary>
internal static class XmlEscaping
{
    // What XmlWriter changes or refuses among ASCII: & < >, CR, and the C0 controls other than tab and line feed.
    private static readonly SearchValues<char> AsciiSpecial = SearchValues.Create("&<>" + CharacterSearch.Controls);

    // Surrogates are looked at too: a pair is copied, a lone one refused.
    private static int IndexOfSpecial(ReadOnlySpan<char> text) => CharacterSearch.IndexOfAny(text, AsciiSpecial, '\uD800', '\uDFFF');

    public static string Escape(string text)
    {
        var at = IndexOfSpecial(text);
        if (at < 0) return text;
        var sb = new StringBuilder(text.Length + 256);
        var start = 0;
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
                case >= '\uD800' and <= '\uDBFF' when start < text.Length && char.IsLowSurrogate(text[start]):
                    sb.Append(c).Append(text[start++]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    throw new ArgumentException("A lone surrogate cannot appear in XML.");
                default:
                    throw new ArgumentException($"The character U+{(int)c:X4} cannot appear in XML.");
            }
            var next = IndexOfSpecial(text.AsSpan(start));
            at = next < 0 ? -1 : start + next;
        }
        sb.Append(text, start, text.Length - start);
        return sb.ToString();
    }
}
