namespace ScarGuide.IO;

/// <summary>
/// Publishes a build all-or-nothing: files go to a staging folder beside the output, which replaces the
/// output only after the build succeeded. A failed or interrupted build leaves the previous site untouched.
/// </summary>
public sealed class SafeOutputFolder : IDisposable
{
    private readonly string _output;
    private bool _committed;

    public string StagingPath { get; }

    /// <summary>
    /// Held while the new site is swapped in. A process that is told to stop (Ctrl+C, SIGTERM) takes it before it
    /// exits, so it never exits between the two renames; anywhere else it may stop at once.
    /// </summary>
    public static readonly object CommitLock = new();

    private SafeOutputFolder(string output, string staging)
    {
        _output = output;
        StagingPath = staging;
    }

    /// <summary>Refuses an output folder that is, or contains, the input, the theme or the repository root.</summary>
    public static string? Validate(string output, IEnumerable<string> protectedFolders)
    {
        var full = Normalize(output);
        if (Path.GetPathRoot(full) == full)
            return $"The output folder '{output}' is a drive root; choose a dedicated folder such as output/.";
        foreach (var folder in protectedFolders)
        {
            var p = Normalize(folder);
            if (p == full || p.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return $"The output folder '{output}' is or contains '{folder}'; building there would delete your sources. Choose a separate folder such as output/.";
        }
        return null;
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    public static SafeOutputFolder Begin(string output)
    {
        var full = Normalize(output);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full);
        RestoreInterrupted(full, parent, name);
        CleanAbandoned(parent, name);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new SafeOutputFolder(full, staging);
    }

    /// <summary>
    /// A build killed between the two renames of <see cref="Commit"/> (power loss, kill -9) left no output and the
    /// previous site as <c>.name.old-*</c>: put it back before anything else, so a failing next build still leaves it.
    /// </summary>
    private static void RestoreInterrupted(string output, string parent, string name)
    {
        if (Directory.Exists(output)) return;
        var old = Directory.EnumerateDirectories(parent, $".{name}.old-*").Order(StringComparer.Ordinal).FirstOrDefault();
        if (old is not null) Directory.Move(old, output);
    }

    /// <summary>Staging folders left by a killed build are removed on the next run.</summary>
    private static void CleanAbandoned(string parent, string name)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.staging-*")
                     .Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*")))
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Swaps the staging folder in. Two renames; the old site is removed only after the new one is in place.</summary>
    public void Commit()
    {
        string? old = null;
        lock (CommitLock)
        {
            if (Directory.Exists(_output))
            {
                old = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.old-{Guid.NewGuid():N}");
                Directory.Move(_output, old);
            }
            Directory.Move(StagingPath, _output);
            _committed = true;
        }
        if (old is not null)
        {
            try { Directory.Delete(old, recursive: true); }
            catch (IOException) { }
        }
    }

    public void Dispose()
    {
        if (_committed || !Directory.Exists(StagingPath)) return;
        try { Directory.Delete(StagingPath, recursive: true); }
        catch (IOException) { }
    }
}
