using NetVips;

namespace ScarGuide.Images;

/// <summary>
/// Makes the files for a list of variants of one source: a pure function of the source's bytes and the specs
/// (metadata is stripped, so nothing of the file system or the clock gets in). The source is decoded once, at the
/// smallest size every variant needs (JPEG shrinks while decoding), and each variant is resized from that copy.
/// </summary>
public static class EncodeVariants
{
    public static byte[][] Run(byte[] source, ImageHeader header, IReadOnlyList<VariantSpec> specs)
    {
        Vips.Setup();
        var baseWidth = PlanVariants.BaseWidth(header, specs);
        // Not ThumbnailBuffer: it ignores fail_on, and would turn a truncated upload into a grey-bottomed photo.
        // JPEG decodes at 1/2, 1/4 or 1/8 size directly, which is most of the speed on camera photos.
        var shrink = header.Format == "jpeg" ? Math.Min(8, LargestPowerOfTwo(header.Width / baseWidth)) : 1;
        using var loaded = shrink > 1
            ? Image.NewFromBuffer(source, kwargs: new VOption { { "shrink", shrink } }, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated)
            : Image.NewFromBuffer(source, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated);
        using var upright = loaded.Autorot();
        using var sized = upright.Width > baseWidth ? upright.ThumbnailImage(baseWidth, height: 10_000_000) : upright.Copy();
        using var flat = Normalize(sized);
        // Decoded once into memory; every variant below reads this copy instead of decoding the source again.
        using var decoded = flat.CopyMemory();
        var results = new byte[specs.Count][];
        for (var i = 0; i < specs.Count; i++)
            results[i] = Encode(decoded, specs[i]);
        return results;
    }

    private static int LargestPowerOfTwo(int n)
    {
        var p = 1;
        while (p * 2 <= n) p *= 2;
        return p;
    }

    /// <summary>8-bit sRGB, the only thing every browser and encoder agrees on.</summary>
    private static Image Normalize(Image image)
    {
        var srgb = image.Interpretation is Enums.Interpretation.Srgb or Enums.Interpretation.Bw && image.Format == Enums.BandFormat.Uchar
            ? image.Copy()
            : image.Colourspace(image.Bands >= 3 ? Enums.Interpretation.Srgb : Enums.Interpretation.Bw);
        if (srgb.Format == Enums.BandFormat.Uchar) return srgb;
        using (srgb) return srgb.Cast(Enums.BandFormat.Uchar);
    }

    private static byte[] Encode(Image decoded, VariantSpec spec)
    {
        using var shaped = Shape(decoded, spec);
        using var ready = spec.Format == VariantFormat.Jpeg && shaped.HasAlpha() ? shaped.Flatten(background: [255, 255, 255]) : shaped.Copy();
        return spec.Format switch
        {
            VariantFormat.Avif => ready.WriteToBuffer(".avif", new VOption { { "Q", spec.Quality }, { "effort", spec.Effort }, { "keep", Enums.ForeignKeep.None } }),
            VariantFormat.Webp => ready.WriteToBuffer(".webp", new VOption { { "Q", spec.Quality }, { "effort", spec.Effort }, { "keep", Enums.ForeignKeep.None } }),
            VariantFormat.Jpeg => ready.WriteToBuffer(".jpg", new VOption { { "Q", spec.Quality }, { "optimize_coding", true }, { "interlace", true }, { "keep", Enums.ForeignKeep.None } }),
            _ => ready.WriteToBuffer(".png", new VOption { { "compression", 6 }, { "keep", Enums.ForeignKeep.None } }),
        };
    }

    private static Image Shape(Image image, VariantSpec spec)
    {
        if (spec.Crop == CropShape.None)
            return image.ThumbnailImage(spec.Width, height: spec.Height, size: Enums.Size.Force);

        var aspect = (double)spec.Width / spec.Height;
        var regionWidth = (int)Math.Min(image.Width, Math.Floor(image.Height * aspect));
        var regionHeight = (int)Math.Min(image.Height, Math.Round(regionWidth / aspect));
        using var region = FocusPoint.Parse(spec.Focus) is { } focus
            ? image.ExtractArea(
                Math.Clamp((int)Math.Round(focus.X * image.Width - regionWidth / 2.0), 0, image.Width - regionWidth),
                Math.Clamp((int)Math.Round(focus.Y * image.Height - regionHeight / 2.0), 0, image.Height - regionHeight),
                regionWidth, regionHeight)
            // libvips looks for what draws the eye (skin tones, saturation, edges) and keeps it in the frame.
            : image.Smartcrop(regionWidth, regionHeight, interesting: Enums.Interesting.Attention);
        return region.ThumbnailImage(spec.Width, height: spec.Height, size: Enums.Size.Force);
    }
}

/// <summary>A <c>focus: x, y</c> front-matter value: fractions of the width and height (0.5, 0.5 is the centre).</summary>
public readonly record struct FocusPoint(double X, double Y)
{
    public static FocusPoint? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2) return null;
        static double? Fraction(string s) =>
            s.EndsWith('%') && double.TryParse(s[..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p / 100
            : double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var f) ? f : null;
        return Fraction(parts[0]) is { } x and >= 0 and <= 1 && Fraction(parts[1]) is { } y and >= 0 and <= 1 ? new FocusPoint(x, y) : null;
    }
}
