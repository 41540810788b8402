using ScarGuide.Content;
using System.Runtime.CompilerServices;

namespace ScarGuide.Related;

/// <summary>Reads runs of letters and digits from text, lower-cased into a caller-supplied buffer, without allocating.</summary>
internal ref struct TokenReader
{
    public const int MaxTokenLength = 40;

    private readonly ReadOnlySpan<char> _text;
    private readonly Span<char> _buffer;
    private int _position;

    public TokenReader(ReadOnlySpan<char> text, Span<char> buffer)
    {
        if (buffer.Length < MaxTokenLength)
            throw new ArgumentException($"The buffer must hold at least {MaxTokenLength} characters.", nameof(buffer));
        _text = text;
        _buffer = buffer;
        _position = 0;
        Current = default;
        CurrentHash = 0;
    }

    /// <summary>The current token, lower-case; valid until the next call to <see cref="MoveNext"/>.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>Hash of <see cref="Current"/>, computed while reading it (see <see cref="TokenTable.Hash"/>).</summary>
    public int CurrentHash { get; private set; }

    // Runs once per character of every document; left to the precompiled image (see CandidateScratch.Add).
    public bool MoveNext()
    {
        // Locals rather than fields: the JIT keeps them in registers across the buffer writes.
        var text = _text;
        var buffer = _buffer;
        var i = _position;
        while (i < text.Length)
        {
            while (i < text.Length && ToTokenChar(text[i]) == '\0')
                i++;

            var length = 0;
            var hash = TokenTable.EmptyHash;
            char c;
            while (i < text.Length && (c = ToTokenChar(text[i])) != '\0')
            {
                if (length < MaxTokenLength)
                {
                    buffer[length++] = c;
                    hash = TokenTable.Hash(hash, c);
                }
                else
                {
                    length = MaxTokenLength + 1;
                }
                i++;
            }

            // Overlong runs are URLs, hashes or glued-together junk, not words.
            if (length is > 0 and <= MaxTokenLength)
            {
                _position = i;
                Current = buffer[..length];
                CurrentHash = hash;
                return true;
            }
        }

        _position = i;
        Current = default;
        return false;
    }

    // The lower-case form of a letter or digit, or '\0' for anything that separates tokens.
    // ASCII is decided with arithmetic because it is nearly all of the text and this runs once per character.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char ToTokenChar(char c)
    {
        if (c < 128)
        {
            if ((uint)(c - 'a') < 26 || (uint)(c - '0') < 10)
                return c;
            return (uint)(c - 'A') < 26 ? (char)(c | 0x20) : '\0';
        }
        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
    }
}
