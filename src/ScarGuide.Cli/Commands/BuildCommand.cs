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
        var timings = new Option<bool>("--timings") { Description = "Print how long each step took" };
        var compress = new Option<bool>("--compress") { Description = "Also write .br and .gz beside HTML, CSS, JS, XML and JSON files (for nginx gzip_static, Caddy, CDNs)" };
        var command = new Command("build", "Build the site from input/ with theme/ into output/.");
        site.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(timings);
        command.Options.Add(compress);
        command.SetAction(result =>
        {
            var options = site.Read(result) with { Compress = result.GetValue(compress) ? true : null };
            var target = Path.GetFullPath(result.GetValue(output)!);
            var report = new Report(Console.Out);
            BuildResult build;
            using (Interruption.DuringBuild())
                build = report.WithProgress("Building", (onStep, images) => SiteBuilder.BuildToDirectory(options with { ImageProgress = images }, target, onStep));
            report.Diagnostics(build.Diagnostics, "text");
            report.Summary(build, build.Succeeded ? Path.GetRelativePath(Directory.GetCurrentDirectory(), target) : null);
            StepSummary.Append(build, "build");
            if (result.GetValue(timings))
            {
                foreach (var step in build.Timings)
                    Console.Out.WriteLine(FormattableString.Invariant($"step {step.Name} {step.Elapsed.TotalMilliseconds:0.0} ms {step.Allocated / 1048576.0:0.0} MiB allocated"));
                // What the runtime spent besides the steps' own work: compiling code and pausing for the collector.
                Console.Out.WriteLine(FormattableString.Invariant(
                    $"runtime jit {System.Runtime.JitInfo.GetCompiledMethodCount()} methods {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0.0} ms"));
                Console.Out.WriteLine(FormattableString.Invariant(
                    $"runtime gc {GC.CollectionCount(0)} collections {GC.GetTotalPauseDuration().TotalMilliseconds:0.0} ms (gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)})"));
                // Writing files happens inside the steps that make them (templates above all), on every thread.
                if (build.Context.Output is ScarGuide.IO.DirectoryOutput written)
                    Console.Out.WriteLine(FormattableString.Invariant(
                        $"runtime write {written.FilesWritten} files {written.WriteTime.TotalMilliseconds:0.0} ms (all threads)"));
            }
            return build.Succeeded ? 0 : 1;
        });
        return command;
    }
}
