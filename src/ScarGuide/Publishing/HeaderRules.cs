using System.Text.RegularExpressions;
using ScarGuide.Pages;

namespace ScarGuide.Publishing;

/// <summary>One caching rule: files under <see cref="Prefix"/> (site-relative, "" for every file) get <see cref="CacheControl"/>.</summary>
/// <param name="Glob">True when a host that matches URL patterns (<c>_headers</c>) can express the rule; false for rules
/// only a per-file upload can apply (a fingerprinted variant name under any folder).</param>
public sealed record CacheRule(string Prefix, string CacheControl, bool Glob = true)
{
    /// <summary>True for a fingerprinted photo variant rule instead of a prefix rule.</summary>
    public bool Fingerprinted { get; init; }

    public bool Matches(string path) => Fingerprinted ? HeaderRules.IsFingerprintedVariant(path) : path.StartsWith(Prefix, StringComparison.Ordinal);
}

/// <summary>
/// The site's caching rules, in one table: <see cref="WritePlatformFiles"/> writes <c>_headers</c> from it (Netlify,
/// Cloudflare Pages) and <c>scarguide deploy</c> sets each uploaded object's <c>Cache-Control</c> from it. Rules go from
/// the most general to the most specific; the last one that matches a path wins.
/// </summary>
public static partial class HeaderRules
{
    /// <summary>Fingerprinted files: the name changes whenever the bytes do.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Pages, feeds and everything else whose address stays while its bytes change.</summary>
    public const string Short = "public, max-age=300, must-revalidate";

    /// <summary>Photos and files under <c>images/</c> keep their names when an editor replaces them.</summary>
    public const string Day = "public, max-age=86400";

    public static IReadOnlyList<CacheRule> Cache { get; } =
    [
        new("", Short),
        new(SitePaths.Assets, Immutable),
        new("images/", Day),
        new(SitePaths.ImageVariants, Immutable),
        // A variant name in any folder: earlier versions wrote variants beside their sources.
        new("", Immutable, Glob: false) { Fingerprinted = true },
    ];

    /// <summary>The Cache-Control of the file at this site-relative path (<c>assets/site.3fa9c2d1e0.css</c>).</summary>
    public static string CacheControlFor(string path)
    {
        var value = Short;
        foreach (var rule in Cache)
            if (rule.Matches(path)) value = rule.CacheControl;
        return value;
    }

    /// <summary>
    /// A photo variant or crop as <see cref="SitePaths.ImageVariant"/> names it: <c>hero-800.3fa9c2d1e0.avif</c>,
    /// <c>hero-og.3fa9c2d1e0.jpg</c>. Its name holds its key, so it never changes under the same name.
    /// </summary>
    public static bool IsFingerprintedVariant(string path) => VariantName().IsMatch(path);

    [GeneratedRegex(@"-[a-z0-9]+\.[0-9a-f]{10}\.(avif|webp|jpg|jpeg|png)$")]
    private static partial Regex VariantName();
}
