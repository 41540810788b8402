using System.CommandLine;
using ScarGuide.Bench.Builds;
using ScarGuide.Bench.Corpus;
using ScarGuide.Bench.Preview;

namespace ScarGuide.Bench;

/// <summary>The benchmark harness's commands: <c>run</c> (whole builds), <c>generate</c> (a corpus), <c>serve</c> (the preview).</summary>
internal static class BenchCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("ScarGuide benchmarks: generated corpora, whole-build timings and the preview's edit-to-reload latency (see docs/performance.md).");
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(TranslateCommand.Create());
        foreach (var command in PhotosCommand.Create()) root.Subcommands.Add(command);
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }
}
