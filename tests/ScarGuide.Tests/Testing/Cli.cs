using ScarGuide.Cli.Commands;

namespace ScarGuide.Tests.Testing;

/// <summary>Runs the real command tree in-process from a folder, capturing what it prints (tests using it share the Console collection).</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Err) Run(string directory, params string[] args)
    {
        var (previousOut, previousErr, previousDir) = (Console.Out, Console.Error, Directory.GetCurrentDirectory());
        var (output, error) = (new StringWriter(), new StringWriter());
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            Directory.SetCurrentDirectory(directory);
            return (CommandLine.Create().Parse(args).Invoke(), output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousErr);
            Directory.SetCurrentDirectory(previousDir);
        }
    }
}
