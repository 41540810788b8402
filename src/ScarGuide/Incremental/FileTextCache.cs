namespace ScarGuide.Incremental;

/// <summary>
/// Remembers the text of source files between builds, by path, and hands it back while the file's size and
/// last-write time are unchanged, so a rebuild reads only files that changed. Files not read in a build are forgotten.
/// </summary>
/// <remarks>
/// A file written again within its file system's timestamp granularity of being read could keep both its size and
/// its time, so, like Git's "racily clean" check, a text is reused only if the file's time was at least
/// <see cref="SettleTime"/> older than the moment it was read; files changed just before are simply read again.
/// One build at a time.
/// </remarks>
internal sealed class FileTextCache
{
    /// <summary>Longer than any common file system's timestamp granularity (FAT: 2 s).</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(3);

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _generation;

    /// <summary>Files read from disk (not reused) in the current or last build.</summary>
    public int Read { get; private set; }

    /// <summary>Files whose remembered text was reused in the current or last build.</summary>
    public int Reused { get; private set; }

    /// <summary>Starts a build.</summary>
    public void Begin()
    {
        _generation++;
        Read = Reused = 0;
    }

    /// <summary>
    /// The text of <paramref name="path"/>: remembered if the file looks unchanged, else <paramref name="read"/>
    /// (which returns null when the file cannot be used; that is not remembered, so it is read and reported again).
    /// </summary>
    public string? Text(string path, Func<string, string?> read)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            _entries.Remove(path);
            return read(path);
        }
        var length = info.Length;
        var written = info.LastWriteTimeUtc;
        if (_entries.TryGetValue(path, out var entry) && entry.Settled && entry.Length == length && entry.Written == written)
        {
            entry.Generation = _generation;
            Reused++;
            return entry.Text;
        }

        var now = DateTime.UtcNow;
        var text = read(path);
        Read++;
        if (text is null)
        {
            _entries.Remove(path);
            return null;
        }
        _entries[path] = new Entry(length, written, text, Settled: now - written >= SettleTime) { Generation = _generation };
        return text;
    }

    /// <summary>Ends a build: forgets files it did not read (deleted, renamed or no longer content).</summary>
    public void End()
    {
        foreach (var (path, entry) in _entries)
            if (entry.Generation != _generation) _entries.Remove(path);
    }

    private sealed record Entry(long Length, DateTime Written, string Text, bool Settled)
    {
        public int Generation { get; set; }
    }
}
