using CsCheck;
using ScarGuide.Search;

namespace ScarGuide.Tests.Search;

public sealed class ExcerptTests
{
    /// <summary>The definition the fast excerpt must match: collapse all white space, then cut at a word break.</summary>
    private static string Reference(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= WriteSearchIndex.ExcerptLength) return collapsed;
        var cut = collapsed.LastIndexOf(' ', WriteSearchIndex.ExcerptLength);
        return collapsed[..(cut > 0 ? cut : WriteSearchIndex.ExcerptLength)] + "…";
    }

    [Fact]
    public void The_excerpt_collapses_white_space_and_cuts_at_a_word_break_like_the_definition() =>
        Gen.String[Gen.Char[" \t\n\u00a0\u2003abcdé.-"], 0, 400].Sample(text => Assert.Equal(Reference(text), WriteSearchIndex.Excerpt(text)));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("one  two\n\nthree")]
    public void Short_texts_are_collapsed_whole(string text) => Assert.Equal(Reference(text), WriteSearchIndex.Excerpt(text));

    [Fact]
    public void A_word_longer_than_the_excerpt_is_cut_at_the_limit()
    {
        var word = new string('x', 300);

        Assert.Equal(new string('x', WriteSearchIndex.ExcerptLength) + "…", WriteSearchIndex.Excerpt(word));
        Assert.Equal(Reference(" a " + word), WriteSearchIndex.Excerpt(" a " + word));
    }
}
