using System.CommandLine;
using ScarGuide.Cli.Reporting;
using ScarGuide.IO;
using ScarGuide.Pipeline;

namespace ScarGuide.Cli.Commands;

/// <summary><c>scarguide check</c>: runs the whole build without writing anything and reports every problem.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var format = new Option<string>("--format") { Description = "text (default), github (pull-request annotations) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github", "json");
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too" };
        var command = new Command("check", "Check every article, template and link without writing the site.");
        site.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(strict);
        command.SetAction(result =>
        {
            var options = site.Read(result);
            var chosen = result.GetValue(format)!;
            var build = SiteBuilder.Build(options, new NullOutput());
            var report = new Report(Console.Out);
            report.Diagnostics(build.Diagnostics, chosen);
            if (chosen == "text") report.CheckSummary(build);
            StepSummary.Append(build, "check");
            var failed = build.ErrorCount > 0 || (result.GetValue(strict) && build.WarningCount > 0);
            return failed ? 1 : 0;
        });
        return command;
    }
}
