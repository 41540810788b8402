using System.Diagnostics;
using System.Formats.Tar;

namespace ScarGuide.Diff;

/// <summary>
/// A git revision's files, written into a folder of their own with <c>git archive</c>: the work tree, the index and
/// the repository's refs are never touched, so a diff can run while an editor has uncommitted changes.
/// </summary>
public static class GitRevision
{
    /// <summary>
    /// Writes the tree of <paramref name="revision"/> into <paramref name="destination"/> and returns the folder in it
    /// that corresponds to <paramref name="directory"/> (the site root may be a sub-folder of the repository).
    /// With <paramref name="only"/>, writes only those folders (full paths under <paramref name="directory"/>) that the
    /// revision has: a site's input and theme, not the rest of the repository.
    /// Throws <see cref="GitException"/> when <paramref name="directory"/> is not in a repository or the revision is unknown.
    /// </summary>
    public static string Extract(string directory, string revision, string destination, IReadOnlyList<string>? only = null)
    {
        var top = Path.GetFullPath(Git(directory, "rev-parse", "--show-toplevel").Trim());
        var commit = Resolve(directory, revision);
        Directory.CreateDirectory(destination);
        var paths = new List<string>();
        foreach (var folder in only ?? [])
        {
            var inRepository = Path.GetRelativePath(top, Path.GetFullPath(folder)).Replace('\\', '/');
            // A revision without the folder (no theme/ yet) simply has nothing there; git archive would fail on it.
            if (Git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", $"{commit}:{inRepository}").Length > 0) paths.Add(inRepository);
        }
        if (only is null || paths.Count > 0) RunArchive(top, commit, destination, paths);
        var relative = Path.GetRelativePath(top, Path.GetFullPath(directory));
        return relative == "." ? destination : Path.Combine(destination, relative);
    }

    /// <summary>The bytes the files of <paramref name="folders"/> (full paths under <paramref name="directory"/>) take in <paramref name="revision"/>.</summary>
    public static long Size(string directory, string revision, IEnumerable<string> folders)
    {
        var top = Path.GetFullPath(Git(directory, "rev-parse", "--show-toplevel").Trim());
        var paths = folders.Select(f => Path.GetRelativePath(top, Path.GetFullPath(f)).Replace('\\', '/')).ToArray();
        long total = 0;
        foreach (var line in Git(top, ["ls-tree", "-r", "-l", "-z", Resolve(directory, revision), "--", .. paths]).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> blob <id> <size>\t<path>"
            var fields = line.Split('\t', 2)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 4 && long.TryParse(fields[3], System.Globalization.CultureInfo.InvariantCulture, out var size)) total += size;
        }
        return total;
    }

    /// <summary>The full commit id a revision names (for reports: "base abc1234").</summary>
    public static string Resolve(string directory, string revision)
    {
        var commit = Git(directory, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}").Trim();
        return commit.Length > 0 ? commit : throw new GitException(
            $"'{revision}' is not a commit of this repository. In a shallow clone, fetch it first (actions/checkout with fetch-depth: 2 has a merge commit's parents).");
    }

    private static void RunArchive(string top, string commit, string destination, List<string> paths)
    {
        using var process = Start(top, ["archive", "--format=tar", commit, "--", .. paths]);
        var errors = process.StandardError.ReadToEndAsync();
        var root = Path.GetFullPath(destination) + Path.DirectorySeparatorChar;
        using (var reader = new TarReader(process.StandardOutput.BaseStream))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                // Regular files and folders only: a symbolic link in a revision could point outside the folder.
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.Directory)) continue;
                var full = Path.GetFullPath(Path.Combine(root, entry.Name));
                if (!full.StartsWith(root, StringComparison.Ordinal)) continue;
                if (entry.EntryType == TarEntryType.Directory) { Directory.CreateDirectory(full); continue; }
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                using var file = File.Create(full);
                entry.DataStream?.CopyTo(file);
            }
        }
        process.WaitForExit();
        if (process.ExitCode != 0) throw new GitException($"git archive failed: {errors.Result.Trim()}");
    }

    private static string Git(string directory, params string[] args)
    {
        using var process = Start(directory, args);
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode == 0) return output;
        // --verify --quiet exits non-zero, silently, for a revision that does not exist: the caller names it.
        if (args.Contains("--quiet")) return "";
        throw new GitException($"git {args[0]} failed: {errors.Result.Trim()}");
    }

    private static Process Start(string directory, params string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        try { return Process.Start(info) ?? throw new GitException("git could not be started."); }
        catch (System.ComponentModel.Win32Exception ex) { throw new GitException($"git could not be started: {ex.Message}"); }
    }
}

/// <summary>git is missing, the folder is not a repository, or a revision does not exist.</summary>
public sealed class GitException(string message) : Exception(message);
