using NetVips;

namespace ScarGuide.Images;

/// <summary>What a raster source is, read from its header only: no pixel is decoded to know it.</summary>
/// <param name="Width">As displayed: after the EXIF orientation a phone photo carries.</param>
public sealed record ImageHeader(string Format, int Width, int Height, bool HasAlpha, int Pages)
{
    public double Megapixels => (double)Width * Height / 1_000_000;
}

/// <summary>Why a source cannot be used, and what the editor can do about it.</summary>
public sealed record ImageProblem(string Code, string Message, string Fix);

/// <summary>
/// Reads a raster source's header and refuses what must never reach the decoder: bytes that are not an image,
/// more pixels than the limit (a decompression bomb is a few KB that would take gigabytes to decode), animation.
/// </summary>
public static class ReadImageHeader
{
    public static ImageHeader? Read(byte[] bytes, string name, double maxMegapixels, out ImageProblem? problem)
    {
        problem = null;
        var format = Sniff(bytes);
        if (format is null)
        {
            problem = new ImageProblem("image-not-an-image",
                $"'{name}' is named like an image but its bytes are not a JPEG, PNG or WebP image{(LooksLikeText(bytes) ? " (it looks like a text or HTML file, perhaps a web page saved by mistake)" : "")}.",
                "Replace it with the photo itself: download or export the original image file again.");
            return null;
        }

        // Before libvips sees the file: the size fields of PNG and JPEG are read by our own few lines.
        if (format is "jpeg" or "png")
        {
            var size = Assets.ImageSize.Read("x." + format, bytes);
            if (size is null or { Width: <= 0 } or { Height: <= 0 })
            {
                problem = Damaged(name, "its header cannot be read");
                return null;
            }
            if (TooLarge(size.Value.Width, size.Value.Height, name, maxMegapixels) is { } refused)
            {
                problem = refused;
                return null;
            }
        }

        try
        {
            Vips.Setup();
            // Lazy: opening reads the header; pixels are decoded only when a variant is made.
            using var image = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated);
            var (width, height) = (image.Width, image.Height);
            if (image.Contains("orientation") && image.Get("orientation") is int orientation && orientation >= 5)
                (width, height) = (height, width);
            if (TooLarge(width, height, name, maxMegapixels) is { } refused)
            {
                problem = refused;
                return null;
            }
            var pages = image.Contains("n-pages") && image.Get("n-pages") is int n ? n : 1;
            if (pages > 1)
            {
                problem = new ImageProblem("image-animated",
                    $"'{name}' is an animated {format.ToUpperInvariant()} ({pages} frames); only still photos are made responsive.",
                    "Use a still image, or save the animation as a GIF (GIFs are published as they are).");
                return null;
            }
            return new ImageHeader(format, width, height, image.HasAlpha(), pages);
        }
        catch (VipsException ex)
        {
            problem = Damaged(name, Reason(ex.Message));
            return null;
        }
    }

    /// <summary>The problem of a source whose pixels could not be decoded (found while encoding).</summary>
    public static ImageProblem Damaged(string name, string reason) => new("image-damaged",
        $"'{name}' is damaged and cannot be read: {reason}.",
        "Export or copy the original photo again (the file may be truncated by an interrupted upload or copy).");

    /// <summary>libvips' most specific line (<c>VipsJpeg: premature end of JPEG image</c>), without the library's name.</summary>
    internal static string Reason(string message)
    {
        var line = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "unknown error";
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && line.StartsWith("Vips", StringComparison.Ordinal) && !line[..colon].Contains(' ')) line = line[(colon + 2)..];
        return line.TrimEnd('.');
    }

    private static ImageProblem? TooLarge(int width, int height, string name, double maxMegapixels)
    {
        var megapixels = (double)width * height / 1_000_000;
        return megapixels <= maxMegapixels ? null : new ImageProblem("image-too-many-pixels",
            $"'{name}' is {width:N0} × {height:N0} pixels ({megapixels:N0} megapixels), more than the {maxMegapixels:N0} megapixels ScarGuide decodes.",
            "Resize the photo to at most 4000 pixels wide before adding it (or raise images.max_megapixels in site.yml if it is genuine).");
    }

    private static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return "jpeg";
        if (b.Length >= 8 && b[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "png";
        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "webp";
        return null;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> b)
    {
        var head = b[..Math.Min(b.Length, 512)];
        foreach (var c in head)
            if (c < 0x09 || c is > 0x0D and < 0x20) return false;
        return head.Length > 0;
    }
}
