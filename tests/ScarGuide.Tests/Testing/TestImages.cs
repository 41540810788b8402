using System.Buffers.Binary;
using NetVips;

namespace ScarGuide.Tests.Testing;

/// <summary>Small image fixtures made in the test with NetVips, and hand-made bad ones.</summary>
internal static class TestImages
{
    /// <summary>A gradient with a bright disc off-centre: distinct per <paramref name="seed"/>, quick to encode.</summary>
    public static Image Photo(int width, int height, int seed = 1)
    {
        var xy = Image.Xyz(width, height);
        var r = xy[0] * (255.0 / width);
        var g = xy[1] * (255.0 / height);
        var b = (xy[0] + xy[1]) * (127.0 / (width + height)) + seed * 37 % 128;
        var disc = ((xy[0] - width * 0.7).Pow(2) + (xy[1] - height * 0.4).Pow(2)) < Math.Pow(Math.Min(width, height) * 0.15, 2);
        var image = r.Bandjoin(g, b);
        image = disc.Ifthenelse(new double[] { 250, 220, 40 }, image);
        return image.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    public static byte[] Jpeg(int width, int height, int seed = 1) => Photo(width, height, seed).JpegsaveBuffer(q: 85);

    public static byte[] Png(int width, int height, bool alpha = false)
    {
        var image = Photo(width, height);
        if (alpha) image = image.Bandjoin(255);
        return image.PngsaveBuffer();
    }

    public static byte[] Gif(int width, int height) => Photo(width, height).GifsaveBuffer();

    public static byte[] AnimatedWebp(int width, int height, int frames)
    {
        using var strip = Photo(width, height * frames).Mutate(m => m.Set(GValue.GIntType, "page-height", height));
        return strip.WebpsaveBuffer();
    }

    /// <summary>The first half of a JPEG: what an interrupted upload leaves.</summary>
    public static byte[] TruncatedJpeg(int width, int height) => Jpeg(width, height)[..(Jpeg(width, height).Length / 2)];

    /// <summary>A PNG whose header is right and whose pixel data is garbage.</summary>
    public static byte[] CorruptPng(int width, int height)
    {
        var png = Png(width, height);
        var corrupt = png.ToArray();
        for (var i = 60; i < corrupt.Length - 20; i += 7) corrupt[i] ^= 0x5A;
        return corrupt;
    }

    /// <summary>A decompression bomb: a valid PNG header claiming <paramref name="side"/> × <paramref name="side"/> pixels, a few bytes long.</summary>
    public static byte[] PngBomb(int side)
    {
        var stream = new MemoryStream();
        stream.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, side);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), side);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        Chunk(stream, "IHDR", ihdr);
        // zlib of a few zero rows: a real bomb is this, repeated by the deflate stream's run lengths.
        Chunk(stream, "IDAT", [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]);
        Chunk(stream, "IEND", []);
        return stream.ToArray();
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        stream.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        stream.Write(length);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>Reads an encoded file back: its pixel size and the libvips loader that opened it (its real format).</summary>
    public static (int Width, int Height, string Loader) Inspect(byte[] bytes)
    {
        using var image = Image.NewFromBuffer(bytes);
        return (image.Width, image.Height, (string)image.Get("vips-loader"));
    }
}
