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

    public VariantFormat Fallback => variants.First(v => v.Spec.Crop == CropShape.None && v.Spec.Format is VariantFormat.Jpeg or VariantFormat.Png).Spec.Format;

    public IEnumerable<ImageVariant> Responsive(VariantFormat format) =>
        variants.Where(v => v.Spec.Crop == CropShape.None && v.Spec.Format == format);

    /// <summary>The fallback <c>src</c>: the candidate nearest 800 px, which suits a browser that ignores <c>srcset</c>.</summary>
    public ImageVariant DefaultCandidate => Responsive(Fallback).MinBy(v => Math.Abs(v.Spec.Width - 800))!;

    /// <summary>The widest candidate: its size gives the <c>width</c> and <c>height</c> attributes (the aspect ratio).</summary>
    public ImageVariant Largest => Responsive(Fallback).MaxBy(v => v.Spec.Width)!;

    public ImageVariant? Crop(CropShape shape) => variants.FirstOrDefault(v => v.Spec.Crop == shape);

    public string Srcset(VariantFormat format, Func<string, string> href) =>
        string.Join(", ", Responsive(format).Select(v => $"{href(v.OutputPath)} {v.Spec.Width}w"));
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
