using System.Globalization;
using ScarGuide.FrontMatter;

namespace ScarGuide.Images;

/// <summary>Reads the <c>images:</c> section of site.yml.</summary>
internal static class ImageSettingsReader
{
    private static readonly string[] Keys = ["widths", "cache", "avif_quality", "webp_quality", "jpeg_quality", "avif_effort", "max_megapixels"];

    public static ImageSettings Read(YamlValues v, ImageSettings d)
    {
        foreach (var key in v.Keys().Where(k => !Keys.Contains(k)))
            v.Diagnostics.Warning("unknown-key", v.File, v.LineOfKey(key), 1,
                $"'images.{key}' is not a setting ScarGuide knows.", $"Use one of {string.Join(", ", Keys)}.");

        var widths = new List<int>();
        foreach (var text in v.StringList("widths"))
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w is >= 16 and <= 8192) widths.Add(w);
            else v.Diagnostics.Error("wrong-type", v.File, v.LineOfKey("widths"), 1,
                $"'images.widths' holds '{text}', which is not a width in pixels from 16 to 8192.", "Write it like `widths: [480, 800, 1200, 1600]`.");
        }
        var cache = v.String("cache");
        if (cache is not null && (Path.IsPathRooted(cache) || cache.Replace('\\', '/').Split('/').Any(p => p is "output" or "input")))
        {
            v.Diagnostics.Error("wrong-type", v.File, v.LineOfKey("cache"), 1,
                $"'images.cache' must be a folder inside the site, outside input/ and output/, got '{cache}'.", "Write `cache: .cache/images`.");
            cache = null;
        }
        return d with
        {
            Widths = widths.Count > 0 ? widths.Distinct().Order().ToList() : d.Widths,
            CacheFolder = cache ?? d.CacheFolder,
            AvifQuality = v.Int("avif_quality", 1, 100) ?? d.AvifQuality,
            WebpQuality = v.Int("webp_quality", 1, 100) ?? d.WebpQuality,
            JpegQuality = v.Int("jpeg_quality", 1, 100) ?? d.JpegQuality,
            AvifEffort = v.Int("avif_effort", 0, 9) ?? d.AvifEffort,
            MaxMegapixels = v.Double("max_megapixels") is { } mp and > 0 ? mp : d.MaxMegapixels,
        };
    }
}
