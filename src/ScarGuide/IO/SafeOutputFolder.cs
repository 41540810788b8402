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

    /// <summary>The staging folder's output; with a kept folder, the files published there are placed at <see cref="Commit"/>.</summary>
    public DirectoryOutput Output { get; }

    private SafeOutputFolder(string output, string staging, string? keptFolder)
    {
        _output = output;
        StagingPath = staging;
        Output = new DirectoryOutput(staging, keptFolder, output);
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

    /// <summary>
    /// Starts a build of <paramref name="output"/>. Files published under <paramref name="keptFolder"/> (<c>img/</c>:
    /// immutable, named by their content, in one flat folder) are not written to the staging folder one by one:
    /// <see cref="Commit"/> moves the previous output's folder into the new site and adds only what it lacks.
    /// </summary>
    public static SafeOutputFolder Begin(string output, string? keptFolder = null)
    {
        var full = Normalize(output);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full);
        RestoreInterrupted(full, parent, name, keptFolder);
        CleanAbandoned(parent, name);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new SafeOutputFolder(full, staging, keptFolder);
    }

    /// <summary>
    /// A build killed between the two renames of <see cref="Commit"/> (power loss, kill -9) left no output and the
    /// previous site as <c>.name.old-*</c>: put it back before anything else, so a failing next build still leaves it.
    /// One killed after moving the previous site's kept folder into its staging folder left the site without it: move
    /// it back (it holds at least what the site had; files are removed from it only once the new site is in place).
    /// </summary>
    private static void RestoreInterrupted(string output, string parent, string name, string? keptFolder)
    {
        if (!Directory.Exists(output))
        {
            var old = Directory.EnumerateDirectories(parent, $".{name}.old-*").Order(StringComparer.Ordinal).FirstOrDefault();
            if (old is not null) Directory.Move(old, output);
        }
        if (keptFolder is null || !Directory.Exists(output) || Directory.Exists(Path.Combine(output, keptFolder))) return;
        var moved = Directory.EnumerateDirectories(parent, $".{name}.staging-*").Select(s => Path.Combine(s, keptFolder))
            .Where(Directory.Exists).Order(StringComparer.Ordinal).FirstOrDefault();
        if (moved is not null) Directory.Move(moved, Path.Combine(output, keptFolder));
    }

    /// <summary>Staging folders left by a killed build are removed on the next run.</summary>
    private static void CleanAbandoned(string parent, string name)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.staging-*")
                     .Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*")))
            DeleteTree(dir);
    }

    /// <summary>
    /// Swaps the staging folder in. Two renames; the old site is removed only after the new one is in place. Before
    /// them, the kept folder: the previous site's is moved into the new one (one rename) and the files it lacks are
    /// linked; files it has that this build does not publish are removed once the new site is in place, so until then
    /// the folder, wherever it is, holds everything the previous site needs. If adding fails, it goes back first.
    /// </summary>
    public void Commit()
    {
        string? old = null;
        IEnumerable<string> unused = [];
        lock (CommitLock)
        {
            if (Output.KeptFolder is { } kept && Output.Kept.Count > 0) unused = PlaceKept(kept);
            if (Directory.Exists(_output))
            {
                old = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.old-{Guid.NewGuid():N}");
                Directory.Move(_output, old);
            }
            Directory.Move(StagingPath, _output);
            _committed = true;
        }
        foreach (var file in unused)
        {
            try { File.Delete(Path.Combine(_output, Output.KeptFolder!, file)); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        if (old is not null) DeleteTree(old);
    }

    /// <summary>
    /// Removes a previous site: one unlink per file, kernel work that one thread does at ~10 µs a file (340 ms for the
    /// 25,000 files of a 10,000-article site), so its second-level folders (<c>articles/slug/</c>, <c>tags/tag/</c>,
    /// <c>search-index/f/</c>) are removed in parallel first. A file that cannot be removed stays, as before.
    /// </summary>
    private static void DeleteTree(string path)
    {
        try
        {
            var folders = Directory.EnumerateDirectories(path).SelectMany(Directory.EnumerateDirectories).ToList();
            Parallel.ForEach(folders, folder =>
            {
                try { Directory.Delete(folder, recursive: true); }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
            });
            Directory.Delete(path, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>Fills the staging folder's kept folder; returns the names in it that this build does not publish.</summary>
    private List<string> PlaceKept(string kept)
    {
        var previous = Path.Combine(_output, kept);
        var staged = Path.Combine(StagingPath, kept);
        // Only a flat folder of files is moved: anything else there (an older version's output) stays with the old site.
        // Usually listed already: the build starts listing it as it starts (DirectoryOutput.ListPreviousSoon).
        var present = Directory.Exists(staged) ? null : Output.PreviousKept;
        var moved = present is not null;
        if (moved) Directory.Move(previous, staged);
        else Directory.CreateDirectory(staged);
        present ??= DirectoryOutput.ListFolder(staged) ?? [];
        try
        {
            // Each published name found is taken out of the listing (by span: no name is cut out of its path), so what
            // is left is what this build does not publish. The listing is the build's own, no longer read by then.
            var names = present.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var (path, source) in Output.Kept)
            {
                var name = path.AsSpan(kept.Length);
                if (names.Remove(name)) continue;
                // Not there although the previous output had it: the previous kept folder was not moved (the staging
                // folder already had one), so link its copy, still in place until the renames below.
                Output.Link(source ?? Path.Combine(previous, name.ToString()), Path.Combine(staged, name.ToString()));
            }
            return [.. present];
        }
        catch when (moved)
        {
            Directory.Move(staged, previous);
            throw;
        }
    }

    public void Dispose()
    {
        if (_committed || !Directory.Exists(StagingPath)) return;
        try { Directory.Delete(StagingPath, recursive: true); }
        catch (IOException) { }
    }
}
