using System.Text;
using System.Xml;

namespace ScarGuide.Feeds;

/// <summary>
/// Escapes text for an XML element with <see cref="XmlWriter.WriteString"/> itself, under the feeds' settings, so an
/// article's HTML, which appears in several feeds, is escaped once and then written into each with <c>WriteRaw</c>.
/// </summary>
internal static class XmlEscaping
{
    private static readonly XmlWriterSettings Settings = new() { ConformanceLevel = ConformanceLevel.Fragment, NewLineChars = "\n" };

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 256);
        using (var writer = XmlWriter.Create(escaped, Settings)) writer.WriteString(text);
        return escaped.ToString();
    }
}
