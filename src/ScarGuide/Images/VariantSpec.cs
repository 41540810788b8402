using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ScarGuide.Images;

/// <summary>A crop of the source to a fixed shape, for social cards and structured data.</summary>
public enum CropShape
{
    None,

    /// <summary>1200 × 630: what Open Graph and Twitter cards show.</summary>
    Social,
    Wide,
    Standard,
    Square,
}

/// <summary>
/// One file to make from a source: format, exact pixel size, crop and encoder settings. With the source's hash it
/// is the whole input of the encoding, so <see cref="Key"/> names the result.
/// </summary>
public sealed record VariantSpec(VariantFormat Format, int Width, int Height, CropShape Crop, int Quality, int Effort, string? Focus)
{
    /// <summary>Bump when the encoding code changes what it writes for the same parameters.</summary>
    private const string CodeVersion = "1";

    /// <summary>The cache key: the source's bytes (as their hash) and every parameter that shapes the output.</summary>
    public string Key(string sourceHash) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|',
        CodeVersion, Vips.Version, sourceHash, Format, Width.ToString(CultureInfo.InvariantCulture), Height.ToString(CultureInfo.InvariantCulture),
        Crop, Quality.ToString(CultureInfo.InvariantCulture), Effort.ToString(CultureInfo.InvariantCulture), Focus ?? ""))))[..32];

    public static string SuffixOf(CropShape crop) => crop switch
    {
        CropShape.Social => "og",
        CropShape.Wide => "16x9",
        CropShape.Standard => "4x3",
        CropShape.Square => "1x1",
        _ => "",
    };

    public static (int W, int H) RatioOf(CropShape crop) => crop switch
    {
        CropShape.Social => (1200, 630),
        CropShape.Wide => (16, 9),
        CropShape.Standard => (4, 3),
        _ => (1, 1),
    };
}
