using System.Security.Cryptography;
using ScarGuide.Pages;
using ScarGuide.Publishing;

namespace ScarGuide.Deploy;

/// <summary>When a file is uploaded: assets and images before the pages that use them, feeds and sitemaps last.</summary>
public enum UploadGroup
{
    AssetsAndImages = 0,
    Pages = 1,
    SitemapsAndFeeds = 2,
}

/// <summary>One file of the built site as it will be stored: key, bytes' MD5, headers and group.</summary>
public sealed record LocalFile(string Key, string FullPath, long Size, string Md5, ObjectHeaders Headers, UploadGroup Group)
{
    /// <summary>The file whose bytes are uploaded: the <c>.br</c> or <c>.gz</c> copy when the target stores compressed bytes.</summary>
    public string SourcePath { get; init; } = FullPath;
}

/// <summary>How a target treats the <c>.br</c> and <c>.gz</c> files of <c>build --compress</c>.</summary>
public enum CompressedFiles
{
    /// <summary>Leave them out: a store serves them as they are, so a <c>.br</c> under its own name is useless to a reader.</summary>
    Skip,

    /// <summary>Upload each <c>.br</c> file's bytes under the original name with <c>Content-Encoding: br</c> (and skip the rest).</summary>
    Brotli,

    /// <summary>The same with the <c>.gz</c> files and <c>Content-Encoding: gzip</c>.</summary>
    Gzip,
}

/// <summary>
/// Reads a built site's output folder into what a deploy compares: every file's key, MD5 and headers. Files only other
/// hosts read (<c>_headers</c>, <c>.nojekyll</c>) stay out; <c>CNAME</c> and everything else goes up as it is.
/// </summary>
public static class LocalSite
{
    private static readonly HashSet<string> HostFiles = new(StringComparer.Ordinal) { "_headers", ".nojekyll" };

    /// <param name="contentType">The Content-Type (with charset) of a site path: the preview server's table.</param>
    public static IReadOnlyList<LocalFile> Read(string folder, Func<string, string> contentType, CompressedFiles compressed = CompressedFiles.Skip)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
            throw new DeployException($"The output folder '{folder}' does not exist. Build the site first (`scarguide build`) or pass `deploy --build`.");
        var paths = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(full => Path.GetRelativePath(root, full).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var present = paths.ToHashSet(StringComparer.Ordinal);
        var encodingSuffix = compressed switch { CompressedFiles.Brotli => ".br", CompressedFiles.Gzip => ".gz", _ => null };
        var files = new List<LocalFile>(paths.Count);
        foreach (var key in paths)
        {
            if (HostFiles.Contains(key) || IsCompressedCopy(key, present)) continue;
            var full = Path.Combine(root, key);
            var source = encodingSuffix is not null && present.Contains(key + encodingSuffix) ? Path.Combine(root, key + encodingSuffix) : full;
            var encoding = source == full ? null : compressed == CompressedFiles.Brotli ? "br" : "gzip";
            var bytes = File.ReadAllBytes(source);
            files.Add(new LocalFile(key, full, bytes.Length, Md5Hex(bytes),
                new ObjectHeaders(contentType(key), HeaderRules.CacheControlFor(key), encoding), GroupOf(key)) { SourcePath = source });
        }
        return files;
    }

    /// <summary>A <c>.br</c> or <c>.gz</c> written by <see cref="CompressOutput"/> beside the file it compresses.</summary>
    private static bool IsCompressedCopy(string key, HashSet<string> present) =>
        (key.EndsWith(".br", StringComparison.Ordinal) || key.EndsWith(".gz", StringComparison.Ordinal)) && present.Contains(key[..^3]);

    public static UploadGroup GroupOf(string key)
    {
        var name = key[(key.LastIndexOf('/') + 1)..];
        // Every language's sitemap, feeds and search index (es/feed.xml, es/search-index.json) link pages: after them.
        if (name.EndsWith(".xml", StringComparison.Ordinal) || name is SitePaths.SearchIndex or SitePaths.Robots)
            return UploadGroup.SitemapsAndFeeds;
        if (name.EndsWith(".html", StringComparison.Ordinal)) return UploadGroup.Pages;
        return UploadGroup.AssetsAndImages;
    }

    public static string Md5Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));
}
