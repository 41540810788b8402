using System.Security.Cryptography;
using System.Text;

namespace ScarGuide.Images;

/// <summary>
/// The SHA-256 of text fed line by line, as its UTF-8 with a line break after each line: what the image cache keeps
/// files (the source index, the pruning mark) by, without making one large string of them first.
/// </summary>
internal sealed class LineDigest : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public void Add(ReadOnlySpan<char> line)
    {
        Span<byte> buffer = stackalloc byte[1024];
        var needed = Encoding.UTF8.GetMaxByteCount(line.Length) + 1;
        var bytes = needed <= buffer.Length ? buffer : new byte[needed];
        var n = Encoding.UTF8.GetBytes(line, bytes);
        bytes[n] = (byte)'\n';
        _hash.AppendData(bytes[..(n + 1)]);
    }

    /// <summary>The digest of every line added.</summary>
    public byte[] Finish() => _hash.GetHashAndReset();

    public void Dispose() => _hash.Dispose();
}
