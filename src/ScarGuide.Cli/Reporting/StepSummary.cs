using System.Text;
using ScarGuide.Pipeline;

namespace ScarGuide.Cli.Reporting;

/// <summary>Appends a Markdown summary to <c>$GITHUB_STEP_SUMMARY</c> when running in GitHub Actions.</summary>
internal static class StepSummary
{
    public static void Append(BuildResult build, string verb)
    {
        var path = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        if (string.IsNullOrEmpty(path)) return;
        var sb = new StringBuilder();
        sb.AppendLine($"### ScarGuide {verb}: {(build.Succeeded ? "passed" : "failed")}");
        sb.AppendLine();
        sb.AppendLine("| pages | articles | errors | warnings | held back |");
        sb.AppendLine("|---|---|---|---|---|");
        sb.AppendLine($"| {build.PlannedPages.Count} | {build.ArticleCount} | {build.ErrorCount} | {build.WarningCount} | {build.HeldBack} |");
        if (build.Diagnostics.Count > 0)
        {
            sb.AppendLine();
            foreach (var d in build.Diagnostics.Take(50))
                sb.AppendLine($"- {(d.IsError ? "**error**" : "warning")} `{d.File}:{d.Line}`: {d.Message.Replace("|", "\\|")}");
        }
        File.AppendAllText(path, sb.ToString());
    }
}
