using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ScarGuide.Import;

/// <summary>
/// Repairs what real WordPress exports get wrong, where the meaning is clear, before an XML parser sees them: a raw
/// <c>&amp;</c>, HTML entities (<c>&amp;nbsp;</c>) that XML does not define, CDATA inside CDATA, a stray <c>]]&gt;</c>,
/// control characters, and namespace prefixes used without a declaration. Line breaks are kept where they were, so an
/// error that remains points at the export's own line.
/// </summary>
internal static partial class LenientXml
{
    private const string Open = "<![CDATA[";
    private const string Close = "]]>";

    public static string Repair(string xml, out List<string> repairs)
    {
        repairs = [];
        var sb = new StringBuilder(xml.Length + 1024);
        var i = 0;
        var fixedAmp = 0;
        var nested = 0;
        while (i < xml.Length)
        {
            var open = xml.IndexOf(Open, i, StringComparison.Ordinal);
            var outside = open < 0 ? xml[i..] : xml[i..open];
            sb.Append(RepairText(outside, ref fixedAmp));
            if (open < 0) break;
            // A CDATA section, its content written as escaped text. "<![CDATA[" inside it opens a nested section whose
            // "]]>" belongs to the content (WordPress's importer reads it so); if that never balances, the first "]]>" ends it.
            var start = open + Open.Length;
            var end = NestedEnd(xml, start, out var depthUsed);
            if (depthUsed) nested++;
            if (end < 0) { sb.Append(Escape(xml[start..])); break; }
            sb.Append(Escape(xml[start..end]));
            i = end + Close.Length;
        }
        if (fixedAmp > 0) repairs.Add($"{fixedAmp} raw '&' or HTML entities outside CDATA were read as text");
        if (nested > 0) repairs.Add($"{nested} CDATA sections held CDATA of their own");
        var result = DeclarePrefixes(sb.ToString(), repairs);
        return result;
    }

    /// <summary>
    /// Where a CDATA section starting at <paramref name="start"/> ends. The first "]]&gt;" ends it when markup follows;
    /// otherwise, if a "&lt;![CDATA[" inside it balances a later "]]&gt;" that markup follows, that one does.
    /// </summary>
    private static int NestedEnd(string xml, int start, out bool nested)
    {
        nested = false;
        var first = xml.IndexOf(Close, start, StringComparison.Ordinal);
        if (first < 0 || MarkupFollows(xml, first + Close.Length)) return first;
        var depth = 0;
        var i = start;
        while (true)
        {
            var close = xml.IndexOf(Close, i, StringComparison.Ordinal);
            if (close < 0) return first;
            var open = xml.IndexOf(Open, i, StringComparison.Ordinal);
            if (open >= 0 && open < close) { depth++; i = open + Open.Length; continue; }
            if (depth == 0)
            {
                nested = close != first;
                return MarkupFollows(xml, close + Close.Length) ? close : first;
            }
            depth--;
            i = close + Close.Length;
        }
    }

    private static bool MarkupFollows(string xml, int at)
    {
        while (at < xml.Length && char.IsWhiteSpace(xml[at])) at++;
        return at >= xml.Length || xml[at] == '<';
    }

    private static string Escape(string text) =>
        StripControl(text).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string RepairText(string text, ref int count)
    {
        var n = 0;
        text = StripControl(text).Replace(Close, "]]&gt;", StringComparison.Ordinal);
        text = Entity().Replace(text, m =>
        {
            if (m.Groups["name"].Success)
            {
                var name = m.Groups["name"].Value;
                if (name is "amp" or "lt" or "gt" or "quot" or "apos") return m.Value;
                var decoded = WebUtility.HtmlDecode(m.Value);
                n++;
                return decoded == m.Value ? "&amp;" + m.Value[1..] : string.Concat(decoded.EnumerateRunes().Select(r => "&#" + r.Value + ";"));
            }
            if (m.Groups["num"].Success) return m.Value;
            n++;
            return "&amp;";
        });
        count += n;
        return text;
    }

    private static string StripControl(string text)
    {
        if (!text.Any(c => c < 0x20 && c is not '\n' and not '\r' and not '\t' || c is '\uFFFE' or '\uFFFF')) return text;
        return new string(text.Where(c => !(c < 0x20 && c is not '\n' and not '\r' and not '\t') && c is not '\uFFFE' and not '\uFFFF').ToArray());
    }

    [GeneratedRegex(@"&(?:(?<num>#[0-9]+;|#[xX][0-9a-fA-F]+;)|(?<name>[A-Za-z][A-Za-z0-9]*);)?")]
    private static partial Regex Entity();

    [GeneratedRegex(@"</?([A-Za-z_][\w.-]*):[A-Za-z_]")]
    private static partial Regex PrefixUse();

    [GeneratedRegex(@"xmlns:([A-Za-z_][\w.-]*)\s*=")]
    private static partial Regex PrefixDeclaration();

    /// <summary>Declares, on the root element, every prefix used but never declared.</summary>
    private static string DeclarePrefixes(string xml, List<string> repairs)
    {
        var declared = PrefixDeclaration().Matches(xml).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var missing = PrefixUse().Matches(xml).Select(m => m.Groups[1].Value)
            .Where(p => p != "xml" && p != "xmlns" && !declared.Contains(p)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (missing.Count == 0) return xml;
        var root = RootStart().Match(xml);
        if (!root.Success) return xml;
        var insert = root.Index + root.Length;
        repairs.Add("namespace prefixes used without a declaration: " + string.Join(", ", missing));
        return xml[..insert] + string.Concat(missing.Select(p => $" xmlns:{p}=\"urn:undeclared:{p}\"")) + xml[insert..];
    }

    [GeneratedRegex(@"<(?![?!])[A-Za-z_][\w.:-]*")]
    private static partial Regex RootStart();
}
