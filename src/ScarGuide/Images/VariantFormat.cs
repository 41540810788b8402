namespace ScarGuide.Images;

/// <summary>An encoded file format a variant is written in.</summary>
public enum VariantFormat
{
    Avif,
    Webp,
    Jpeg,
    Png,
}

internal static class VariantFormats
{
    public static string Extension(this VariantFormat format) => format switch
    {
        VariantFormat.Avif => ".avif",
        VariantFormat.Webp => ".webp",
        VariantFormat.Jpeg => ".jpg",
        _ => ".png",
    };

    public static string MimeType(this VariantFormat format) => format switch
    {
        VariantFormat.Avif => "image/avif",
        VariantFormat.Webp => "image/webp",
        VariantFormat.Jpeg => "image/jpeg",
        _ => "image/png",
    };
}
