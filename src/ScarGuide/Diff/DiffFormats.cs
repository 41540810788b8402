using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ScarGuide.Diagnostics;

namespace ScarGuide.Diff;

/// <summary>
/// A <see cref="SiteDiff"/> for people and tools: Markdown for one pull-request comment (a summary line, a table, the
/// rest folded), JSON, and plain text for a terminal. The same diff always gives the same text.
/// </summary>
public static class DiffFormats
{
    /// <summary>The first line of the Markdown: the workflow finds its own comment by it and updates it.</summary>
    public const string Marker = "<!-- scarguide-diff -->";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Summary(SiteDiff diff)
    {
        var parts = new List<string>();
        foreach (var (kind, word) in new[] { (PageChangeKind.Changed, "changed"), (PageChangeKind.Added, "added"), (PageChangeKind.Renamed, "renamed"), (PageChangeKind.Removed, "removed") })
            if (diff.Count(kind) is > 0 and var n) parts.Add($"{n} {word}");
        var pages = parts.Count == 0 ? "no article or page changes" : string.Join(", ", parts);
        var reviews = diff.Pages.Count(p => p.NeedsReview is not null);
        var tail = new List<string>();
        if (reviews > 0) tail.Add($"{reviews} {(reviews == 1 ? "needs" : "need")} medical re-review");
        if (diff.OtherPages.Count > 0) tail.Add($"{diff.OtherPages.Count} other {(diff.OtherPages.Count == 1 ? "page changes" : "pages change")}");
        tail.Add(diff.ErrorCount == 0 && diff.WarningCount == 0 ? "no new problems" : $"{Count(diff.ErrorCount, "error")}, {Count(diff.WarningCount, "warning")}");
        return $"{Capital(pages)}; {string.Join("; ", tail)}.";
    }

    // ---------------------------------------------------------------- Markdown

    public static string Markdown(SiteDiff diff)
    {
        var md = new StringBuilder();
        md.Append(Marker).Append('\n');
        md.Append("### ScarGuide: what this change does to the site\n\n");
        md.Append(diff.ErrorCount > 0 ? "❌ " : diff.WarningCount > 0 ? "⚠️ " : "✅ ").Append("**").Append(Summary(diff)).Append("**");
        md.Append(" <sub>base `").Append(diff.Base).Append("` → head `").Append(diff.Head).Append("`</sub>\n\n");

        if (diff.Pages.Count > 0)
        {
            md.Append("| | Page | Reading level | Medical review | Notes |\n|---|---|---|---|---|\n");
            foreach (var page in diff.Pages)
            {
                md.Append("| ").Append(KindWord(page.Kind)).Append(" | ");
                md.Append(page.Kind == PageChangeKind.Removed ? Cell(page.Title) + " " + Code(page.Url) : $"[{Cell(page.Title)}]({page.Url})");
                if (page.OldUrl is not null) md.Append("<br>was ").Append(Code(page.OldUrl));
                md.Append("<br>").Append(Code(page.SourcePath));
                if (page.OldSourcePath is not null) md.Append(" (was ").Append(Code(page.OldSourcePath)).Append(')');
                if (page.Language.Length > 0 && page.Language != "en") md.Append(" · ").Append(Cell(page.Language));
                md.Append(" | ").Append(ReadingCell(page.Reading)).Append(" | ").Append(ReviewCell(page)).Append(" | ").Append(Cell(string.Join(" · ", Notes(page)))).Append(" |\n");
            }
            md.Append('\n');
        }

        if (diff.Problems.Count > 0)
        {
            md.Append("**Problems this change causes**\n\n");
            foreach (var problem in diff.Problems)
                md.Append("- ").Append(problem.IsError ? "❌ " : "⚠️ ").Append(Code(problem.File)).Append(": ").Append(Inline(problem.Message)).Append('\n');
            md.Append('\n');
        }

        foreach (var page in diff.Pages.Where(p => p.NeedsReview is not null))
        {
            var change = page.NeedsReview!;
            md.Append("<details><summary>⚠️ Medical re-review: <b>").Append(Html(page.Title)).Append("</b>: ")
              .Append(Html(string.Join("; ", change.Reasons.Take(3)))).Append(change.Reasons.Count > 3 ? "; …" : "").Append("</summary>\n\n");
            md.Append("| before | after |\n|---|---|\n");
            foreach (var s in change.Sentences)
                md.Append("| ").Append(s.Before is null ? "*(added)*" : Cell(s.Before)).Append(" | ").Append(s.After is null ? "*(removed)*" : Cell(s.After)).Append(" |\n");
            md.Append(CultureInfo.InvariantCulture, $"\n{change.ChangedSentences} of {change.TotalSentences} sentences changed. A medical reviewer should read the change, then move `reviewed:` to the day they did.\n\n</details>\n\n");
        }

        foreach (var page in diff.Pages.Where(HasDetails))
        {
            md.Append("<details><summary>Details: ").Append(Html(page.Title)).Append("</summary>\n\n");
            List("FAQ added", page.FaqAdded);
            List("FAQ removed", page.FaqRemoved);
            List("Sources added", page.SourcesAdded);
            List("Sources removed", page.SourcesRemoved);
            List("Links to other sites added", page.LinksAdded);
            List("Links to other sites removed", page.LinksRemoved);
            List("Problems introduced", page.Introduced.Select(Line).ToList());
            List("Problems resolved", page.Resolved.Select(Line).ToList());
            md.Append("</details>\n\n");
        }

        if (diff.Introduced.Count > 0 || diff.Resolved.Count > 0)
        {
            md.Append("<details><summary>Problems elsewhere: ").Append(diff.Introduced.Count).Append(" introduced, ").Append(diff.Resolved.Count).Append(" resolved</summary>\n\n");
            List("Introduced", diff.Introduced.Select(Located).ToList());
            List("Resolved", diff.Resolved.Select(Located).ToList());
            md.Append("</details>\n\n");
        }

        if (diff.OtherPages.Count > 0 || diff.OtherFiles.Count > 0)
        {
            md.Append("<details><summary>");
            if (diff.OtherPages.Count > 0)
                md.Append(diff.OtherPages.Count).Append(" other ").Append(diff.OtherPages.Count == 1 ? "page changes" : "pages change").Append(" (listings, tags, related articles)")
                  .Append(diff.OtherFiles.Count > 0 ? $"; {Count(diff.OtherFiles.Count, "other file")} (feeds, sitemap, search)" : "");
            else md.Append("No other page changes; ").Append(Count(diff.OtherFiles.Count, "other file")).Append(" (feeds, sitemap, search)");
            md.Append("</summary>\n\n");
            foreach (var url in diff.OtherPages) md.Append("- ").Append(url.StartsWith('/') ? Code(url) : $"<{url}>").Append('\n');
            foreach (var file in diff.OtherFiles) md.Append("- ").Append(Code(file)).Append('\n');
            md.Append("\n</details>\n\n");
        }
        return md.ToString().TrimEnd('\n') + "\n";

        void List(string title, IReadOnlyList<string> items)
        {
            if (items.Count == 0) return;
            md.Append("**").Append(title).Append("**\n");
            foreach (var item in items) md.Append("- ").Append(Inline(item)).Append('\n');
            md.Append('\n');
        }
    }

    private static bool HasDetails(PageChange p) =>
        p.FaqAdded.Count + p.FaqRemoved.Count + p.SourcesAdded.Count + p.SourcesRemoved.Count + p.LinksAdded.Count + p.LinksRemoved.Count
        + p.Introduced.Count + p.Resolved.Count > 0;

    private static IEnumerable<string> Notes(PageChange page)
    {
        if (page.NeedsReview is not null) yield return "⚠️ needs medical re-review";
        if (page.FaqAdded.Count > 0) yield return $"+{page.FaqAdded.Count} FAQ";
        if (page.FaqRemoved.Count > 0) yield return $"−{page.FaqRemoved.Count} FAQ";
        if (page.SourcesAdded.Count > 0) yield return $"+{Count(page.SourcesAdded.Count, "source")}";
        if (page.SourcesRemoved.Count > 0) yield return $"−{Count(page.SourcesRemoved.Count, "source")}";
        if (page.LinksAdded.Count > 0) yield return $"+{Count(page.LinksAdded.Count, "link")}";
        if (page.LinksRemoved.Count > 0) yield return $"−{Count(page.LinksRemoved.Count, "link")}";
        var errors = page.Introduced.Count(d => d.IsError);
        var warnings = page.Introduced.Count - errors;
        if (errors > 0) yield return $"❌ {Count(errors, "new error")}";
        if (warnings > 0) yield return $"⚠️ {Count(warnings, "new warning")}";
        if (page.Resolved.Count > 0) yield return $"✅ {page.Resolved.Count} resolved";
    }

    private static string ReadingCell(ReadingChange? reading)
    {
        if (reading is null) return "";
        string Score(double? s) => s is { } v ? v.ToString("0.0", Invariant) : "–";
        var text = reading.Before is null && reading.After is null ? "too short to score"
            : reading.Before is null ? $"{reading.Scale} {Score(reading.After)}"
            : $"{reading.Scale} {Score(reading.Before)} → {Score(reading.After)}";
        if (reading.Target is { } t)
            text += $" ({(reading.HigherIsEasier ? "≥" : "≤")} {t.ToString("0.#", Invariant)}{(reading.Meets(reading.After) ? "" : " ⚠️")})";
        return text;
    }

    private static string ReviewCell(PageChange page)
    {
        if (page.Review is not { } review) return "";
        var parts = new List<string>();
        if (review.ReviewedAfter is null) parts.Add("not reviewed");
        else if (review.Moved && review.ReviewedBefore is { } was) parts.Add($"reviewed {Day(was)} → **{Day(review.ReviewedAfter)}**");
        else parts.Add($"reviewed {Day(review.ReviewedAfter)}{(page.Kind == PageChangeKind.Added ? "" : " (unchanged)")}");
        if (review.Reviewer is { Length: > 0 } who) parts.Add("by " + Cell(who));
        if (review.NextReview is { } next) parts.Add("next " + Day(next));
        return string.Join("<br>", parts);
    }

    private static string KindWord(PageChangeKind kind) => kind switch
    {
        PageChangeKind.Added => "🆕 added",
        PageChangeKind.Changed => "✏️ changed",
        PageChangeKind.Renamed => "🔀 renamed",
        _ => "🗑️ removed",
    };

    private static string Located(Diagnostic d) => $"`{d.File}{(d.Line > 0 ? FormattableString.Invariant($":{d.Line}") : "")}` {Line(d)}";

    private static string Line(Diagnostic d) => $"{(d.IsError ? "error" : "warning")} {d.Code}: {d.Message}";

    private static string Cell(string text) => Html(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Inline(string text) => Html(text).Replace("\n", " ", StringComparison.Ordinal);

    private static string Html(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Code(string text) => "`" + text.Replace("`", "'", StringComparison.Ordinal) + "`";

    // ---------------------------------------------------------------- text

    public static string Text(SiteDiff diff)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Summary(diff)} (base {diff.Base}, head {diff.Head})\n");
        foreach (var page in diff.Pages)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{page.Kind.ToString().ToLowerInvariant()}: {page.Title} {page.Url}{(page.OldUrl is null ? "" : $" (was {page.OldUrl})")}\n");
            text.Append(CultureInfo.InvariantCulture, $"  source: {page.SourcePath}{(page.OldSourcePath is null ? "" : $" (was {page.OldSourcePath})")}\n");
            if (ReadingCell(page.Reading) is { Length: > 0 } reading) text.Append("  reading level: ").Append(reading).Append('\n');
            if (ReviewCell(page) is { Length: > 0 } review) text.Append("  review: ").Append(review.Replace("<br>", ", ", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal)).Append('\n');
            foreach (var q in page.FaqAdded) text.Append("  + FAQ: ").Append(q).Append('\n');
            foreach (var q in page.FaqRemoved) text.Append("  - FAQ: ").Append(q).Append('\n');
            foreach (var s in page.SourcesAdded) text.Append("  + source: ").Append(s).Append('\n');
            foreach (var s in page.SourcesRemoved) text.Append("  - source: ").Append(s).Append('\n');
            foreach (var s in page.LinksAdded) text.Append("  + link: ").Append(s).Append('\n');
            foreach (var s in page.LinksRemoved) text.Append("  - link: ").Append(s).Append('\n');
            foreach (var d in page.Introduced) text.Append("  + ").Append(Line(d)).Append('\n');
            foreach (var d in page.Resolved) text.Append("  - ").Append(Line(d)).Append('\n');
            if (page.NeedsReview is { } change)
            {
                text.Append("  needs medical re-review: ").Append(string.Join("; ", change.Reasons)).Append('\n');
                foreach (var s in change.Sentences)
                    text.Append("    ").Append(s.Before ?? "(added)").Append("\n      → ").Append(s.After ?? "(removed)").Append('\n');
            }
        }
        if (diff.Problems.Count > 0) text.Append('\n');
        foreach (var problem in diff.Problems)
            text.Append(problem.File).Append(": ").Append(problem.IsError ? "error" : "warning").Append(": ").Append(problem.Message).Append(" [").Append(problem.Code).Append("]\n");
        foreach (var d in diff.Introduced) text.Append("+ ").Append(d).Append('\n');
        foreach (var d in diff.Resolved) text.Append("- resolved: ").Append(d).Append('\n');
        if (diff.OtherPages.Count > 0)
            text.Append(CultureInfo.InvariantCulture, $"\n{diff.OtherPages.Count} other pages change: {string.Join(", ", diff.OtherPages)}\n");
        return text.ToString();
    }

    // ---------------------------------------------------------------- JSON

    public static string Json(SiteDiff diff)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("base", diff.Base);
            json.WriteString("head", diff.Head);
            json.WriteString("summary", Summary(diff));
            json.WriteNumber("errors", diff.ErrorCount);
            json.WriteNumber("warnings", diff.WarningCount);
            json.WriteStartArray("pages");
            foreach (var page in diff.Pages) Page(json, page);
            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var p in diff.Problems)
            {
                json.WriteStartObject();
                json.WriteString("severity", p.IsError ? "error" : "warning");
                json.WriteString("code", p.Code);
                json.WriteString("file", p.File);
                json.WriteString("message", p.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            Diagnostics(json, "introduced", diff.Introduced);
            Diagnostics(json, "resolved", diff.Resolved);
            json.WriteNumber("other_pages_count", diff.OtherPages.Count);
            Strings(json, "other_pages", diff.OtherPages);
            Strings(json, "other_files", diff.OtherFiles);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Page(Utf8JsonWriter json, PageChange page)
    {
        json.WriteStartObject();
        json.WriteString("kind", page.Kind.ToString().ToLowerInvariant());
        json.WriteString("type", page.IsArticle ? "article" : "page");
        json.WriteString("language", page.Language);
        json.WriteString("title", page.Title);
        json.WriteString("url", page.Url);
        if (page.OldUrl is not null) json.WriteString("old_url", page.OldUrl);
        json.WriteString("source", page.SourcePath);
        if (page.OldSourcePath is not null) json.WriteString("old_source", page.OldSourcePath);
        if (page.Reading is { } r)
        {
            json.WriteStartObject("reading_level");
            json.WriteString("scale", r.Scale);
            Number(json, "before", r.Before);
            Number(json, "after", r.After);
            Number(json, "target", r.Target);
            json.WriteBoolean("meets_target", r.Meets(r.After));
            json.WriteEndObject();
        }
        if (page.Review is { } review)
        {
            json.WriteStartObject("review");
            Date(json, "reviewed_before", review.ReviewedBefore);
            Date(json, "reviewed_after", review.ReviewedAfter);
            json.WriteBoolean("moved", review.Moved);
            Date(json, "next_review", review.NextReview);
            if (review.Reviewer is null) json.WriteNull("reviewer"); else json.WriteString("reviewer", review.Reviewer);
            json.WriteEndObject();
        }
        Strings(json, "faq_added", page.FaqAdded);
        Strings(json, "faq_removed", page.FaqRemoved);
        Strings(json, "sources_added", page.SourcesAdded);
        Strings(json, "sources_removed", page.SourcesRemoved);
        Strings(json, "links_added", page.LinksAdded);
        Strings(json, "links_removed", page.LinksRemoved);
        Diagnostics(json, "introduced", page.Introduced);
        Diagnostics(json, "resolved", page.Resolved);
        if (page.NeedsReview is { } change)
        {
            json.WriteStartObject("medical_rereview");
            Strings(json, "reasons", change.Reasons);
            json.WriteNumber("changed_sentences", change.ChangedSentences);
            json.WriteNumber("total_sentences", change.TotalSentences);
            json.WriteStartArray("sentences");
            foreach (var s in change.Sentences)
            {
                json.WriteStartObject();
                if (s.Before is null) json.WriteNull("before"); else json.WriteString("before", s.Before);
                if (s.After is null) json.WriteNull("after"); else json.WriteString("after", s.After);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void Diagnostics(Utf8JsonWriter json, string name, IReadOnlyList<Diagnostic> diagnostics)
    {
        json.WriteStartArray(name);
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", d.IsError ? "error" : "warning");
            json.WriteString("code", d.Code);
            json.WriteString("file", d.File);
            json.WriteNumber("line", d.Line);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items) json.WriteStringValue(item);
        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v); else json.WriteNull(name);
    }

    private static void Date(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } v) json.WriteString(name, Day(v)); else json.WriteNull(name);
    }

    private static string Day(DateTimeOffset? day) => day?.ToString("yyyy-MM-dd", Invariant) ?? "–";

    private static string Count(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
