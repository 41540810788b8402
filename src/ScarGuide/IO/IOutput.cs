using Microsoft.Win32.SafeHandles;

namespace ScarGuide.IO;

/// <summary>Where a build writes its files: memory (tests, preview), a staging folder (build), or nowhere (check).</summary>
public interface IOutput
{
    /// <summary>Writes one file; <paramref name="path"/> is relative with forward slashes and already validated.</summary>
    void Write(string path, ReadOnlySpan<byte> content);

    void Copy(string path, string sourceFullPath);

    /// <summary>
    /// Like <see cref="Copy"/>, for a file nobody changes afterwards (a cached photo variant, named by its content):
    /// a folder output may link it instead of copying the bytes.
    /// </summary>
    void Publish(string path, string immutableSourceFullPath) => Copy(path, immutableSourceFullPath);
}

/// <summary>Keeps every file in memory, keyed by its relative path.</summary>
public sealed class MemoryOutput : IOutput
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(string path, ReadOnlySpan<byte> content) => _files[path] = content.ToArray();

    public void Copy(string path, string sourceFullPath) => _files[path] = File.ReadAllBytes(sourceFullPath);

    /// <summary>Stores <paramref name="content"/> itself, not a copy: how a cached build keeps an unchanged page. Never change it afterwards.</summary>
    public void Keep(string path, byte[] content) => _files[path] = content;
}

/// <summary>Discards everything: <c>check</c> runs the whole build through it.</summary>
public sealed class NullOutput : IOutput
{
    public void Write(string path, ReadOnlySpan<byte> content) { }

    public void Copy(string path, string sourceFullPath) { }
}

/// <summary>
/// Writes into a folder, creating sub-folders as needed. With a <paramref name="keptFolder"/> (a staging folder's
/// output), files published under that folder are only listed here: <see cref="SafeOutputFolder.Commit"/> places them,
/// reusing the <paramref name="previous"/> output's folder, whose names are their contents.
/// </summary>
public sealed class DirectoryOutput(string root, string? keptFolder = null, string? previous = null) : IOutput
{
    private readonly string _root = Path.GetFullPath(root) + Path.DirectorySeparatorChar;

    // Thousands of pages share a few hundred folders: remember which exist instead of asking the file system again.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);

    // Path under the kept folder -> the immutable file to place there, or null for the previous output's copy. Locked
    // for each entry: 16 entries a photo, added by the image step's workers.
    private readonly Dictionary<string, string?> _kept = new(StringComparer.Ordinal);

    // The previous output's kept folder, listed once: by ListPreviousSoon's thread, the image step or the commit.
    private readonly string? _previousKept = KeptIn(previous, keptFolder);
    private readonly Lazy<HashSet<string>?> _previous = new(() => ListFolder(KeptIn(previous, keptFolder)));

    private static string? KeptIn(string? output, string? keptFolder) =>
        output is null || keptFolder is null ? null : Path.Combine(output, keptFolder);

    /// <summary>
    /// Lists the previous output's kept folder on another thread now. The image step asks for it first from both of its
    /// workers, one listing (16,000 names for 1,000 photos, ~15 ms) while the other waited; read while the sources are
    /// read, it is ready by then.
    /// </summary>
    public void ListPreviousSoon()
    {
        // Only where there is something to list: a text-only site starts no thread.
        if (_previousKept is not null && Directory.Exists(_previousKept)) _ = Task.Run(() => _previous.Value);
    }

    public string Root => root;

    /// <summary>The folder (<c>img/</c>) whose files are placed at commit, or null.</summary>
    public string? KeptFolder => keptFolder;

    /// <summary>
    /// Files published under <see cref="KeptFolder"/>: their output paths, and the immutable file each comes from (null:
    /// the previous output's copy, see <see cref="KeepPrevious"/>). Read by the commit, after every step has run.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Kept => _kept;

    /// <summary>
    /// Whether the output being replaced already holds this file of <see cref="KeptFolder"/>. Its name is its content,
    /// so the file need not exist anywhere else (a cache entry removed by hand, say) for this build to keep it.
    /// </summary>
    public bool HadBefore(string path) =>
        keptFolder is not null && path.StartsWith(keptFolder, StringComparison.Ordinal)
        && _previous.Value?.GetAlternateLookup<ReadOnlySpan<char>>().Contains(path.AsSpan(keptFolder.Length)) == true;

    /// <summary>
    /// Publishes a file of <see cref="KeptFolder"/> that <see cref="HadBefore"/> says the previous output holds: the
    /// commit keeps that copy (its name is its content), so the caller need not name another (a warm photo build
    /// publishes 16,000 variants this way, none of which needs its cache path).
    /// </summary>
    public void KeepPrevious(string path)
    {
        lock (_kept) _kept[path] = null;
    }

    /// <summary>
    /// The names in the previous output's kept folder (null: none, or not a flat folder of files), listed once for
    /// <see cref="HadBefore"/> and the commit, by whichever asks first; the other waits for that listing.
    /// </summary>
    internal HashSet<string>? PreviousKept => _previous.Value;

    /// <summary>
    /// The names of the files in <paramref name="folder"/>, if it is a flat folder of regular files (the only kind a
    /// commit moves); else null.
    /// </summary>
    internal static HashSet<string>? ListFolder(string? folder)
    {
        if (folder is null || !Directory.Exists(folder)) return null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            // Names and kinds straight from the directory listing: no call per file.
            var entries = new System.IO.Enumeration.FileSystemEnumerable<(string Name, bool IsFolder)>(folder,
                (ref System.IO.Enumeration.FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory));
            foreach (var (name, isFolder) in entries)
            {
                if (isFolder) return null;
                names.Add(name);
            }
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        return names;
    }

    private long _files;
    private long _writeTicks;

    /// <summary>Files written or copied so far.</summary>
    public long FilesWritten => Interlocked.Read(ref _files);

    /// <summary>Time spent creating folders and writing files, summed over all threads (for <c>build --timings</c>).</summary>
    public TimeSpan WriteTime => System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _writeTicks));

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        // One open, one write, one close: the fewest system calls for a new file (staging folders start empty).
        var full = Resolve(path);
        SafeFileHandle handle;
        try { handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.None); }
        catch (IOException) when (File.Exists(full)) { handle = File.OpenHandle(full, FileMode.Create, FileAccess.Write, FileShare.None); }
        using (handle) RandomAccess.Write(handle, content, 0);
        Written(start);
    }

    public void Copy(string path, string sourceFullPath)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        File.Copy(sourceFullPath, Resolve(path), overwrite: true);
        Written(start);
    }

    public void Publish(string path, string immutableSourceFullPath)
    {
        if (keptFolder is not null && path.StartsWith(keptFolder, StringComparison.Ordinal) && path.IndexOf('/', keptFolder.Length) < 0)
        {
            lock (_kept) _kept[path] = immutableSourceFullPath;
            return;
        }
        Link(immutableSourceFullPath, Resolve(path));
    }

    /// <summary>A hard link where the file system allows one (no bytes copied: a build publishes thousands of photo variants), else a copy.</summary>
    internal void Link(string immutableSourceFullPath, string target)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        if (OperatingSystem.IsWindows() || HardLink.Create(immutableSourceFullPath, target) != 0)
            File.Copy(immutableSourceFullPath, target, overwrite: true);
        Written(start);
    }

    private void Written(long startTimestamp)
    {
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _writeTicks, System.Diagnostics.Stopwatch.GetTimestamp() - startTimestamp);
    }

    private string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        // Paths are validated when pages are planned; this is the last line of defence.
        if (!full.StartsWith(_root, StringComparison.Ordinal))
            throw new InvalidOperationException($"Refusing to write outside the output folder: {path}");
        var folder = Path.GetDirectoryName(full)!;
        // The key is added only after the folder exists, so no thread writes into a folder still being created.
        _folders.GetOrAdd(folder, static f => { Directory.CreateDirectory(f); return 0; });
        return full;
    }
}

internal static partial class HardLink
{
    /// <summary>POSIX link(2): 0 on success; fails across file systems, for an existing target, or where links are not supported.</summary>
    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "link", StringMarshalling = System.Runtime.InteropServices.StringMarshalling.Utf8)]
    internal static partial int Create(string existing, string link);
}

/// <summary>One language's files of a multilingual site: its pages and feeds go under its folder (<c>es/</c>) of the site's output.</summary>
public sealed class PrefixedOutput(IOutput inner, string prefix) : IOutput
{
    public void Write(string path, ReadOnlySpan<byte> content) => inner.Write(prefix + path, content);

    public void Copy(string path, string sourceFullPath) => inner.Copy(prefix + path, sourceFullPath);

    public void Publish(string path, string immutableSourceFullPath) => inner.Publish(prefix + path, immutableSourceFullPath);
}
