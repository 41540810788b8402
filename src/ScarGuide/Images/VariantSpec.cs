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
    public string Key(string sourceHash)
    {
        // 16 keys per photo on every build: one string, no other allocation. The text hashed is what it always was.
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{CodeVersion}|{Vips.Version}|{sourceHash}|{Format}|{Width}|{Height}|{Crop}|{Quality}|{Effort}|{Focus}");
        var utf8 = Encoding.UTF8.GetMaxByteCount(text.Length) <= 1024 ? stackalloc byte[1024] : new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(text, utf8)], hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

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
