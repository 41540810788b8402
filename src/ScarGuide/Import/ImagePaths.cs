using System.Net;
using System.Text.RegularExpressions;

namespace ScarGuide.Import;

/// <summary>
/// Maps WordPress upload addresses to local files: <c>…/wp-content/uploads/2020/01/photo-300x200.jpg?w=640</c> is the
/// original <c>2020/01/photo.jpg</c>, copied from <c>--uploads</c> to <c>input/images/uploads/2020/01/photo.jpg</c>.
/// An image that is not there keeps its address (the original size) and is listed.
/// </summary>
internal sealed partial class ImagePaths(string uploads, ImportResult result, List<string> notes)
{
    private const string Marker = "/wp-content/uploads/";

    /// <summary>The path under <c>uploads/</c> of the original size, or null for an address outside it.</summary>
    public static string? UploadPath(string url)
    {
        var at = url.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        string path;
        if (at >= 0) path = url[(at + Marker.Length)..];
        else if (WordPressCom().Match(url) is { Success: true } m) path = m.Groups[1].Value; // a WordPress.com site's uploads
        else return null;
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0) path = path[..cut];
        path = WebUtility.UrlDecode(path);
        return path.Contains("..", StringComparison.Ordinal) ? null : path;
    }

    [GeneratedRegex(@"^https?://[\w.-]+\.files\.wordpress\.com/(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WordPressCom();

    public static bool IsImage(string url) => ImageExtension().IsMatch(url.Split('?', '#')[0]);

    [GeneratedRegex(@"\.(jpe?g|png|gif|webp|svg|avif)$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageExtension();

    [GeneratedRegex(@"-(\d+x\d+|scaled|rotated|e\d{10,})(?=\.\w+$)", RegexOptions.IgnoreCase)]
    private static partial Regex SizeSuffix();

    /// <summary>The original of a resized upload: <c>photo-300x200.jpg</c> → <c>photo.jpg</c>.</summary>
    public static string Original(string path) => SizeSuffix().Replace(path, "");

    /// <summary>The site path (<c>/images/uploads/…</c>) of a copied upload, or null when it is not in the uploads folder.</summary>
    public string? Local(string url)
    {
        if (UploadPath(url) is not { } path) return null;
        var original = Original(path);
        foreach (var candidate in new[] { original, path }.Distinct(StringComparer.Ordinal))
        {
            if (uploads.Length == 0) break;
            var full = Path.Combine(uploads, candidate.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(full)) continue;
            var sitePath = "input/images/uploads/" + Safe(candidate);
            result.Files.TryAdd(sitePath, new ImportedFile(sitePath, full));
            return "/images/uploads/" + Safe(candidate);
        }
        return null;
    }

    private static string Safe(string path) =>
        string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => Regex.Replace(s, @"[^\w.-]+", "-")));

    /// <summary>An image address for the body: local when the file was found, otherwise the original size's address, listed.</summary>
    public string Rewrite(string src)
    {
        if (Local(src) is { } local) return local;
        if (UploadPath(src) is not { } path) return src;
        var at = src.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        var original = at >= 0 ? src[..(at + Marker.Length)] + Original(path) : Regex.Match(src, @"^https?://[^/]+/").Value + Original(path);
        notes.Add($"image not found{(uploads.Length == 0 ? " (no --uploads folder given)" : " in --uploads")}: `{original}` is left pointing at the old site; copy it to input/images/ and change the address");
        return original;
    }
}
