using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ScarGuide.Bench.Corpus;
using ScarGuide.Cli.Reporting;

namespace ScarGuide.Bench.Builds;

/// <summary>
/// The measuring loop behind <c>run</c>: builds each corpus in a new scarguide process several times and prints median
/// wall time, CPU time, peak memory (from /usr/bin/time) and per-step timings.
/// </summary>
internal static class BuildBenchmark
{
    private sealed record Measurement(double Wall, double Cpu, long PeakKb, Dictionary<string, double> Steps, Dictionary<string, double> Allocated,
        Dictionary<string, double> Runtime);

    /// <summary>Reads "1000,10000" into article counts, or says what is wrong with it.</summary>
    public static (IReadOnlyList<int> Sizes, string? Error) ParseSizes(string? text)
    {
        var sizes = new List<int>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1)
                return (sizes, $"--sizes: '{part}' is not a number of articles; give whole numbers above 0 separated by commas, e.g. --sizes 1000,10000.");
            sizes.Add(size);
        }
        return sizes.Count == 0 ? (sizes, "--sizes is empty; give article counts separated by commas, e.g. --sizes 1000,10000.") : (sizes, null);
    }

    public static int Run(IReadOnlyList<int> sizes, int runs, string work, string theme, IReadOnlyList<string> scarguide)
    {
        var time = File.Exists("/usr/bin/time") ? "/usr/bin/time" : null;
        if (time is null) Console.WriteLine("note: /usr/bin/time not found (apt-get install time); peak memory will not be reported.");
        Console.WriteLine($"ScarGuide bench: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {runs} runs per size, median shown.");
        foreach (var size in sizes)
        {
            var input = Path.Combine(work, $"corpus-{size}");
            if (!File.Exists(Path.Combine(input, "site.yml")) || Directory.GetFiles(Path.Combine(input, "articles")).Length != size)
            {
                if (Directory.Exists(input)) Directory.Delete(input, recursive: true);
                CorpusGenerator.Generate(input, size);
            }
            var results = new List<Measurement>();
            for (var i = 0; i < runs + 1; i++)
            {
                var output = Path.Combine(work, $"out-{size}");
                if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
                var run = Once(time, scarguide, input, theme, output);
                if (run is null) return 1;
                if (i > 0) results.Add(run); // the first run warms the disk cache and is not counted
            }
            var wall = Median(results.Select(r => r.Wall));
            var cpu = Median(results.Select(r => r.Cpu));
            var peak = Median(results.Select(r => (double)r.PeakKb)) / 1024;
            Console.WriteLine();
            Console.WriteLine($"{size,6} articles: wall {wall:0.000} s (min {results.Min(r => r.Wall):0.000}, max {results.Max(r => r.Wall):0.000}), CPU {cpu:0.000} s, peak {(peak > 0 ? $"{peak:0} MiB" : "n/a")}");
            var steps = results[0].Steps.Keys;
            foreach (var step in steps.OrderByDescending(name => Median(results.Select(r => r.Steps.GetValueOrDefault(name)))))
                Console.WriteLine($"         {step,-16} {Median(results.Select(r => r.Steps.GetValueOrDefault(step))),8:0.0} ms {Median(results.Select(r => r.Allocated.GetValueOrDefault(step))),8:0} MiB allocated");
            // Outside the steps' own work: compiling code (start-up, tiering) and the collector's pauses.
            foreach (var name in results[0].Runtime.Keys)
                Console.WriteLine($"         {name,-16} {Median(results.Select(r => r.Runtime.GetValueOrDefault(name))),8:0.0} ms");
        }
        return 0;
    }

    private static Measurement? Once(string? time, IReadOnlyList<string> scarguide, string input, string theme, string output)
    {
        var (self, args) = (scarguide[0], scarguide.Skip(1).ToList());
        // Without a theme folder (an installed tool run outside this repository) the build uses the built-in theme.
        args.AddRange(Directory.Exists(theme) ? ["build", "--input", input, "--theme", theme] : ["build", "--input", input]);
        args.AddRange(["--output", output, "--timings", "json", "--clock", CorpusGenerator.BuildClock]);
        var start = new ProcessStartInfo(time ?? self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var timeFile = Path.Combine(Path.GetDirectoryName(output)!, "time.txt");
        if (time is not null)
        {
            // Wall seconds, user and system CPU seconds, peak resident KiB: one line of four numbers, in a file of its own.
            start.ArgumentList.Add("-f");
            start.ArgumentList.Add("%e %U %S %M");
            start.ArgumentList.Add("-o");
            start.ArgumentList.Add(timeFile);
            start.ArgumentList.Add(self);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["CI"] = "true";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var wallClock = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"build failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
            return null;
        }
        BuildTimings timings;
        try
        {
            timings = BuildTimings.Parse(stdout.Result);
        }
        catch (JsonException e)
        {
            Console.Error.WriteLine($"build printed no timings document ({e.Message}); is it a scarguide with `build --timings json`?\n{stdout.Result}");
            return null;
        }
        var steps = timings.Steps.ToDictionary(s => s.Name, s => s.Milliseconds);
        var allocated = timings.Steps.ToDictionary(s => s.Name, s => s.AllocatedBytes / 1048576.0);
        var runtime = new Dictionary<string, double>
        {
            ["(jit)"] = timings.Runtime.JitMilliseconds,
            ["(gc pauses)"] = timings.Runtime.GcPauseMilliseconds,
            ["(file writes)"] = timings.Runtime.FileWriteMilliseconds,
        };
        if (time is null) return new Measurement(wallClock, process.TotalProcessorTime.TotalSeconds, 0, steps, allocated, runtime);
        var measured = File.ReadAllLines(timeFile).Last().Split(' ').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        return new Measurement(measured[0], measured[1] + measured[2], (long)measured[3], steps, allocated, runtime);
    }

    /// <summary>
    /// The command that runs the scarguide CLI built beside this tool (the project reference copies it into bin/):
    /// its own executable where there is one, else its assembly through the dotnet host.
    /// </summary>
    public static IReadOnlyList<string> DefaultCommandLine()
    {
        var cli = typeof(ScarGuide.Cli.Commands.CommandLine).Assembly.Location;
        var executable = Path.ChangeExtension(cli, OperatingSystem.IsWindows() ? ".exe" : null);
        if (File.Exists(executable)) return [executable];
        var self = Environment.ProcessPath!;
        var host = Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return [host, cli];
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
