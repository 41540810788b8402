using System.Diagnostics;

namespace ScarGuide.Tests.Testing;

/// <summary>Runs a command as its own process (the CLI through the dotnet host, or dotnet itself) and collects what it prints.</summary>
internal static class CliProcess
{
    public sealed record Outcome(int Exit, string Out, string Error)
    {
        public override string ToString() => $"exit {Exit}\n{Out}\n{Error}";
    }

    /// <summary>Runs the test build's <c>scarguide</c> (ScarGuide.Cli.dll) in <paramref name="directory"/>.</summary>
    public static Outcome Scarguide(string directory, params string[] args) =>
        Run("dotnet", directory, TimeSpan.FromMinutes(2), [typeof(ScarGuide.Cli.Commands.BuildCommand).Assembly.Location, .. args]);

    public static Outcome Run(string program, string directory, TimeSpan timeout, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }
        return new Outcome(process.ExitCode, output.Result, error.Result);
    }
}
