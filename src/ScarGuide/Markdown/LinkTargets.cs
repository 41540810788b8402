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

    /// <summary>Looks up a <c>.md</c> link by its file name without extension, case-insensitively.</summary>
    public LinkTarget? Find(string markdownPath)
    {
        var name = markdownPath.Replace('\\', '/');
        var slash = name.LastIndexOf('/');
        if (slash >= 0) name = name[(slash + 1)..];
        if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        return byFileName.TryGetValue(name.ToLowerInvariant(), out var target) ? target : null;
    }

    /// <summary>The href of a site path (no leading slash, e.g. <c>blog/x/</c>) under the base path.</summary>
    public string Href(string sitePath) => basePath + sitePath.TrimStart('/');
}
