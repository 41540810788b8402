using System.IO.Compression;
using ScarGuide.IO;
using ScarGuide.Pipeline;

namespace ScarGuide.Publishing;

/// <summary>
/// With <c>--compress</c> (or <c>compress: true</c> in site.yml), writes <c>x.br</c> and <c>x.gz</c> beside every
/// HTML, CSS, JS, XML and JSON file of at least <see cref="MinimumSize"/> bytes: what nginx <c>gzip_static</c>, Caddy
/// <c>precompressed</c> and many CDNs serve instead of compressing on each request. Fixed levels and a gzip header
/// without time or name make the files byte-identical from build to build. Runs last: it reads back what the build wrote.
/// </summary>
public sealed class CompressOutput : IStep
{
    /// <summary>Smaller files gain a few bytes at most, less than the cost of a second request path.</summary>
    public const int MinimumSize = 1024;

    /// <summary>Brotli's best quality and its default window: slow to write once, fastest to serve for ever after.</summary>
    public const int BrotliQuality = 11;

    public const int BrotliWindow = 22;

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".css", ".js", ".xml", ".json", ".svg", ".txt" };

    public string Name => "compress";

    /// <summary>True when this build compresses: <c>--compress</c>, or site.yml's <c>compress: true</c> unless the build says no (the preview).</summary>
    public static bool IsOn(BuildContext context) => context.Options.Compress ?? context.Config.Compress;

    public void Run(BuildContext context)
    {
        if (!IsOn(context)) return;
        context.Work.ForEach(Written(context.Output), file =>
        {
            var bytes = file.Read();
            if (bytes.Length < MinimumSize) return;
            context.Output.Write(file.Path + ".br", Brotli(bytes));
            context.Output.Write(file.Path + ".gz", Gzip(bytes));
        });
    }

    /// <summary>Whether a file of this name is compressed (by extension; size is checked on the bytes).</summary>
    public static bool IsCompressible(string path) => Extensions.Contains(Path.GetExtension(path));

    /// <summary>The compressible files written so far, sorted by path, with a way to read each.</summary>
    private static List<(string Path, Func<byte[]> Read)> Written(IOutput output)
    {
        var list = output switch
        {
            MemoryOutput memory => memory.Files.Where(f => IsCompressible(f.Key)).Select(f => (f.Key, (Func<byte[]>)(() => f.Value))).ToList(),
            DirectoryOutput folder => Directory.EnumerateFiles(folder.Root, "*", SearchOption.AllDirectories)
                .Select(full => (Path.GetRelativePath(folder.Root, full).Replace('\\', '/'), full))
                .Where(f => IsCompressible(f.Item1))
                .Select(f => (f.Item1, (Func<byte[]>)(() => File.ReadAllBytes(f.full)))).ToList(),
            _ => [],
        };
        list.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return list;
    }

    /// <summary>Brotli at <see cref="BrotliQuality"/>: the same bytes in, the same bytes out.</summary>
    public static byte[] Brotli(ReadOnlySpan<byte> content)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
        if (!BrotliEncoder.TryCompress(content, output, out var written, BrotliQuality, BrotliWindow))
            throw new InvalidOperationException("Brotli compression failed.");
        return output.AsSpan(0, written).ToArray();
    }

    /// <summary>
    /// gzip at its smallest size. The header has no file name, a zero time and "unknown" as the operating system, so
    /// the bytes do not depend on when or where the site was built.
    /// </summary>
    public static byte[] Gzip(ReadOnlySpan<byte> content)
    {
        using var buffer = new MemoryStream(content.Length / 3 + 64);
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(content);
        var bytes = buffer.ToArray();
        // RFC 1952: ID1 ID2 CM FLG MTIME(4) XFL OS. Whatever the library wrote, fix time and OS.
        bytes.AsSpan(4, 4).Clear();
        bytes[9] = 255;
        return bytes;
    }
}
