using System.Text;
using System.Text.RegularExpressions;

namespace ScarGuide.Import;

/// <summary>
/// In-page links (<c>#part</c>) must name a heading, since check verifies them: a link to an id the old site's markup
/// had (a wrapper, a footnote, a plugin's anchor) keeps its text and loses the link, and is listed.
/// </summary>
internal static partial class Anchors
{
    /// <summary>Links to a section of another imported article (<c>x.md#part</c>) lose the part when x has no such heading.</summary>
    public static void FixBetween(IReadOnlyList<ImportedItem> items, ImportReport report)
    {
        var ids = items.Where(i => i.Kind == ImportedKind.Article && i.Language is null).GroupBy(i => i.Slug, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => new Lazy<HashSet<string>>(() => Ids(g.First().Body)), StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            item.Body = OtherFile().Replace(item.Body, m =>
            {
                var id = m.Groups["id"].Value;
                if (!ids.TryGetValue(m.Groups["file"].Value, out var targets) || targets.Value.Contains(id) || targets.Value.Contains(Uri.UnescapeDataString(id))) return m.Value;
                report.Note(SiteWriter.ItemPath(item), $"a link to section `#{id}` of {m.Groups["file"].Value}.md now goes to the top of that article (it has no such section)");
                return "](" + m.Groups["file"].Value + ".md)";
            });
        }
    }

    [GeneratedRegex(@"\]\((?<file>[a-z0-9-]+)\.md#(?<id>[^)\s]+)\)")]
    private static partial Regex OtherFile();

    public static string Fix(string markdown, List<string> notes)
    {
        var ids = Ids(markdown);
        return InPageLink().Replace(markdown, m =>
        {
            var id = m.Groups["id"].Value;
            if (ids.Contains(id) || ids.Contains(Uri.UnescapeDataString(id))) return m.Value;
            notes.Add($"a link to `#{id}` on the same page was removed (the page has no such section); its text was kept");
            return m.Groups["text"].Value;
        });
    }

    private static HashSet<string> Ids(string markdown)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var fenced = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~~", StringComparison.Ordinal)) fenced = !fenced;
            if (fenced) continue;
            var m = Heading().Match(line);
            if (!m.Success) continue;
            var id = Id(m.Groups["text"].Value);
            if (!ids.Add(id))
            {
                var n = 1;
                while (!ids.Add(id + "-" + n)) n++;
            }
        }
        return ids;
    }

    /// <summary>The id Markdig's GitHub-style identifiers give a heading.</summary>
    private static string Id(string heading)
    {
        var text = Regex.Replace(heading, @"\[([^\]]*)\]\([^)]*\)", "$1");
        text = Regex.Replace(text, @"\\(.)", "$1").Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal).Trim();
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_') sb.Append(c);
            else if (c == ' ') sb.Append('-');
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^#{1,6}[ \t]+(?<text>.+?)[ \t#]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(?<!!)\[(?<text>(?:\\.|[^\]\\])*)\]\(#(?<id>[^)\s]*)\)")]
    private static partial Regex InPageLink();
}
