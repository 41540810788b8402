using System.Globalization;
using System.Text;
using ScarGuide.Templating;

namespace ScarGuide.Reporting;

/// <summary>
/// The editors' report as one self-contained HTML page: summary, three inline SVG charts drawn here (reading grade
/// against the target, reviews due by month, warnings by kind) and a table of every article. No script, no CDN.
/// </summary>
public static class ReportHtml
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Write(EditorialReport report)
    {
        var sb = new StringBuilder(32 * 1024);
        var articles = report.Articles;
        var above = articles.Count(a => a.Reading?.AboveTarget == true);
        var overdue = articles.Count(a => a.Review == ReviewStatus.Overdue);
        var unreviewed = articles.Count(a => a.Review == ReviewStatus.Unreviewed);
        var withFaq = articles.Count(a => a.FaqCount > 0);
        var orphans = articles.Count(a => a.Orphan);
        var unidentified = articles.Sum(a => a.SourcesWithoutIdentifiers);

        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"robots\" content=\"noindex\">\n<title>Editorial report: ").Append(E(report.SiteTitle)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n")
          .Append("<h1>Editorial report: ").Append(E(report.SiteTitle)).Append("</h1>\n")
          .Append("<p class=\"lede\">As of ").Append(Day(report.Now)).Append(". ").Append(articles.Count).Append(" articles, ")
          .Append(report.Errors).Append(" errors, ").Append(report.WarningsByKind.Sum(w => w.Count)).Append(" warnings.</p>\n");

        sb.Append("<ul class=\"summary\" role=\"list\">\n");
        var spanish = articles.Any(a => a.Reading?.Level.Formula == ScarGuide.Readability.ReadingFormula.Spanish);
        Stat(sb, above, spanish ? "harder than their reading-level target" : "above their reading-level target");
        Stat(sb, overdue, "with an overdue medical review");
        Stat(sb, unreviewed, "without a medical review");
        Stat(sb, withFaq, $"of {articles.Count} with a FAQ");
        Stat(sb, orphans, "that no other article links to");
        Stat(sb, unidentified, "sources without a DOI or PMID");
        sb.Append("</ul>\n");

        sb.Append("<section aria-labelledby=\"reading\">\n<h2 id=\"reading\">Reading level</h2>\n");
        ReadingChart(sb, articles);
        sb.Append("</section>\n<section aria-labelledby=\"reviews\">\n<h2 id=\"reviews\">Medical reviews due</h2>\n");
        ReviewChart(sb, report);
        if (report.Translations.Count > 0)
        {
            sb.Append("</section>\n<section aria-labelledby=\"translations\">\n<h2 id=\"translations\">Translations</h2>\n");
            Translations(sb, report.Translations);
        }
        sb.Append("</section>\n<section aria-labelledby=\"warnings\">\n<h2 id=\"warnings\">Warnings by kind</h2>\n");
        if (report.WarningsByKind.Count == 0) sb.Append("<p>No warnings.</p>\n");
        else BarChart(sb, "Warnings by kind", report.WarningsByKind.Select(w => (w.Code, (double)w.Count, w.Count.ToString(Invariant), false)).ToList(), null);
        sb.Append("</section>\n");

        ArticleTable(sb, articles, spanish);
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Stat(StringBuilder sb, int value, string label) =>
        sb.Append("<li><strong>").Append(value.ToString(Invariant)).Append("</strong> ").Append(E(label)).Append("</li>\n");

    private static void ReadingChart(StringBuilder sb, IReadOnlyList<ArticleStatus> articles)
    {
        var spanish = articles.Where(a => a.Reading?.Level.Formula == ScarGuide.Readability.ReadingFormula.Spanish).ToList();
        var english = articles.Where(a => a.Reading is { Level.Formula: ScarGuide.Readability.ReadingFormula.English }).ToList();
        if (spanish.Count == 0) EnglishChart(sb, english);
        else
        {
            if (english.Count > 0) EnglishChart(sb, english);
            SpanishChart(sb, spanish);
        }
    }

    /// <summary>Spanish articles by Szigriszt-Pazos perspicuity, hardest (lowest) first, with the INFLESZ word.</summary>
    private static void SpanishChart(StringBuilder sb, IReadOnlyList<ArticleStatus> scored)
    {
        scored = scored.OrderBy(a => a.Reading!.Level.SzigrisztPazos).ThenBy(a => a.Source, StringComparer.Ordinal).ToList();
        var target = scored.Select(a => a.Reading!.Target).FirstOrDefault(t => t is not null);
        sb.Append("<p>Szigriszt-Pazos perspicuity of each Spanish article, on the INFLESZ scale (higher is easier)")
          .Append(target is { } t ? $"; the line marks the target, {t.ToString("0.#", Invariant)} (\"{ScarGuide.Readability.ReadabilityScore.Inflesz(t)}\" or easier). Bars short of it are marked ▲" : "").Append(".</p>\n");
        BarChart(sb, "Szigriszt-Pazos (INFLESZ) by article",
            scored.Select(a => (a.Title, Math.Max(0, a.Reading!.Level.SzigrisztPazos), SpanishLevel(a.Reading), a.Reading.AboveTarget)).ToList(),
            target);
    }

    private static string SpanishLevel(ReadingAgainstTarget r) =>
        r.Level.SzigrisztPazos.ToString("0.0", Invariant) + " " + r.Level.Inflesz + (r.AboveTarget ? " ▲" : "");

    private static void EnglishChart(StringBuilder sb, IReadOnlyList<ArticleStatus> articles)
    {
        var scored = articles.Where(a => a.Reading is not null).OrderByDescending(a => a.Reading!.Level.FleschKincaidGrade).ThenBy(a => a.Source, StringComparer.Ordinal).ToList();
        if (scored.Count == 0) { sb.Append("<p>No article has prose to score.</p>\n"); return; }
        var target = scored.Select(a => a.Reading!.Target).FirstOrDefault(t => t is not null);
        sb.Append("<p>Flesch–Kincaid grade of each article").Append(target is { } t ? $"; the line marks the target, grade {t.ToString("0.#", Invariant)}. Bars past it are marked ▲" : "").Append(".</p>\n");
        BarChart(sb, "Reading grade by article",
            scored.Select(a => (a.Title, a.Reading!.Level.FleschKincaidGrade, a.Reading.Level.FleschKincaidGrade.ToString("0.0", Invariant) + (a.Reading.AboveTarget ? " ▲" : ""), a.Reading.AboveTarget)).ToList(),
            target);
    }

    private static void ReviewChart(StringBuilder sb, EditorialReport report)
    {
        var start = new DateTime(report.Now.Year, report.Now.Month, 1);
        var bars = new List<(string Label, double Value, string Text, bool Alert)>
        {
            ("Overdue", report.Articles.Count(a => a.Review == ReviewStatus.Overdue), "", true),
        };
        for (var i = 0; i < 12; i++)
        {
            var month = start.AddMonths(i);
            var count = report.Articles.Count(a => a.Review != ReviewStatus.Overdue && a.NextReview is { } due && due.Year == month.Year && due.Month == month.Month);
            bars.Add((month.ToString("MMM yyyy", Invariant), count, "", false));
        }
        var later = report.Articles.Count(a => a.NextReview is { } due && due >= new DateTimeOffset(start.AddMonths(12), TimeSpan.Zero));
        bars.Add(("Later", later, "", false));
        bars.Add(("Never reviewed", report.Articles.Count(a => a.Review == ReviewStatus.Unreviewed), "", true));
        BarChart(sb, "Articles whose review falls due, by month", bars.Select(b => (b.Label, b.Value, b.Value.ToString("0", Invariant), b.Alert)).ToList(), null);
    }

    /// <summary>Horizontal bars with their values written beside them (colour is never the only cue).</summary>
    private static void BarChart(StringBuilder sb, string title, IReadOnlyList<(string Label, double Value, string Text, bool Alert)> bars, double? marker)
    {
        const int labelWidth = 300, barWidth = 360, row = 26, top = 8;
        var max = Math.Max(1, Math.Max(bars.Max(b => b.Value), marker ?? 0)) * 1.05;
        var height = top * 2 + row * bars.Count;
        sb.Append("<figure><svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").Append(labelWidth + barWidth + 70).Append(' ').Append(height)
          .Append("\" aria-label=\"").Append(E(title)).Append("\"><title>").Append(E(title)).Append(": ")
          .Append(E(string.Join("; ", bars.Select(b => $"{b.Label} {b.Text}")))).Append("</title>\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, text, alert) = bars[i];
            var y = top + i * row;
            var width = value <= 0 ? 0 : Math.Max(2, value / max * barWidth);
            sb.Append("<text x=\"").Append(labelWidth - 8).Append("\" y=\"").Append(y + 17).Append("\" text-anchor=\"end\">").Append(E(Shorten(label, 34))).Append("</text>")
              .Append("<rect x=\"").Append(labelWidth).Append("\" y=\"").Append(y + 4).Append("\" width=\"").Append(width.ToString("0.#", Invariant))
              .Append("\" height=\"").Append(row - 8).Append("\" class=\"").Append(alert ? "bar alert" : "bar").Append("\"></rect>")
              .Append("<text x=\"").Append((labelWidth + width + 6).ToString("0.#", Invariant)).Append("\" y=\"").Append(y + 17).Append("\">").Append(E(text)).Append("</text>\n");
        }
        if (marker is { } m)
        {
            var x = (labelWidth + m / max * barWidth).ToString("0.#", Invariant);
            sb.Append("<line x1=\"").Append(x).Append("\" x2=\"").Append(x).Append("\" y1=\"2\" y2=\"").Append(height - 2).Append("\" class=\"target\"></line>\n");
        }
        sb.Append("</svg></figure>\n");
    }

    private static void ArticleTable(StringBuilder sb, IReadOnlyList<ArticleStatus> articles, bool spanish)
    {
        sb.Append("<section aria-labelledby=\"articles\">\n<h2 id=\"articles\">Articles</h2>\n<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table of articles\">\n<table>\n<thead><tr>")
          .Append(spanish
              ? "<th scope=\"col\">Article</th><th scope=\"col\">Level (FK grade; Spanish: Szigriszt-Pazos, INFLESZ)</th><th scope=\"col\">Reading ease (Flesch; Spanish: Fernández Huerta)</th><th scope=\"col\">SMOG</th>"
              : "<th scope=\"col\">Article</th><th scope=\"col\">Grade (FK)</th><th scope=\"col\">Reading ease</th><th scope=\"col\">SMOG</th>")
          .Append("<th scope=\"col\">Review</th><th scope=\"col\">Next review</th><th scope=\"col\">FAQ</th><th scope=\"col\">Sources (no DOI/PMID)</th><th scope=\"col\">Warnings</th></tr></thead>\n<tbody>\n");
        foreach (var a in articles)
        {
            sb.Append("<tr><th scope=\"row\"><a href=\"").Append(E(a.Url)).Append("\">").Append(E(a.Title)).Append("</a><br><code>").Append(E(a.Source)).Append("</code>")
              .Append(a.Published ? "" : " (not published)").Append("</th>");
            if (a.Reading is { Level.Formula: ScarGuide.Readability.ReadingFormula.Spanish } es)
            {
                sb.Append("<td>").Append(E(es.Level.SzigrisztPazos.ToString("0.0", Invariant) + " " + es.Level.Inflesz))
                  .Append(es.AboveTarget ? $" ▲ (target {es.Target!.Value.ToString("0.#", Invariant)})" : "").Append("</td>")
                  .Append("<td>").Append(es.Level.FernandezHuerta.ToString("0.0", Invariant)).Append("</td><td>–</td>");
            }
            else if (a.Reading is { } r)
            {
                sb.Append("<td>").Append(r.Level.FleschKincaidGrade.ToString("0.0", Invariant)).Append(r.AboveTarget ? $" ▲ (target {r.Target!.Value.ToString("0.#", Invariant)})" : "").Append("</td>")
                  .Append("<td>").Append(r.Level.FleschReadingEase.ToString("0.0", Invariant)).Append("</td><td>").Append(r.Level.Smog.ToString("0.0", Invariant)).Append("</td>");
            }
            else sb.Append("<td>–</td><td>–</td><td>–</td>");
            sb.Append("<td>").Append(a.Review switch
            {
                ReviewStatus.Current => "current",
                ReviewStatus.DueSoon => "due soon",
                ReviewStatus.Overdue => "overdue ▲",
                _ => "not reviewed ▲",
            }).Append(a.Reviewer is null ? "" : "<br>" + E(a.Reviewer)).Append("</td>")
              .Append("<td>").Append(a.NextReview is { } due ? Day(due) : "–").Append("</td>")
              .Append("<td>").Append(a.FaqCount).Append("</td><td>").Append(a.SourceCount).Append(" (").Append(a.SourcesWithoutIdentifiers).Append(")</td><td>");
            if (a.Warnings.Count == 0) sb.Append("none");
            else
            {
                sb.Append("<ul role=\"list\">");
                foreach (var w in a.Warnings) sb.Append("<li>line ").Append(w.Line).Append(": <code>").Append(E(w.Code)).Append("</code></li>");
                sb.Append("</ul>");
            }
            sb.Append("</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static string Day(DateTimeOffset date) => date.ToString("yyyy-MM-dd", Invariant);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    private static string E(string text) => Theme.Encoder.Encode(text);

    /// <summary>Per language: how many of the default language's articles it has, which it lacks, and which are stale.</summary>
    private static void Translations(StringBuilder sb, IReadOnlyList<LanguageCoverage> languages)
    {
        foreach (var language in languages)
        {
            sb.Append("<h3>").Append(E(language.Name)).Append(" (").Append(E(language.Code)).Append("): ")
              .Append(language.Translated.ToString(Invariant)).Append(" of ").Append(language.Of.ToString(Invariant)).Append(" articles translated</h3>\n");
            if (language.Stale.Count > 0)
            {
                sb.Append("<p>Stale: the source was medically reviewed again after these were translated.</p>\n<ul>\n");
                foreach (var stale in language.Stale)
                    sb.Append("<li><a href=\"").Append(E(stale.Url)).Append("\">").Append(E(stale.Source)).Append("</a>: source reviewed ")
                      .Append(stale.SourceReviewed.ToString("yyyy-MM-dd", Invariant)).Append(", translated from the review of ")
                      .Append(stale.TranslatedFrom?.ToString("yyyy-MM-dd", Invariant) ?? "(not recorded)").Append("</li>\n");
                sb.Append("</ul>\n");
            }
            if (language.Missing.Count > 0)
            {
                sb.Append("<details><summary>").Append(language.Missing.Count.ToString(Invariant)).Append(" without a translation</summary>\n<ul>\n");
                foreach (var missing in language.Missing) sb.Append("<li>").Append(E(missing)).Append("</li>\n");
                sb.Append("</ul>\n</details>\n");
            }
        }
    }

    private const string Css = """
        :root { color-scheme: light; --ink: #1e293b; --muted: #475569; --line: #cbd5e1; --bar: #0f766e; --alert: #b91c1c; }
        body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1 { font-size: 1.75rem; margin: 0 0 .25rem; } h2 { margin-top: 2.5rem; font-size: 1.3rem; }
        .lede { color: var(--muted); }
        .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .75rem; padding: 0; list-style: none; }
        .summary li { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem; }
        .summary strong { display: block; font-size: 1.6rem; }
        figure { margin: 0; } .chart { width: 100%; max-width: 48rem; height: auto; font-size: 13px; fill: var(--ink); }
        .bar { fill: var(--bar); } .bar.alert { fill: var(--alert); } .target { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 4 3; }
        .scroll { overflow-x: auto; } .scroll:focus { outline: 3px solid #134e4a; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { border-bottom: 1px solid var(--line); padding: .5rem; text-align: left; vertical-align: top; }
        thead th { background: #f1f5f9; } td ul { margin: 0; padding-left: 1rem; }
        a { color: #115e59; } code { font-size: .85em; color: var(--muted); }
        """;
}
