using System.Globalization;
using System.Text.Json;
using ScarGuide.Diagnostics;
using ScarGuide.Pages;
using ScarGuide.Pipeline;
using Spectre.Console;

namespace ScarGuide.Cli.Reporting;

/// <summary>Prints diagnostics and summaries: coloured on a terminal, plain when redirected or under CI.</summary>
internal sealed class Report(TextWriter writer)
{
    private readonly bool _interactive =
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && AnsiConsole.Profile.Capabilities.Ansi;

    /// <summary>Runs a build with a live status line on a terminal; plain runs print nothing until the end.</summary>
    public BuildResult WithProgress(string title, Func<Action<string>, BuildResult> run) => WithProgress(title, (onStep, _) => run(onStep));

    /// <summary>
    /// Like <see cref="WithProgress(string, Func{Action{string}, BuildResult})"/>, also counting photos on the status
    /// line while they are encoded (a first build of a large site takes minutes there); null when not a terminal.
    /// </summary>
    public BuildResult WithProgress(string title, Func<Action<string>, IProgress<ScarGuide.Images.ImageProgress>?, BuildResult> run)
    {
        if (!_interactive) return run(_ => { }, null);
        BuildResult? result = null;
        AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start(title, ctx =>
        {
            result = run(step => ctx.Status($"{title}: {step}"), new ImageProgressLine(status => ctx.Status($"{title}: {status}")));
        });
        return result!;
    }

    /// <summary>Reports on the calling worker thread; the status line is redrawn by Spectre's own timer.</summary>
    private sealed class ImageProgressLine(Action<string> show) : IProgress<ScarGuide.Images.ImageProgress>
    {
        public void Report(ScarGuide.Images.ImageProgress p) =>
            show(p.Encoding == 0 ? $"images {p.Done}/{p.Total} (from the cache)" : $"images {p.Done}/{p.Total}");
    }

    /// <summary>How many warnings <c>build</c> prints before it counts the rest by kind.</summary>
    public const int BuildWarningLimit = 20;

    /// <summary>
    /// What <c>build</c> prints: every error, then the first <see cref="BuildWarningLimit"/> warnings and a count by
    /// kind (all of them with <paramref name="verbose"/>). A large archive has thousands of warnings, which would bury
    /// the errors and the summary; <c>check</c> lists every one.
    /// </summary>
    public void BuildDiagnostics(IReadOnlyList<Diagnostic> diagnostics, bool verbose)
    {
        var warnings = diagnostics.Where(d => !d.IsError).ToList();
        var shown = verbose || warnings.Count <= BuildWarningLimit ? warnings : warnings.Take(BuildWarningLimit).ToList();
        Diagnostics([.. diagnostics.Where(d => d.IsError), .. shown], "text");
        if (shown.Count == warnings.Count) return;
        var kinds = warnings.GroupBy(d => d.Code).OrderBy(g => g, MostFirst)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count():N0} {g.Key}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{warnings.Count:N0} warnings: {string.Join(", ", kinds)}; the first {shown.Count} are above. Run `scarguide check` for all of them."));
    }

    // Most frequent first, then by code, as one comparer of the groups: LINQ's sorter keyed by an int count has no
    // precompiled code in the installed tool; keyed by the group it has. OrderBy is stable.
    private static readonly IComparer<IGrouping<string, Diagnostic>> MostFirst = Comparer<IGrouping<string, Diagnostic>>.Create((a, b) =>
    {
        var byCount = b.Count().CompareTo(a.Count());
        return byCount != 0 ? byCount : StringComparer.Ordinal.Compare(a.Key, b.Key);
    });

    public void Diagnostics(IReadOnlyList<Diagnostic> diagnostics, string format)
    {
        switch (format)
        {
            case "github":
                foreach (var d in diagnostics) writer.WriteLine(GitHubFormat.Line(d));
                break;
            case "json":
                writer.WriteLine(JsonSerializer.Serialize(diagnostics.Select(d => new
                {
                    severity = d.IsError ? "error" : "warning", code = d.Code, file = d.File, line = d.Line, column = d.Column,
                    message = d.Message, fix = d.Fix,
                }), new JsonSerializerOptions { WriteIndented = true }));
                break;
            default:
                foreach (var d in diagnostics)
                {
                    if (_interactive)
                        AnsiConsole.MarkupLine($"[{(d.IsError ? "red" : "yellow")}]{Markup.Escape(d.ToString())}[/]");
                    else
                        writer.WriteLine(d.ToString());
                }
                break;
        }
    }

    public void Summary(BuildResult build, string? outputFolder)
    {
        // Counted by kind in an array, kinds in declaration order. Not GroupBy(p => p.Kind).OrderBy(g => g.Key): LINQ's
        // grouping and sorting by an enum have no precompiled code in the installed tool.
        var byKind = new int[Enum.GetValues<PageKind>().Length];
        foreach (var page in build.PlannedPages) byKind[(int)page.Kind]++;
        var counts = new List<string>();
        for (var kind = 0; kind < byKind.Length; kind++)
            if (byKind[kind] > 0) counts.Add($"{byKind[kind]} {Name((PageKind)kind, byKind[kind])}");
        var status = build.Succeeded ? $"Built {build.PlannedPages.Count} pages into {outputFolder}/" : "Build failed; the previous output was left untouched";
        writer.WriteLine($"{status} in {build.Elapsed.TotalSeconds:0.00} s: {string.Join(", ", counts)}.");
        writer.WriteLine($"{build.ErrorCount} errors, {build.WarningCount} warnings, {build.HeldBack} drafts or scheduled articles held back.");
    }

    public void CheckSummary(BuildResult build) =>
        writer.WriteLine($"Checked {build.ContentCount} Markdown files: {build.ErrorCount} errors, {build.WarningCount} warnings.");

    private static string Name(PageKind kind, int count) => (kind, count == 1) switch
    {
        (PageKind.Article, true) => "article",
        (PageKind.Article, false) => "articles",
        (PageKind.Page, _) => count == 1 ? "page" : "pages",
        (PageKind.Blog, _) => "blog index pages",
        (PageKind.Category, _) => "category pages",
        (PageKind.Tag, _) => "tag pages",
        (PageKind.Author, _) => "author pages",
        (PageKind.Redirect, _) => "redirects",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
