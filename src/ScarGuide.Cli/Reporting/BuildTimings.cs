using System.Text.Json;
using System.Text.Json.Serialization;
using ScarGuide.IO;
using ScarGuide.Pipeline;

namespace ScarGuide.Cli.Reporting;

/// <summary>One step of <see cref="BuildTimings"/>.</summary>
internal sealed record StepTimings(string Name, double Milliseconds, long AllocatedBytes, double CpuMilliseconds);

/// <summary>
/// What the runtime spent besides the steps' own work: compiling code, pausing for the collector, and writing files
/// (inside the steps that make them, on every thread; zero when nothing was written to disk).
/// </summary>
internal sealed record RuntimeTimings(long JitMethods, double JitMilliseconds, int GcCollections, int Gen1Collections, int Gen2Collections,
    double GcPauseMilliseconds, long FilesWritten, double FileWriteMilliseconds);

/// <summary>
/// <c>scarguide build --timings json</c>: the build's timings as one JSON document on standard output (the report goes to
/// standard error then), so a benchmark reads data instead of parsing console text.
/// </summary>
internal sealed record BuildTimings(bool Succeeded, double TotalMilliseconds, double ProcessMilliseconds, int Pages, int Articles, int Errors, int Warnings,
    IReadOnlyList<StepTimings> Steps, RuntimeTimings Runtime)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static BuildTimings Of(BuildResult build)
    {
        var written = build.Context.Output as DirectoryOutput;
        // From the process's start: the runtime's own start and the command line before the first step.
        var sinceStart = DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime;
        return new BuildTimings(build.Succeeded, build.Elapsed.TotalMilliseconds, sinceStart.TotalMilliseconds, build.PlannedPages.Count, build.ArticleCount,
            build.ErrorCount, build.WarningCount,
            build.Timings.Select(s => new StepTimings(s.Name, s.Elapsed.TotalMilliseconds, s.Allocated, s.Cpu.TotalMilliseconds)).ToList(),
            new RuntimeTimings(System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,
                GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalMilliseconds,
                written?.FilesWritten ?? 0, written?.WriteTime.TotalMilliseconds ?? 0));
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BuildTimings Parse(string json) =>
        JsonSerializer.Deserialize<BuildTimings>(json, Json) ?? throw new JsonException("The timings document is null.");

    /// <summary>The plain <c>--timings</c> lines, as they always were.</summary>
    public IEnumerable<string> ToText()
    {
        foreach (var step in Steps)
            yield return FormattableString.Invariant(
                $"step {step.Name} {step.Milliseconds:0.0} ms {step.AllocatedBytes / 1048576.0:0.0} MiB allocated {step.CpuMilliseconds:0.0} ms cpu");
        yield return FormattableString.Invariant($"process {ProcessMilliseconds:0.0} ms since start, build {TotalMilliseconds:0.0} ms");
        yield return FormattableString.Invariant($"runtime jit {Runtime.JitMethods} methods {Runtime.JitMilliseconds:0.0} ms");
        yield return FormattableString.Invariant(
            $"runtime gc {Runtime.GcCollections} collections {Runtime.GcPauseMilliseconds:0.0} ms (gen1 {Runtime.Gen1Collections}, gen2 {Runtime.Gen2Collections})");
        yield return FormattableString.Invariant($"runtime write {Runtime.FilesWritten} files {Runtime.FileWriteMilliseconds:0.0} ms (all threads)");
    }
}
