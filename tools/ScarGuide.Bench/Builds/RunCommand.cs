using System.CommandLine;

namespace ScarGuide.Bench.Builds;

/// <summary><c>run</c>: generates corpora and times whole builds of them (<see cref="BuildBenchmark"/>).</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "Comma-separated article counts", DefaultValueFactory = _ => "1000,10000" };
        var runs = new Option<int>("--runs") { Description = "Timed runs per size (the median is reported)", DefaultValueFactory = _ => 5 };
        var work = new Option<string>("--work") { Description = "Folder for corpora and outputs", DefaultValueFactory = _ => Path.Combine("bench", "work") };
        var theme = new Option<string>("--theme") { Description = "Theme folder (without one, the built-in theme)", DefaultValueFactory = _ => "theme" };
        var scarguide = new Option<string?>("--scarguide")
        {
            Description = "Command that runs the CLI to measure, e.g. bench/bin-composite/ScarGuide.Cli (default: the CLI built beside this tool)",
        };
        sizes.Validators.Add(result =>
        {
            if (BuildBenchmark.ParseSizes(result.GetValueOrDefault<string>()) is { Error: { } error }) result.AddError(error);
        });
        runs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--runs must be at least 1, e.g. --runs 5 (the median of the timed runs is reported).");
        });
        var command = new Command("run", "Measure build speed and memory on generated corpora, each build a new process.");
        command.Options.Add(sizes);
        command.Options.Add(runs);
        command.Options.Add(work);
        command.Options.Add(theme);
        command.Options.Add(scarguide);
        command.SetAction(result => BuildBenchmark.Run(
            BuildBenchmark.ParseSizes(result.GetValue(sizes)).Sizes, result.GetValue(runs),
            Path.GetFullPath(result.GetValue(work)!), Path.GetFullPath(result.GetValue(theme)!),
            result.GetValue(scarguide) is { Length: > 0 } given
                ? given.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : BuildBenchmark.DefaultCommandLine()));
        return command;
    }
}
