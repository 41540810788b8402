namespace ScarGuide.Images;

/// <summary>One file made from a source: what it is, its cache key and where the site publishes it.</summary>
public sealed record ImageVariant(VariantSpec Spec, string Key, string OutputPath);

/// <summary>A raster source and every variant made from it; what views and the Markdown renderer lay out.</summary>
public sealed class ResponsiveImage(string sitePath, ImageHeader header, IReadOnlyList<ImageVariant> variants)
{
    /// <summary>The source's site path, e.g. <c>images/hero.jpg</c>.</summary>
    public string SitePath => sitePath;
    public ImageHeader Header => header;
    public IReadOnlyList<ImageVariant> Variants => variants;

    // Loops rather than LINQ below: every photo's view is made on every build (1,000 photos: ~9 ms of CPU as LINQ).

    public VariantFormat Fallback
    {
        get
        {
            foreach (var v in variants)
                if (v.Spec.Crop == CropShape.None && v.Spec.Format is VariantFormat.Jpeg or VariantFormat.Png) return v.Spec.Format;
            throw new InvalidOperationException($"'{sitePath}' has no JPEG or PNG variant.");
        }
    }

    public IEnumerable<ImageVariant> Responsive(VariantFormat format) => variants.Where(v => IsCandidate(v, format));

    /// <summary>A <c>srcset</c> candidate of the format: the whole photo (no crop) at one of its widths.</summary>
    private static bool IsCandidate(ImageVariant v, VariantFormat format) => v.Spec.Crop == CropShape.None && v.Spec.Format == format;

    /// <summary>The fallback <c>src</c>: the candidate nearest 800 px, which suits a browser that ignores <c>srcset</c>.</summary>
    public ImageVariant DefaultCandidate
    {
        get
        {
            var fallback = Fallback;
            ImageVariant? nearest = null;
            foreach (var v in variants)
                if (IsCandidate(v, fallback) && (nearest is null || Math.Abs(v.Spec.Width - 800) < Math.Abs(nearest.Spec.Width - 800)))
                    nearest = v;
            return nearest!;
        }
    }

    /// <summary>The widest candidate: its size gives the <c>width</c> and <c>height</c> attributes (the aspect ratio).</summary>
    public ImageVariant Largest
    {
        get
        {
            var fallback = Fallback;
            ImageVariant? widest = null;
            foreach (var v in variants)
                if (IsCandidate(v, fallback) && (widest is null || v.Spec.Width > widest.Spec.Width))
                    widest = v;
            return widest!;
        }
    }

    public ImageVariant? Crop(CropShape shape)
    {
        foreach (var v in variants)
            if (v.Spec.Crop == shape) return v;
        return null;
    }

    public string Srcset(VariantFormat format, Func<string, string> href)
    {
        var srcset = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(0, 0, System.Globalization.CultureInfo.InvariantCulture);
        var first = true;
        foreach (var v in variants)
        {
            if (!IsCandidate(v, format)) continue;
            if (!first) srcset.AppendLiteral(", ");
            first = false;
            srcset.AppendFormatted(href(v.OutputPath));
            srcset.AppendLiteral(" ");
            srcset.AppendFormatted(v.Spec.Width);
            srcset.AppendLiteral("w");
        }
        return srcset.ToStringAndClear();
    }
}

/// <summary>Every raster source of a build by site path. Written by ProcessImages.</summary>
public sealed class ImageSet(IReadOnlyDictionary<string, ResponsiveImage> images, IReadOnlySet<string> covered)
{
    public static readonly ImageSet Empty = new(new Dictionary<string, ResponsiveImage>(), new HashSet<string>());

    private string? _fingerprint;

    public IReadOnlyDictionary<string, ResponsiveImage> Images => images;

    /// <summary>Variants encoded in this build, and found in the cache.</summary>
    public int Encoded { get; init; }
    public int Reused { get; init; }

    /// <summary>True for a raster source this step handles: it is never copied as it is, even when it failed.</summary>
    public bool Covers(string sitePath) => covered.Contains(sitePath);

    /// <summary>An image reference as written in front matter or Markdown (<c>/images/x.jpg</c>, <c>../images/x.jpg</c>).</summary>
    public ResponsiveImage? Find(string? src)
    {
        if (string.IsNullOrWhiteSpace(src) || images.Count == 0) return null;
        var path = src.Trim();
        while (path.StartsWith("../", StringComparison.Ordinal)) path = path[3..];
        path = path.TrimStart('/');
        return images.TryGetValue(path, out var image) ? image : null;
    }

    /// <summary>Changes when any variant does: what a remembered rendering of a page with images is checked against.</summary>
    public string Fingerprint => _fingerprint ??= Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
        string.Join('\n', images.OrderBy(i => i.Key, StringComparer.Ordinal).SelectMany(i => i.Value.Variants.Select(v => v.Key))))));
}
