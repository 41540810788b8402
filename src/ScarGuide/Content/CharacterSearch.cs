using System.Buffers;

namespace ScarGuide.Content;

/// <summary>
/// Finds the first character text must not carry as it is (into a page, into XML), in vectorized scans: a set of
/// ASCII characters, one range of others, and U+FFFE/U+FFFF, the noncharacters XML forbids. Each scan is fast on
/// its own; one set mixing them is not.
/// </summary>
internal static class CharacterSearch
{
    /// <summary>The C0 control characters other than tab and line feed.</summary>
    public static readonly string Controls = C0ExceptTabAndLineFeed();

    // A loop, not LINQ over a range of ints: that was generic code without precompiled form, compiled on every start.
    private static string C0ExceptTabAndLineFeed()
    {
        Span<char> controls = stackalloc char[0x20 - 2];
        var n = 0;
        for (var c = '\0'; c < ' '; c++)
            if (c is not ('\t' or '\n')) controls[n++] = c;
        return new string(controls);
    }

    public static int IndexOfAny(ReadOnlySpan<char> text, SearchValues<char> ascii, char rangeStart, char rangeEnd)
    {
        var found = text.IndexOfAny(ascii);
        var limit = found < 0 ? text.Length : found;
        var inRange = text[..limit].IndexOfAnyInRange(rangeStart, rangeEnd);
        if (inRange >= 0) limit = inRange;
        var nonCharacter = text[..limit].IndexOfAny('\uFFFE', '\uFFFF');
        return nonCharacter >= 0 ? nonCharacter : limit == text.Length ? -1 : limit;
    }
}
