namespace ScarGuide.Images;

/// <summary>
/// How raster photos become responsive variants (<c>images:</c> in site.yml). Every value here is part of each
/// variant's cache key, so changing one re-encodes exactly the variants it affects.
/// </summary>
public sealed record ImageSettings
{
    /// <summary>Widths of the <c>srcset</c> candidates; a source narrower than one gets its own width instead.</summary>
    public IReadOnlyList<int> Widths { get; init; } = [480, 800, 1200, 1600];

    /// <summary>Where encoded variants are kept between builds, relative to the site root (never inside the output).</summary>
    public string CacheFolder { get; init; } = ".cache/images";

    public int AvifQuality { get; init; } = 50;
    public int WebpQuality { get; init; } = 75;
    public int JpegQuality { get; init; } = 80;

    /// <summary>
    /// libvips' AVIF effort, 0 (fastest) to 9. Each step up costs much CPU for a few percent of bytes; 1 keeps a
    /// cold build with AVIF faster than Hugo writing WebP alone (docs/performance.md).
    /// </summary>
    public int AvifEffort { get; init; } = 1;

    /// <summary>Sources with more pixels than this are refused from their header, before any decoding (decompression bombs).</summary>
    public double MaxMegapixels { get; init; } = 100;

    /// <summary>Above these, <c>check</c> warns: the photo is heavier than a web page needs.</summary>
    public const double WarnMegapixels = 50;
    public const long WarnBytes = 20L * 1024 * 1024;

    /// <summary>Google's Article guidance and Open Graph both want images at least this wide.</summary>
    public const int SocialWidth = 1200;
}
