using System.Text.Encodings.Web;
using System.Text;

namespace ScarGuide.Templating;

/// <summary>
/// Escapes exactly what HTML text and quoted attributes need (&amp; &lt; &gt; " ') and leaves everything else as
/// UTF-8, so pages stay readable ("2026-03-14T00:00:00+00:00", "après") while nothing can break out of markup.
/// </summary>
public sealed class MinimalHtmlEncoder : TextEncoder
{
    public static readonly MinimalHtmlEncoder Instance = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is '&' or '<' or '>' or '"' or '\'';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
            if (text[i] is '&' or '<' or '>' or '"' or '\'') return i;
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var replacement = unicodeScalar switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            _ => null,
        };
        if (replacement is null)
        {
            var rune = new Rune(unicodeScalar);
            if (rune.Utf16SequenceLength > bufferLength) { numberOfCharactersWritten = 0; return false; }
            numberOfCharactersWritten = rune.EncodeToUtf16(new Span<char>(buffer, bufferLength));
            return true;
        }
        if (replacement.Length > bufferLength) { numberOfCharactersWritten = 0; return false; }
        for (var i = 0; i < replacement.Length; i++) buffer[i] = replacement[i];
        numberOfCharactersWritten = replacement.Length;
        return true;
    }
}
