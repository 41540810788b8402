namespace ScarGuide.Deploy;

/// <summary>
/// What a deploy does, decided before anything is sent: the files to upload in order (assets and images, then pages,
/// then sitemaps and feeds), the remote objects to delete (always last) and what stays as it is.
/// </summary>
public sealed record DeployPlan(IReadOnlyList<LocalFile> Uploads, IReadOnlyList<string> Deletes, int Unchanged)
{
    /// <summary>Bytes the uploads send.</summary>
    public long UploadBytes => Uploads.Sum(u => u.Size);

    /// <summary>
    /// Compares the site with the store by key and MD5. A remote object without a known MD5 is uploaded again; with
    /// <paramref name="force"/> every file is, which also rewrites every object's headers.
    /// </summary>
    public static DeployPlan Make(IReadOnlyList<LocalFile> local, IReadOnlyList<RemoteObject> remote, bool force = false)
    {
        var stored = new Dictionary<string, RemoteObject>(StringComparer.Ordinal);
        foreach (var r in remote) stored[r.Key] = r;
        var uploads = new List<LocalFile>();
        var unchanged = 0;
        foreach (var file in local)
        {
            if (!force && stored.TryGetValue(file.Key, out var r) && r.Size == file.Size && r.Md5 == file.Md5) unchanged++;
            else uploads.Add(file);
        }
        var keys = local.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var deletes = stored.Keys.Where(k => !keys.Contains(k)).Order(StringComparer.Ordinal).ToList();
        uploads.Sort((a, b) => a.Group != b.Group ? a.Group.CompareTo(b.Group) : string.CompareOrdinal(a.Key, b.Key));
        return new DeployPlan(uploads, deletes, unchanged);
    }

    /// <summary>
    /// The site addresses whose bytes change, for a CDN purge: each uploaded or deleted file's address under
    /// <paramref name="basePath"/>, and for an <c>index.html</c> its folder's address as well (<c>/blog/x/</c>), sorted.
    /// </summary>
    public IReadOnlyList<string> ChangedUrls(string basePath)
    {
        var root = basePath.EndsWith('/') ? basePath : basePath + "/";
        var urls = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in Uploads.Select(u => u.Key).Concat(Deletes))
        {
            urls.Add(root + key);
            if (key == "index.html" || key.EndsWith("/index.html", StringComparison.Ordinal))
                urls.Add(root + key[..^"index.html".Length]);
        }
        return [.. urls];
    }
}
