using System.CommandLine;
using ScarGuide.Cli.Reporting;
using ScarGuide.Pipeline;

namespace ScarGuide.Cli.Commands;

/// <summary><c>scarguide build</c>: builds the site into the output folder, all or nothing.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the site to (replaced only if the build succeeds)", DefaultValueFactory = _ => "output" };
        var timings = new Option<string?>("--timings")
        {
            Description = "Print how long each step took; --timings json prints one JSON document on standard output instead, and the report on standard error",
            Arity = ArgumentArity.ZeroOrOne,
        };
        timings.AcceptOnlyFromAmong("text", "json");
        var compress = new Option<bool>("--compress") { Description = "Also write .br and .gz beside HTML, CSS, JS, XML and JSON files (for nginx gzip_static, Caddy, CDNs)" };
        var verbose = new Option<bool>("--verbose") { Description = "Print every warning (without it, the first 20 and a count by kind; `scarguide check` lists them all)" };
        var command = new Command("build", "Build the site from input/ with theme/ into output/.");
        site.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(timings);
        command.Options.Add(compress);
        command.Options.Add(verbose);
        command.SetAction(result =>
        {
            // Nothing reads the built context but the summary: what each step wrote is let go once written.
            var options = site.Read(result) with { Compress = result.GetValue(compress) ? true : null, ReleaseAsWritten = true };
            var target = Path.GetFullPath(result.GetValue(output)!);
            var format = result.GetResult(timings) is null ? null : result.GetValue(timings) ?? "text";
            // With JSON timings, standard output carries the document alone.
            var report = new Report(format == "json" ? Console.Error : Console.Out);
            BuildResult build;
            using (Interruption.DuringBuild())
                build = report.WithProgress("Building", (onStep, images) => SiteBuilder.BuildToDirectory(options with { ImageProgress = images }, target, onStep));
            report.BuildDiagnostics(build.Diagnostics, result.GetValue(verbose));
            report.Summary(build, build.Succeeded ? Path.GetRelativePath(Directory.GetCurrentDirectory(), target) : null);
            StepSummary.Append(build, "build");
            if (format is not null)
            {
                var measured = BuildTimings.Of(build);
                if (format == "json") Console.Out.WriteLine(measured.ToJson());
                else foreach (var line in measured.ToText()) Console.Out.WriteLine(line);
            }
            return build.Succeeded ? 0 : 1;
        });
        return command;
    }
}
