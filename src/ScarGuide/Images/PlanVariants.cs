namespace ScarGuide.Images;

/// <summary>
/// Decides which variants a source gets, from its header alone: the responsive widths in AVIF, WebP and the
/// fallback format, and for images pages share (heroes, the default image) the social and structured-data crops.
/// Pure, so pages can be laid out with exact sizes before (or without) any encoding.
/// </summary>
public static class PlanVariants
{
    public static IReadOnlyList<VariantSpec> For(ImageHeader header, ImageSettings settings, bool shared, string? focus)
    {
        var specs = new List<VariantSpec>();
        var fallback = header.HasAlpha ? VariantFormat.Png : VariantFormat.Jpeg;
        foreach (var width in Widths(header.Width, settings.Widths))
        {
            var height = Math.Max(1, (int)Math.Round((double)header.Height * width / header.Width));
            specs.Add(new VariantSpec(VariantFormat.Avif, width, height, CropShape.None, settings.AvifQuality, settings.AvifEffort, null));
            specs.Add(new VariantSpec(VariantFormat.Webp, width, height, CropShape.None, settings.WebpQuality, 4, null));
            specs.Add(new VariantSpec(fallback, width, height, CropShape.None, Quality(fallback, settings), 0, null));
        }
        if (shared)
        {
            foreach (var crop in (CropShape[])[CropShape.Social, CropShape.Wide, CropShape.Standard, CropShape.Square])
            {
                var (rw, rh) = VariantSpec.RatioOf(crop);
                var regionWidth = Math.Min(header.Width, (double)header.Height * rw / rh);
                var width = (int)Math.Min(ImageSettings.SocialWidth, Math.Floor(regionWidth));
                var height = Math.Max(1, (int)Math.Round((double)width * rh / rw));
                // Crawlers want JPEG (or PNG): no AVIF or WebP here.
                specs.Add(new VariantSpec(fallback, width, height, crop, Quality(fallback, settings), 0, focus));
            }
        }
        return specs;
    }

    private static int Quality(VariantFormat format, ImageSettings settings) => format == VariantFormat.Jpeg ? settings.JpegQuality : 0;

    /// <summary>The configured widths the source can fill, plus its own width when it is narrower than the widest.</summary>
    public static IReadOnlyList<int> Widths(int sourceWidth, IReadOnlyList<int> configured)
    {
        // A loop and an insertion sort of a handful of ints, once per photo: LINQ's Distinct/Order over ints had no
        // precompiled code in the installed tool.
        var widths = new List<int>(configured.Count + 1);
        foreach (var w in configured)
        {
            if (w > sourceWidth || widths.Contains(w)) continue;
            var at = widths.Count;
            while (at > 0 && widths[at - 1] > w) at--;
            widths.Insert(at, w);
        }
        if (widths.Count == 0 || (configured.Any(w => w > sourceWidth) && widths[^1] < sourceWidth)) widths.Add(sourceWidth);
        return widths;
    }

    /// <summary>How wide the decoded source must be for every variant to be a reduction (never an enlargement).</summary>
    internal static int BaseWidth(ImageHeader header, IReadOnlyList<VariantSpec> specs)
    {
        var needed = 1.0;
        foreach (var s in specs)
        {
            var regionWidth = Math.Min(header.Width, (double)header.Height * s.Width / s.Height);
            needed = Math.Max(needed, header.Width * s.Width / regionWidth);
        }
        return (int)Math.Min(header.Width, Math.Ceiling(needed));
    }
}
