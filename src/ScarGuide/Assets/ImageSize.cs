using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ScarGuide.Assets;

/// <summary>Pixel size of an image, read from its header so pages can set width and height (no layout shift).</summary>
public readonly partial record struct ImageSize(int Width, int Height)
{
    /// <summary>Reads PNG, GIF, JPEG and SVG sizes; null for anything else or a damaged file.</summary>
    public static ImageSize? Read(string fullPath)
    {
        try
        {
            using var stream = File.OpenRead(fullPath);
            return Read(Path.GetExtension(fullPath), stream);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }

    /// <summary>Like <see cref="Read(string)"/>, for a file held in memory (a built-in theme asset).</summary>
    public static ImageSize? Read(string name, byte[] content)
    {
        try
        {
            return Read(Path.GetExtension(name), new MemoryStream(content, writable: false));
        }
        catch (IOException) { }
        return null;
    }

    private static ImageSize? Read(string extension, Stream stream)
    {
        if (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase)) return ReadSvg(stream);
        Span<byte> head = stackalloc byte[32];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..n];
        if (n >= 24 && head[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return new ImageSize(BinaryPrimitives.ReadInt32BigEndian(head[16..]), BinaryPrimitives.ReadInt32BigEndian(head[20..]));
        if (n >= 10 && head[..3].SequenceEqual("GIF"u8))
            return new ImageSize(BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..]));
        if (n >= 2 && head[0] == 0xFF && head[1] == 0xD8)
            return ReadJpeg(stream);
        return null;
    }

    private static ImageSize? ReadJpeg(Stream stream)
    {
        stream.Position = 2;
        Span<byte> buf = stackalloc byte[9];
        while (stream.Position < stream.Length)
        {
            if (stream.ReadAtLeast(buf[..4], 4, false) < 4 || buf[0] != 0xFF) return null;
            var marker = buf[1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(buf[2..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (stream.ReadAtLeast(buf[..5], 5, false) < 5) return null;
                return new ImageSize(BinaryPrimitives.ReadUInt16BigEndian(buf[3..]), BinaryPrimitives.ReadUInt16BigEndian(buf[1..]));
            }
            stream.Position += length - 2;
        }
        return null;
    }

    private static ImageSize? ReadSvg(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var buffer = new char[4096];
        var text = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
        var tag = SvgTag().Match(text);
        if (!tag.Success) return null;
        var w = Number(WidthAttribute().Match(tag.Value));
        var h = Number(HeightAttribute().Match(tag.Value));
        if (w is > 0 && h is > 0) return new ImageSize((int)w, (int)h);
        var viewBox = ViewBox().Match(tag.Value);
        if (viewBox.Success
            && double.TryParse(viewBox.Groups[1].Value, CultureInfo.InvariantCulture, out var vw)
            && double.TryParse(viewBox.Groups[2].Value, CultureInfo.InvariantCulture, out var vh))
            return new ImageSize((int)vw, (int)vh);
        return null;
    }

    // Source-generated: compiled ahead of time like the rest, instead of parsed and interpreted on every build's first image.
    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SvgTag();

    [GeneratedRegex(@"viewBox\s*=\s*[""']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)")]
    private static partial Regex ViewBox();

    [GeneratedRegex(@"\swidth\s*=\s*[""']\s*([\d.]+)(px)?\s*[""']")]
    private static partial Regex WidthAttribute();

    [GeneratedRegex(@"\sheight\s*=\s*[""']\s*([\d.]+)(px)?\s*[""']")]
    private static partial Regex HeightAttribute();

    private static double? Number(Match m) =>
        m.Success && double.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var v) ? v : null;
}
