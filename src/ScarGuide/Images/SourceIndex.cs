using System.Globalization;
using System.Text;

namespace ScarGuide.Images;

/// <summary>
/// What the last build learnt about each photo, by its size and time: the hash of its bytes and its header. Like
/// Git's index, it only saves reading and hashing a file that has not changed; the cache is still keyed by the bytes'
/// hash. An entry counts only if the file's time was older than the moment it was read by
/// <see cref="IO.FileTimes.SettleTime"/> (a file rewritten within its file system's time granularity could
/// otherwise keep its time). Kept as <c>sources.tsv</c> in the cache folder.
/// </summary>
internal sealed class SourceIndex
{
    private const string FileName = "sources.tsv";
    private const string Version = "scarguide-sources 1";

    internal sealed record Entry(long Length, long Ticks, string Hash, ImageHeader Header);

    private readonly Dictionary<string, Entry> _old;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> _new = new(StringComparer.Ordinal);

    /// <summary>The SHA-256 of the file as loaded: a build that learnt nothing new does not write it again.</summary>
    private byte[]? _digest;

    private SourceIndex(Dictionary<string, Entry> old) => _old = old;

    // Read line by line and compared by digest: the whole file as one string (150 KB for 1,000 photos) was a large
    // object on every build, and with the cache's other large strings it cost a warm photo build a full collection.
    public static SourceIndex Load(string cacheFolder)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            using var reader = new StreamReader(Path.Combine(cacheFolder, FileName), Encoding.UTF8);
            using var digest = new LineDigest();
            if (reader.ReadLine() is not { } first || first != Version) return new SourceIndex(entries);
            digest.Add(first);
            while (reader.ReadLine() is { } line)
            {
                digest.Add(line);
                if (line.Length == 0) continue;
                var f = line.Split('\t');
                if (f.Length != 9) continue;
                entries[f[0]] = new Entry(long.Parse(f[1], CultureInfo.InvariantCulture), long.Parse(f[2], CultureInfo.InvariantCulture), f[3],
                    new ImageHeader(f[4], int.Parse(f[5], CultureInfo.InvariantCulture), int.Parse(f[6], CultureInfo.InvariantCulture), f[7] == "1",
                        int.Parse(f[8], CultureInfo.InvariantCulture)));
            }
            return new SourceIndex(entries) { _digest = digest.Finish() };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or OverflowException) { }
        return new SourceIndex(entries);
    }

    /// <summary>The remembered hash and header of the file, if its size and time (as listed) are the ones remembered.</summary>
    public Entry? Find(string path, long length, DateTime lastWriteTimeUtc) =>
        _old.TryGetValue(path, out var entry) && entry.Length == length && entry.Ticks == lastWriteTimeUtc.Ticks ? entry : null;

    /// <summary>Remembers a photo for the next build (only if its time had settled when it was read).</summary>
    public void Remember(string path, long length, DateTime lastWriteTimeUtc, DateTime readAt, string hash, ImageHeader header)
    {
        if (IO.FileTimes.Settled(readAt, lastWriteTimeUtc))
            _new[path] = new Entry(length, lastWriteTimeUtc.Ticks, hash, header);
    }

    /// <summary>Keeps an unchanged entry that this build used as it was.</summary>
    public void Keep(string fullPath, Entry entry) => _new[fullPath] = entry;

    /// <summary>
    /// Writes the entries of <paramref name="present"/> photos, sorted, through a temporary file: what this build
    /// learnt, else what was known (a preview rebuild that reused a photo's result did not look at it again).
    /// </summary>
    public void Save(string cacheFolder, IEnumerable<string> present)
    {
        var sb = new StringBuilder(Version).Append('\n');
        using var digest = new LineDigest();
        digest.Add(Version);
        // Loops and a sort of strings, not LINQ over (path, entry) tuples: those have no precompiled code in the
        // installed tool, and compiling them cost every photo build ~40 methods.
        var paths = new List<string>();
        foreach (var p in present)
            if (_new.ContainsKey(p) || _old.ContainsKey(p)) paths.Add(p);
        paths.Sort(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var e = _new.TryGetValue(path, out var learnt) ? learnt : _old[path];
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{path}\t{e.Length}\t{e.Ticks}\t{e.Hash}\t{e.Header.Format}\t{e.Header.Width}\t{e.Header.Height}\t{(e.Header.HasAlpha ? 1 : 0)}\t{e.Header.Pages}");
            sb.Append(line).Append('\n');
            digest.Add(line);
        }
        if (_digest is not null && digest.Finish().AsSpan().SequenceEqual(_digest)) return;
        try
        {
            Directory.CreateDirectory(cacheFolder);
            var temp = Path.Combine(cacheFolder, FileName + "." + Environment.ProcessId + ".tmp");
            File.WriteAllText(temp, sb.ToString(), new UTF8Encoding(false));
            File.Move(temp, Path.Combine(cacheFolder, FileName), overwrite: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
