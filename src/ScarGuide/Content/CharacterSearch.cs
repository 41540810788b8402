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
    public static readonly string Controls = string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c));

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
