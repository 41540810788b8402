using System.Text;

namespace ScarGuide.Content;

/// <summary>
/// A large text held as UTF-8: half the memory of a string for the mostly-ASCII bodies a site has, which matters when
/// every article's HTML and plain text are held at once (100,000 articles). Read back as a string where one is needed.
/// A text that UTF-8 cannot hold exactly (an unpaired surrogate) is kept as the string itself, so reading it back always
/// gives the same characters.
/// </summary>
/// <remarks>
/// A one-shot build holds its bodies outside the collected heap (<see cref="NativeBytes"/>) and frees each where it
/// lets it go (<see cref="Free"/>): as arrays they were most of what the collector copied from one generation to the
/// next (200 MB at 10,000 articles), for a tenth of its pauses.
/// </remarks>
public sealed class Utf8Text : IEquatable<Utf8Text>
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static readonly Utf8Text Empty = new([], null);

    private readonly byte[] _bytes;
    private readonly NativeBytes? _native;
    private readonly string? _text;

    private Utf8Text(byte[] bytes, string? text)
    {
        _bytes = bytes;
        _text = text;
    }

    private Utf8Text(NativeBytes native)
    {
        _bytes = [];
        _native = native;
    }

    private static Utf8Text Of(ReadOnlySpan<byte> utf8, bool outsideHeap) =>
        outsideHeap ? new(new NativeBytes(utf8)) : new(utf8.ToArray(), null);

    private ReadOnlySpan<byte> Bytes => _native is null ? _bytes : _native.Span;

    /// <summary>
    /// Frees a text held outside the heap, which then reads as empty; nothing for any other. For the one place that lets
    /// the text go (a page's release), once no step reads it any more.
    /// </summary>
    internal void Free() => _native?.Free();

    public static Utf8Text From(string text)
    {
        if (text.Length == 0) return Empty;
        try
        {
            return new(Strict.GetBytes(text), null);
        }
        catch (EncoderFallbackException)
        {
            return new([], text);
        }
    }

    /// <summary>Like <see cref="From(string)"/> for characters not in a string of their own (part of a file's text).</summary>
    public static Utf8Text From(ReadOnlySpan<char> text)
    {
        if (text.Length == 0) return Empty;
        try
        {
            var bytes = new byte[Strict.GetByteCount(text)];
            Strict.GetBytes(text, bytes);
            return new(bytes, null);
        }
        catch (EncoderFallbackException)
        {
            return new([], text.ToString());
        }
    }

    /// <summary>A copy of text that is already UTF-8 (checked by the caller, as a file is when it is read).</summary>
    /// <param name="outsideHeap">Held outside the collected heap, until <see cref="Free"/> (or the collector finds it unused).</param>
    internal static Utf8Text FromUtf8(ReadOnlySpan<byte> utf8, bool outsideHeap = false) => utf8.IsEmpty ? Empty : Of(utf8, outsideHeap);

    [ThreadStatic] private static byte[]? t_bytes;
    [ThreadStatic] private static Encoder? t_encoder;

    /// <summary>Like <see cref="From(string)"/> for text still in a builder, without making a string of it.</summary>
    /// <param name="outsideHeap">Held outside the collected heap, until <see cref="Free"/> (or the collector finds it unused).</param>
    public static Utf8Text From(StringBuilder text, bool outsideHeap = false)
    {
        if (text.Length == 0) return Empty;
        var needed = Strict.GetMaxByteCount(text.Length);
        // A huge text's buffer is not kept for the next one.
        var buffer = t_bytes is { } kept && kept.Length >= needed ? kept : new byte[Math.Max(needed, 64 * 1024)];
        if (buffer.Length <= 4 << 20) t_bytes = buffer;
        // One stateful encoder over the chunks, so a surrogate pair split between two chunks stays whole.
        var encoder = t_encoder ??= Strict.GetEncoder();
        encoder.Reset();
        try
        {
            var length = 0;
            foreach (var chunk in text.GetChunks())
                length += encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
            length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
            return Of(buffer.AsSpan(0, length), outsideHeap);
        }
        catch (EncoderFallbackException)
        {
            encoder.Reset();
            return new([], text.ToString());
        }
    }

    public bool IsEmpty => _text is null ? Bytes.Length == 0 : _text.Length == 0;

    /// <summary>The text's UTF-8 bytes without a copy; false for a text kept as a string (one UTF-8 cannot hold).</summary>
    public bool TryGetUtf8(out ReadOnlySpan<byte> utf8)
    {
        utf8 = Bytes;
        return _text is null;
    }

    /// <summary>At least the text's length in characters (its UTF-8 bytes: the same for ASCII), without decoding it.</summary>
    public int LengthBound => _text?.Length ?? Bytes.Length;

    public override string ToString() => _text ?? Encoding.UTF8.GetString(Bytes);

    [ThreadStatic] private static char[]? t_chars;
    [ThreadStatic] private static Decoder? t_decoder;

    /// <summary>Writes the text to <paramref name="writer"/> as <see cref="ToString"/> gives it, without making that string.</summary>
    public void WriteTo(TextWriter writer)
    {
        if (_text is not null)
        {
            writer.Write(_text);
            return;
        }
        var chars = t_chars ??= new char[8192];
        // One stateful decoder over the slices, so a character split between two slices stays whole.
        var decoder = t_decoder ??= Encoding.UTF8.GetDecoder();
        decoder.Reset();
        var bytes = Bytes;
        var completed = false;
        while (!completed)
        {
            decoder.Convert(bytes, chars, flush: true, out var used, out var written, out completed);
            writer.Write(chars.AsSpan(0, written));
            bytes = bytes[used..];
        }
    }

    public bool Equals(Utf8Text? other) =>
        other is not null && (ReferenceEquals(this, other) || (_text is null && other._text is null
            ? Bytes.SequenceEqual(other.Bytes)
            : string.Equals(ToString(), other.ToString(), StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as Utf8Text);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
