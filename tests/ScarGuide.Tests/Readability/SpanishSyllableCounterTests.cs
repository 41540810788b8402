using ScarGuide.Readability;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Readability;

/// <summary>Spanish syllables by the RAE's rules, checked against a hand-syllabified sample.</summary>
public sealed class SpanishSyllableCounterTests
{
    [Theory]
    [InlineData("día", 2)] // an accented weak vowel breaks the diphthong
    [InlineData("baúl", 2)]
    [InlineData("poeta", 3)] // two strong vowels
    [InlineData("cielo", 2)] // weak + strong
    [InlineData("ciudad", 2)] // two weak vowels
    [InlineData("cuídate", 3)] // two weak vowels, one accented: still a diphthong
    [InlineData("buey", 1)] // triphthong
    [InlineData("Uruguay", 3)]
    [InlineData("hoy", 1)] // y at the end is a vowel
    [InlineData("muy", 1)]
    [InlineData("mayo", 2)] // y before a vowel is a consonant
    [InlineData("y", 1)]
    [InlineData("queso", 2)] // silent u
    [InlineData("guitarra", 3)]
    [InlineData("agua", 2)] // u said before a
    [InlineData("pingüino", 3)] // ü is said
    [InlineData("ahumar", 2)] // h between vowels
    [InlineData("búho", 2)]
    [InlineData("alcohol", 3)]
    [InlineData("Isotretinoína", 7)] // capitalised at the start of a sentence
    public void Spanish_rules(string word, int syllables) => Assert.Equal(syllables, SpanishSyllableCounter.Count(word));

    [Theory]
    [InlineData("ADN", 4)] // acronyms spelled with Spanish letter names: a-de-e-ne
    [InlineData("UV", 3)] // u-u-ve
    [InlineData("SPF", 5)] // e-se-pe-e-fe
    [InlineData("Dra", 3)] // doctora
    [InlineData("etc", 4)] // etcétera
    [InlineData("mg", 4)] // miligramos
    [InlineData("6", 1)] // seis
    [InlineData("21", 3)] // veintiuno: vein-tiu-no
    [InlineData("30", 2)] // treinta
    [InlineData("45", 6)] // cuarenta y cinco
    [InlineData("100", 1)] // cien
    [InlineData("150", 5)] // cien-to cin-cuen-ta
    [InlineData("1.500", 4)] // mil quinientos
    [InlineData("21.000", 3)] // veintiún mil
    [InlineData("1,5", 6)] // uno coma cinco
    [InlineData("1.º", 2)] // the ordinal mark adds nothing
    [InlineData("auto-cuidado", 5)] // both parts
    public void Tokens(string token, int syllables) => Assert.Equal(syllables, SpanishSyllableCounter.CountToken(token));

    /// <summary>Every word of the hand-made sample (see its header) is counted as it was syllabified by hand.</summary>
    [Fact]
    public void Agrees_with_every_word_of_the_hand_syllabified_sample()
    {
        var path = RepoRoot.Combine("tests", "ScarGuide.Tests", "Readability", "spanish-syllables-sample.txt");
        var words = 0;
        var disagree = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split(' ');
            var expected = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            var counted = SpanishSyllableCounter.Count(parts[0]);
            words++;
            if (counted != expected) disagree.Add($"{parts[0]} {counted}≠{expected} ({parts[2]})");
        }
        Assert.True(words >= 60, $"the sample has only {words} words");
        Assert.Empty(disagree);
    }
}
