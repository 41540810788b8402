using System.Text;
using ScarGuide.Markdown;

namespace ScarGuide.Tests.Markdown;

/// <summary>The reading time's word count, counted eight characters at a time, against the one-character-at-a-time definition.</summary>
public sealed class WordCounterTests
{
    private static int Reference(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; count++; }
        }
        return count;
    }

    [Fact]
    public void Every_character_is_white_space_exactly_when_char_IsWhiteSpace_says_so()
    {
        // Each character between two letters, in every position of an eight-character block: two words if it is
        // white space, one if not.
        for (var c = 0; c <= char.MaxValue; c++)
            for (var at = 1; at <= 9; at++)
            {
                var text = new string('x', at) + (char)c + "y";
                Assert.Equal(Reference(text), WordCounter.Count(new StringBuilder(text)));
            }
    }

    [Fact]
    public void Random_texts_in_many_chunks_count_as_one_character_at_a_time()
    {
        var random = new Random(20261205);
        char[] alphabet = ['a', 'é', 'Z', '1', ' ', '\n', '\t', '\u00A0', '\u2003', '\u3000', '.', '—', '\u0085', 'ß'];
        for (var n = 0; n < 500; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            // Appended in pieces of varied length, so words and blocks cross the builder's chunks.
            var builder = new StringBuilder(4);
            for (var i = 0; i < text.Length;)
            {
                var take = Math.Min(text.Length - i, random.Next(1, 20));
                builder.Append(text, i, take);
                i += take;
            }
            Assert.Equal(Reference(text), WordCounter.Count(builder));
        }
    }
}
