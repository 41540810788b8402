using System.Diagnostics;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Pipeline;

/// <summary>Killing a build half-way (Ctrl+C, kill -9, a CI timeout) must leave the published site as it was.</summary>
public sealed class InterruptedBuildTests
{
    [Fact]
    public void A_killed_build_leaves_the_previous_site_untouched_and_the_next_build_cleans_up()
    {
        using var site = TestSite.Generated(1500);
        var root = site.Root;
        var output = Path.Combine(root, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "the previous site");

        using (var build = StartBuild(root))
        {
            // Kill only once the build is really writing pages into its staging folder.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!WritingPages(root) && !build.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(5);
            Assert.False(build.HasExited, "the build finished before it could be interrupted; use a larger corpus");
            build.Kill(entireProcessTree: true);
            build.WaitForExit();
        }

        Assert.Equal(["index.html"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Equal("the previous site", File.ReadAllText(Path.Combine(output, "index.html")));

        using (var again = StartBuild(root))
        {
            Assert.True(again.WaitForExit(TimeSpan.FromMinutes(3)), "the second build did not finish");
            Assert.Equal(0, again.ExitCode);
        }
        Assert.True(File.Exists(Path.Combine(output, "blog", "index.html")));
        Assert.Empty(Directory.GetDirectories(root, ".output.*"));
    }

    private static bool WritingPages(string root) =>
        Directory.GetDirectories(root, ".output.staging-*")
            .Any(staging => Directory.Exists(Path.Combine(staging, "blog")) && Directory.EnumerateDirectories(Path.Combine(staging, "blog")).Take(20).Count() >= 20);

    private static Process StartBuild(string root)
    {
        var cli = typeof(ScarGuide.Cli.Commands.BuildCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "build", "--theme", RepoRoot.Combine("theme") }) start.ArgumentList.Add(arg);
        start.Environment["CI"] = "true";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
