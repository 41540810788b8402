using ScarGuide.Diagnostics;

namespace ScarGuide.Markdown;

/// <summary>What a Markdown link to another article resolves to.</summary>
public sealed record LinkTarget(string UrlPath, bool IsPublished);

/// <summary>
/// Resolves links written between articles (<c>other-article.md</c>, <c>../articles/x.md#part</c>) to site URLs,
/// and root-relative links to the base path, so every link works under a sub-path.
/// </summary>
public sealed class LinkTargets(IReadOnlyDictionary<string, LinkTarget> byFileName, string basePath)
{
    public string BasePath => basePath;

    /// <summary>The build's photos, so body images render as responsive pictures (set by ValidateContent).</summary>
    public Images.ImageSet Images { get; init; } = ScarGuide.Images.ImageSet.Empty;

    private string? _keysFingerprint;

    /// <summary>Every article file key (for suggestions); enumerating it makes a cached body depend on all of them.</summary>
    internal IEnumerable<string> FileKeys => byFileName.Keys;

    /// <summary>Identifies the set of file keys, so a cached body that looked at all of them knows when it changed.</summary>
    internal string KeysFingerprint => _keysFingerprint ??= Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join('\n', byFileName.Keys.Order(StringComparer.Ordinal)))));

    /// <summary>Looks up a <c>.md</c> link by its file name without extension, case-insensitively.</summary>
    public LinkTarget? Find(string markdownPath) => byFileName.TryGetValue(KeyOf(markdownPath), out var target) ? target : null;

    /// <summary>The file key a reference to an article names: <c>../articles/Burn-Scars.md</c> → <c>burn-scars</c>.</summary>
    public static string KeyOf(string markdownPath)
    {
        var name = markdownPath.Trim().Replace('\\', '/');
        var slash = name.LastIndexOf('/');
        if (slash >= 0) name = name[(slash + 1)..];
        if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        return name.ToLowerInvariant();
    }

    /// <summary>The existing file name closest to a misspelt one (<c>burn-scar.md</c> → <c>burn-scars.md</c>), if any is close.</summary>
    public string? Suggest(string markdownPath)
    {
        var name = Path.GetFileNameWithoutExtension(markdownPath.Replace('\\', '/')).ToLowerInvariant();
        var closest = Spelling.Closest(name, byFileName.Keys.Order(StringComparer.Ordinal), Math.Max(2, name.Length / 4));
        return closest is null ? null : closest + ".md";
    }

    /// <summary>The href of a site path (no leading slash, e.g. <c>blog/x/</c>) under the base path.</summary>
    public string Href(string sitePath) => basePath + sitePath.TrimStart('/');
}
