using ScarGuide.Bench;
using ScarGuide.Cli.Commands;

namespace ScarGuide.Tests.Testing;

/// <summary>Runs the real command tree in-process from a folder, capturing what it prints (tests using it share the Console collection).</summary>
internal static class Cli
{
    /// <summary>The <c>scarguide</c> tool.</summary>
    public static (int Exit, string Out, string Err) Run(string directory, params string[] args) =>
        Capture(directory, () => CommandLine.Create().Parse(args).Invoke());

    /// <summary>The benchmark harness, tools/ScarGuide.Bench.</summary>
    public static (int Exit, string Out, string Err) RunBench(string directory, params string[] args) =>
        Capture(directory, () => BenchCommandLine.Create().Parse(args).Invoke());

    private static (int Exit, string Out, string Err) Capture(string directory, Func<int> invoke)
    {
        var (previousOut, previousErr, previousDir) = (Console.Out, Console.Error, Directory.GetCurrentDirectory());
        var (output, error) = (new StringWriter(), new StringWriter());
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            Directory.SetCurrentDirectory(directory);
            return (invoke(), output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousErr);
            Directory.SetCurrentDirectory(previousDir);
        }
    }
}
