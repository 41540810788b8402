using System.Text.RegularExpressions;

namespace ScarGuide.Configuration;

/// <summary>Makes root-relative links absolute, for places read outside the site: feeds and JSON-LD.</summary>
public static partial class AbsoluteUrls
{
    /// <summary>The scheme and host of the base URL, without the path: <c>https://x.github.io</c>.</summary>
    public static string Origin(SiteConfig config) => config.BaseUrl[..^config.BasePath.Length];

    /// <summary>Rewrites <c>href="/..."</c> and <c>src="/..."</c> (already carrying the base path) to absolute URLs.</summary>
    public static string InHtml(string html, SiteConfig config)
    {
        var origin = Origin(config);
        return RootRelative().Replace(html, m => $"{m.Groups[1].Value}=\"{origin}/");
    }

    [GeneratedRegex("(href|src)=\"/(?!/)")]
    private static partial Regex RootRelative();
}
