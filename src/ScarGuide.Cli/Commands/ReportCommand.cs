using System.CommandLine;
using System.Text.Json;
using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Reporting;

namespace ScarGuide.Cli.Commands;

/// <summary>
/// <c>scarguide report</c>: what an editor-in-chief looks at — reading levels, reviews due, FAQ coverage, orphans,
/// sources without identifiers and warnings by kind — as an HTML page in a folder of its own, or JSON for machines.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var output = new Option<string>("--output", "-o") { Description = "Folder for the HTML report (never the published site)", DefaultValueFactory = _ => "report" };
        var format = new Option<string>("--format") { Description = "html (default: writes OUTPUT/index.html) or json (prints one object per article)", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "json");
        var command = new Command("report", "Write the editors' report: reading level, review dates, FAQ, sources and warnings of every article.");
        site.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(format);
        command.SetAction(result =>
        {
            var options = site.Read(result);
            var build = SiteBuilder.Build(options, new NullOutput());
            var report = EditorialReport.From(build);
            if (result.GetValue(format) == "json")
            {
                Console.Out.WriteLine(Json(report));
                return 0;
            }

            var folder = Path.GetFullPath(result.GetValue(output)!);
            var refusal = SafeOutputFolder.Validate(folder, [options.InputDirectory, options.ThemeDirectory, options.RootDirectory])
                ?? (File.Exists(Path.Combine(folder, "sitemap.xml"))
                    ? $"The folder '{result.GetValue(output)}' holds a built site (it has a sitemap.xml); the report never goes into the published site."
                    : null);
            if (refusal is not null)
            {
                Console.Error.WriteLine($"error: {refusal} Pass --output with a folder of its own, such as report/.");
                return 1;
            }
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, "index.html");
            File.WriteAllText(file, ReportHtml.Write(report));
            Console.Out.WriteLine($"Wrote the report for {report.Articles.Count} articles to {Path.GetRelativePath(Directory.GetCurrentDirectory(), file).Replace('\\', '/')}.");
            return 0;
        });
        return command;
    }

    private static string Json(EditorialReport report) => JsonSerializer.Serialize(report.Articles.Select(a => new
    {
        source = a.Source,
        url = a.Url,
        title = a.Title,
        published = a.Published,
        reading = a.Reading is not { } r ? null : r.Level.Formula == ScarGuide.Readability.ReadingFormula.Spanish ? (object)new
        {
            szigriszt_pazos = Math.Round(r.Level.SzigrisztPazos, 2),
            inflesz = r.Level.Inflesz,
            fernandez_huerta = Math.Round(r.Level.FernandezHuerta, 2),
            words = r.Level.Words,
            target = r.Target,
            above_target = r.AboveTarget,
            hardest = r.Level.Hardest.Select(h => new { line = h.Line, text = h.Text, szigriszt_pazos = Math.Round(h.Grade, 2), why = h.Why }),
        } : new
        {
            flesch_kincaid_grade = Math.Round(r.Level.FleschKincaidGrade, 2),
            flesch_reading_ease = Math.Round(r.Level.FleschReadingEase, 2),
            smog = Math.Round(r.Level.Smog, 2),
            words = r.Level.Words,
            target = r.Target,
            above_target = r.AboveTarget,
            hardest = r.Level.Hardest.Select(h => new { line = h.Line, text = h.Text, grade = Math.Round(h.Grade, 2), why = h.Why }),
        },
        review = new
        {
            status = a.Review switch { ReviewStatus.Current => "current", ReviewStatus.DueSoon => "due-soon", ReviewStatus.Overdue => "overdue", _ => "unreviewed" },
            reviewed = a.Reviewed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            next_review = a.NextReview?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            reviewer = a.Reviewer,
        },
        faq = a.FaqCount,
        sources = a.SourceCount,
        sources_without_identifiers = a.SourcesWithoutIdentifiers,
        orphan = a.Orphan,
        warnings = a.Warnings.Select(w => new { code = w.Code, line = w.Line, message = w.Message }),
    }), new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
