namespace ScarGuide.Images;

/// <summary>
/// Encoded variants on disk, one file per key (<c>.cache/images/3f/3fa9….avif</c>), kept between builds. A key
/// names its content, so an entry is never updated, only written once or pruned.
/// </summary>
public sealed class ImageCache(string folder)
{
    public string Folder => folder;

    public string PathOf(ImageVariant variant) =>
        Path.Combine(folder, variant.Key[..2], variant.Key + variant.Spec.Format.Extension());

    public bool Has(ImageVariant variant) => File.Exists(PathOf(variant));

    /// <summary>Writes through a temporary file, so a build stopped half-way never leaves a truncated entry.</summary>
    public void Put(ImageVariant variant, byte[] bytes)
    {
        var path = PathOf(variant);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Deletes every entry whose key is not in <paramref name="used"/>; returns how many. A build that uses the keys the
    /// last prune kept, in the same order, has nothing to delete (entries are only added by builds, which prune), so it
    /// does not list the cache again: <c>kept.sha256</c>, beside the index, remembers them. The keys come in the build's
    /// order (photos by path, then their variants), so the same photos give the same sequence; any other order only
    /// costs one listing of the cache.
    /// </summary>
    public int Prune(IEnumerable<string> used)
    {
        if (!Directory.Exists(folder)) return 0;
        var mark = Path.Combine(folder, "kept.sha256");
        var digest = Digest(used);
        try
        {
            if (File.Exists(mark) && File.ReadAllText(mark) == digest) return 0;
        }
        catch (IOException) { }
        var removed = PruneFolders(used.ToHashSet(StringComparer.Ordinal));
        try
        {
            var temp = mark + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(temp, digest);
            File.Move(temp, mark, overwrite: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return removed;
    }

    /// <summary>
    /// The SHA-256 of the keys, one per line, hashed key by key as they come: no set, sorted copy or joined string of
    /// them (16,000 keys made large objects on every warm build, and a full collection with them).
    /// </summary>
    private static string Digest(IEnumerable<string> keys)
    {
        using var digest = new LineDigest();
        foreach (var key in keys) digest.Add(key);
        return Convert.ToHexStringLower(digest.Finish());
    }

    private int PruneFolders(IReadOnlySet<string> used)
    {
        var removed = 0;
        // Entries live one folder down (3f/3fa9….avif); files beside the folders are the index.
        foreach (var file in Directory.EnumerateDirectories(folder).SelectMany(d => Directory.EnumerateFiles(d)))
        {
            var name = Path.GetFileName(file);
            var dot = name.IndexOf('.');
            var key = dot < 0 ? name : name[..dot];
            // Temporary files of another build running right now (a second `serve`) are left alone.
            if (used.Contains(key) || name.EndsWith(".tmp", StringComparison.Ordinal)) continue;
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (IOException) { }
        }
        return removed;
    }
}
