using System.Globalization;
using System.Text.RegularExpressions;

namespace ScarGuide.Import;

/// <summary>
/// A "Frequently Asked Questions" section written as headings (a heading, then one smaller heading per question with
/// its answer below) becomes <c>faq:</c>, so the FAQPage structured data follows; the section leaves the body.
/// </summary>
internal static partial class FaqSection
{
    [GeneratedRegex(@"^(?<level>#{2,5}) +(?:\\?\**)?(?:frequently asked questions|faqs?)(?: *\(faqs?\))?(?:\\?\**)? *:? *$", RegexOptions.IgnoreCase)]
    private static partial Regex FaqHeading();

    [GeneratedRegex(@"^(?<level>#{2,6}) +(?<text>.+?) *$")]
    private static partial Regex Heading();

    public static string Extract(string markdown, List<ImportedFaq> faq, List<string> notes)
    {
        var lines = markdown.Split('\n').ToList();
        var start = lines.FindIndex(l => FaqHeading().IsMatch(l));
        if (start < 0) return markdown;
        var level = FaqHeading().Match(lines[start]).Groups["level"].Length;
        var end = lines.Count;
        var found = new List<ImportedFaq>();
        string? question = null;
        var answer = new List<string>();
        void Close()
        {
            var a = string.Join('\n', answer).Trim('\n', ' ');
            if (question is not null && a.Length > 0) found.Add(new ImportedFaq(Unescape(question), a));
            answer.Clear();
        }
        for (var i = start + 1; i < lines.Count; i++)
        {
            var h = Heading().Match(lines[i]);
            if (h.Success && h.Groups["level"].Length <= level) { end = i; break; }
            if (h.Success) { Close(); question = h.Groups["text"].Value; continue; }
            if (question is not null) answer.Add(lines[i]);
            else if (lines[i].Trim().Length > 0) return markdown; // prose before the first question: not a plain FAQ section
        }
        Close();
        if (found.Count == 0) return markdown;
        faq.AddRange(found);
        notes.Add($"the \"Frequently Asked Questions\" section ({found.Count} questions) became `faq:`");
        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines).Trim('\n');
    }

    private static string Unescape(string text) => Regex.Replace(text, @"\\(.)", "$1").Replace("**", "", StringComparison.Ordinal).Trim();
}

/// <summary>
/// "Medically reviewed by Dr Ana Lee, MD, on 3 March 2021" becomes <c>reviewer:</c> and <c>reviewed:</c> when the
/// name is one of the people and the byline gives credentials (check requires a reviewer to have them).
/// </summary>
internal static partial class Byline
{
    [GeneratedRegex(@"^[\\*_ ]*(?:medically )?reviewed by:? +(?<name>[^,\n]+?)(?:, *(?<cred>[A-Z][A-Za-z.,\- ]*?))?,? +on +(?<date>[A-Za-z0-9 ,./-]+?\d{2,4})[\\*_. ]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Pattern();

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "MMMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "MMM d, yyyy", "d MMM yyyy", "MMMM dd, yyyy", "dd MMMM yyyy", "d/M/yyyy", "M/d/yyyy",
    ];

    public static string Apply(string markdown, ImportedItem item, Dictionary<string, ImportedPerson> people, List<string> notes)
    {
        var m = Pattern().Match(markdown);
        if (!m.Success) return markdown;
        var name = Clean(m.Groups["name"].Value);
        var credentials = m.Groups["cred"].Value.Trim().TrimEnd(',', '.').Trim();
        var dateText = Regex.Replace(m.Groups["date"].Value, @"(\d)(st|nd|rd|th)\b", "$1").Trim();
        var dated = DateTime.TryParseExact(dateText, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date);
        var match = people.FirstOrDefault(p => string.Equals(Clean(p.Value.Name), name, StringComparison.OrdinalIgnoreCase)
                                                || string.Equals(p.Value.Key, Taxonomy.Slug.From(name), StringComparison.Ordinal));
        if (match.Value is null)
        {
            notes.Add($"unmatched reviewer: the byline names \"{m.Groups["name"].Value.Trim()}\", who is not among the export's people; add them to authors.yml with credentials and set `reviewer:`/`reviewed:`");
            return markdown;
        }
        var person = match.Value;
        var hasCredentials = !string.IsNullOrWhiteSpace(person.Credentials) || credentials.Length > 0;
        var reviewed = new DateTimeOffset(date.Date, TimeSpan.Zero);
        if (!dated || !hasCredentials || item.Date is { } d && reviewed < d.Date)
        {
            notes.Add($"reviewer \"{person.Name}\" matched but not set: " + (!dated ? $"the date \"{dateText}\" was not understood" : !hasCredentials ? "the byline gives no credentials (check requires them in authors.yml)" : "the review date is before the published date"));
            return markdown;
        }
        if (string.IsNullOrWhiteSpace(person.Credentials)) people[match.Key] = person with { Credentials = credentials };
        item.Reviewer = person.Key;
        item.Reviewed = reviewed;
        notes.Add($"\"Medically reviewed by\" byline became `reviewer: {person.Key}` and `reviewed: {reviewed:yyyy-MM-dd}`");
        return (markdown[..m.Index] + markdown[(m.Index + m.Length)..]).Trim('\n');
    }

    private static string Clean(string name) => Regex.Replace(Regex.Replace(name, @"\\(.)", "$1").Replace("*", "", StringComparison.Ordinal), @"^(dr\.?|doctor|prof\.?)\s+", "", RegexOptions.IgnoreCase).Trim();
}
