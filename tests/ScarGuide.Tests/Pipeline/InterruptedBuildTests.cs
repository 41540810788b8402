using System.Diagnostics;
using System.Runtime.InteropServices;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Pipeline;

/// <summary>Killing a build half-way (Ctrl+C, kill -9, a CI timeout) must leave the published site as it was.</summary>
public sealed partial class InterruptedBuildTests
{
    private const int SigInt = 2, SigTerm = 15;

    [Theory]
    [InlineData(SigTerm)]
    [InlineData(SigInt)]
    public void Ctrl_c_or_sigterm_ends_a_build_within_a_second_and_leaves_the_previous_site(int signal)
    {
        using var site = TestSite.Generated(1500);
        var output = Path.Combine(site.Root, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "the previous site");

        using (var build = StartBuild(site.Root))
        {
            WaitUntilWritingPages(site.Root, build);
            var stopped = Stopwatch.StartNew();
            Assert.Equal(0, Kill(build.Id, signal));
            Assert.True(build.WaitForExit(TimeSpan.FromSeconds(1)), $"the build was still running 1 s after signal {signal}");
            Assert.True(stopped.Elapsed < TimeSpan.FromSeconds(1));
            Assert.NotEqual(0, build.ExitCode);
        }
        Assert.Equal(["index.html"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Equal("the previous site", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_site_left_aside_by_a_swap_cut_short_is_put_back_even_if_the_next_build_fails()
    {
        // What a power cut between the two renames of the swap leaves: no output, the previous site set aside.
        using var site = TestSite.Write("-- input/articles/a.md --\n---\ntitle: [\n---\nBroken front matter.\n");
        var aside = Path.Combine(site.Root, ".output.old-0123456789abcdef0123456789abcdef");
        Directory.CreateDirectory(aside);
        File.WriteAllText(Path.Combine(aside, "index.html"), "the previous site");

        using (var build = StartBuild(site.Root))
        {
            Assert.True(build.WaitForExit(TimeSpan.FromMinutes(2)), "the build did not finish");
            Assert.Equal(1, build.ExitCode);
        }
        Assert.Equal("the previous site", File.ReadAllText(Path.Combine(site.Root, "output", "index.html")));
        Assert.False(Directory.Exists(aside));
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    private static void WaitUntilWritingPages(string root, Process build)
    {
        var deadline = Stopwatch.StartNew();
        while (!WritingPages(root) && !build.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(5);
        Assert.False(build.HasExited, "the build finished before it could be interrupted; use a larger corpus");
    }

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
            WaitUntilWritingPages(root, build);
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
