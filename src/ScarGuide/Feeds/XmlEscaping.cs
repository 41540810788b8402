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
    // Everything XmlWriter writes unchanged in text: tab, line feed and the printable range without & < >, up to
    // (not including) the surrogates. Anything else takes the careful path below.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        "\t\n" + string.Concat(Enumerable.Range(0x20, 0xD800 - 0x20).Select(c => (char)c).Where(c => c is not ('&' or '<' or '>'))));

    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAnyExcept(Plain);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 256);
        sb.Append(text.AsSpan(0, first));
        for (var i = first; i < text.Length; i++)
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
}
