using System.Diagnostics;
using System.Text.Json;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Diff;

/// <summary>An inline test site in a git repository of its own: write files, commit, and run <c>scarguide diff</c> on it.</summary>
internal sealed class GitSite : IDisposable
{
    private readonly TestSite _site;

    private GitSite(TestSite site) => _site = site;

    public string Root => _site.Root;

    /// <summary>Writes the files, makes a repository and commits them as the first commit.</summary>
    public static GitSite Init(string files)
    {
        var site = new GitSite(TestSite.Write(files));
        site.Git("init", "-q", "-b", "main");
        site.Commit("First version");
        return site;
    }

    /// <summary>The repository's bundled site (input/, in every language), committed.</summary>
    public static GitSite Bundled()
    {
        var site = new GitSite(TestSite.Write(""));
        var from = RepoRoot.Combine("input");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(site.Root, "input", Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
        site.Git("init", "-q", "-b", "main");
        site.Commit("The bundled site");
        return site;
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Root, path));

    public GitSite Write(string path, string text)
    {
        _site.WriteFile(path, text);
        return this;
    }

    public GitSite Delete(string path)
    {
        File.Delete(Path.Combine(Root, path));
        return this;
    }

    public GitSite Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "--allow-empty", "-m", message);
        return this;
    }

    public string Git(params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error.Result}");
        return output;
    }

    /// <summary>Runs <c>scarguide diff</c> in the site's folder as of the tests' fixed day.</summary>
    public (int Exit, string Out, string Err) Diff(params string[] args) =>
        Testing.Cli.Run(Root, ["diff", .. args, "--clock", TestSite.Clock]);

    /// <summary>The diff as JSON (work tree against <paramref name="baseRef"/> unless the arguments say otherwise).</summary>
    public JsonElement Json(string baseRef = "HEAD", params string[] args)
    {
        var (exit, output, error) = Diff(["--base", baseRef, "--format", "json", .. args]);
        Assert.True(exit == 0, $"diff exited {exit}: {error}{output}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    public void Dispose() => _site.Dispose();
}
