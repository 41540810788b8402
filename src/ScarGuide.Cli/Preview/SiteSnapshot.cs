using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.StaticFiles;
using ScarGuide.Diagnostics;

namespace ScarGuide.Cli.Preview;

/// <summary>A file ready to send: the body (with the live-reload script for HTML), its type and its ETag.</summary>
internal sealed record PreparedFile(byte[] Body, string ContentType, string ETag, bool IsHtml, string BasePath);

/// <summary>
/// What the preview serves at one moment: the last good site's files (immutable), its base path, and the errors of
/// the latest build if it failed. Replaced as a whole after each rebuild, so a request sees one consistent site.
/// </summary>
internal sealed class SiteSnapshot(IReadOnlyDictionary<string, byte[]> files, string basePath, int build, IReadOnlyList<Diagnostic>? errors)
{
    // Prepared bodies follow the byte arrays: a page the rebuild kept is the same array, so it is prepared only once.
    private static readonly ConditionalWeakTable<byte[], PreparedFile> Prepared = new();

    public static SiteSnapshot Empty(string basePath) => new(new Dictionary<string, byte[]>(), basePath, 0, null);

    public IReadOnlyDictionary<string, byte[]> Files => files;

    public string BasePath => basePath;

    /// <summary>Counts builds that changed what is served; live reload events carry it.</summary>
    public int Build => build;

    /// <summary>The errors of the latest build when it failed (the files are then the last good build's), else null.</summary>
    public IReadOnlyList<Diagnostic>? Errors => errors;

    public bool HasSite => files.Count > 0;

    public SiteSnapshot WithErrors(IReadOnlyList<Diagnostic> diagnostics, int number) => new(files, basePath, number, diagnostics);

    public string ScriptTag => ScriptTagFor(basePath);

    /// <summary>The only change the preview makes to a page: an external script (the pages' CSP allows 'self').</summary>
    public static string ScriptTagFor(string basePath) => $"<script src=\"{basePath}{RequestTarget.InternalPrefix}livereload.js\"></script>";

    /// <summary>The file at <paramref name="path"/> (relative, as in the built site) ready to send, or null.</summary>
    public PreparedFile? Get(string path)
    {
        if (!files.TryGetValue(path, out var bytes)) return null;
        if (Prepared.TryGetValue(bytes, out var prepared) && prepared.BasePath == basePath) return prepared;
        prepared = Prepare(path, bytes, basePath);
        Prepared.AddOrUpdate(bytes, prepared);
        return prepared;
    }

    private static PreparedFile Prepare(string path, byte[] bytes, string basePath)
    {
        var type = ContentTypes.For(path);
        var isHtml = type.StartsWith("text/html", StringComparison.Ordinal);
        var body = isHtml ? Inject(bytes, ScriptTagFor(basePath)) : bytes;
        return new PreparedFile(body, type, ETagOf(body), isHtml, basePath);
    }

    /// <summary>Inserts <paramref name="html"/> before the last <c>&lt;/body&gt;</c>, or at the end when there is none.</summary>
    public static byte[] Inject(byte[] page, string html)
    {
        var insert = Encoding.UTF8.GetBytes(html);
        var at = LastIndexOfIgnoreCase(page, "</body>"u8);
        if (at < 0) at = page.Length;
        var result = new byte[page.Length + insert.Length];
        page.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        page.AsSpan(at).CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    private static int LastIndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerAscii)
    {
        for (var i = text.Length - lowerAscii.Length; i >= 0; i--)
        {
            var match = true;
            for (var j = 0; j < lowerAscii.Length && match; j++)
                match = (text[i + j] | 0x20) == (lowerAscii[j] | 0x20);
            if (match) return i;
        }
        return -1;
    }

    private static string ETagOf(byte[] body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..20] + "\"";
}

/// <summary>
/// Content types of the files a built site holds: ASP.NET Core's table, with text types in UTF-8 (what the build writes)
/// and XML as application/xml (the table's text/xml would let a client assume another charset).
/// </summary>
internal static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Table = Create();

    public static string For(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (name is "_headers" or "CNAME" or ".nojekyll") return "text/plain; charset=utf-8";
        return Table.TryGetContentType(name, out var type) ? type : "application/octet-stream";
    }

    private static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".xml"] = "application/xml";
        // Markdown beside the pages is source to read, which browsers show only as plain text.
        provider.Mappings[".md"] = "text/plain";
        foreach (var (extension, type) in provider.Mappings.ToList())
            if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/manifest+json" or "application/xml")
                provider.Mappings[extension] = type + "; charset=utf-8";
        return provider;
    }
}
