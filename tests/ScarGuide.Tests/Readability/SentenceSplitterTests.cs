using ScarGuide.Readability;

namespace ScarGuide.Tests.Readability;

/// <summary>Where sentences end: abbreviations, initials, decimals, quotes and brackets, and what never ends one.</summary>
public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Ask Dr. Okafor about it. He will help.", "Ask Dr. Okafor about it.|He will help.")]
    [InlineData("Mr. and Mrs. Smith came. Ms. Jones did too.", "Mr. and Mrs. Smith came.|Ms. Jones did too.")]
    [InlineData("Prof. J. Smith wrote it. It was good.", "Prof. J. Smith wrote it.|It was good.")]
    [InlineData("Use a cleanser, e.g. a fragrance-free one. Then rinse.", "Use a cleanser, e.g. a fragrance-free one.|Then rinse.")]
    [InlineData("Raised scars (i.e. keloids) respond. Others do not.", "Raised scars (i.e. keloids) respond.|Others do not.")]
    [InlineData("Apply creams, gels, etc. and wait.", "Apply creams, gels, etc. and wait.")]
    [InlineData("It is approx. 2 mm deep. That is shallow.", "It is approx. 2 mm deep.|That is shallow.")]
    [InlineData("See Fig. 2 and No. 5 for more. Then decide.", "See Fig. 2 and No. 5 for more.|Then decide.")]
    [InlineData("Apply it at 9 a.m. Wash it off at night.", "Apply it at 9 a.m.|Wash it off at night.")]
    [InlineData("Approved by the U.S. Food and Drug Administration. It is safe.", "Approved by the U.S. Food and Drug Administration.|It is safe.")]
    [InlineData("The St. John clinic helps. Book early.", "The St. John clinic helps.|Book early.")]
    public void Abbreviations_and_initials_do_not_end_a_sentence(string text, string expected) =>
        Assert.Equal(expected.Split('|'), SentenceSplitter.Split(text));

    [Theory]
    [InlineData("No. Silicone is for raised scars.", "No.|Silicone is for raised scars.")]
    [InlineData("Take vitamin C. Apply it daily.", "Take vitamin C.|Apply it daily.")]
    [InlineData("Lesions shrink by 2 mm. Then they fade.", "Lesions shrink by 2 mm.|Then they fade.")]
    public void A_word_that_is_sometimes_abbreviated_ends_a_sentence_before_a_new_one(string text, string expected) =>
        Assert.Equal(expected.Split('|'), SentenceSplitter.Split(text));

    [Theory]
    [InlineData("Needles are 1.5 mm long. They are fine.", "Needles are 1.5 mm long.|They are fine.")]
    [InlineData("It costs 1,200.50 a year. Prices vary.", "It costs 1,200.50 a year.|Prices vary.")]
    public void Decimal_numbers_do_not_end_a_sentence(string text, string expected) =>
        Assert.Equal(expected.Split('|'), SentenceSplitter.Split(text));

    [Theory]
    [InlineData("Does it hurt? Not much! It stings.", "Does it hurt?|Not much!|It stings.")]
    [InlineData("Wait... then it healed. Good!", "Wait... then it healed.|Good!")]
    [InlineData("Results vary\u2026 Ask your doctor.", "Results vary\u2026|Ask your doctor.")]
    [InlineData("He said \"stop.\" Then he left.", "He said \"stop.\"|Then he left.")]
    [InlineData("(See the guide.) It helps.", "(See the guide.)|It helps.")]
    [InlineData("She asked, \u201CIs it safe?\u201D and waited.", "She asked, \u201CIs it safe?\u201D and waited.")]
    public void Question_marks_exclamation_marks_ellipses_and_closing_quotes(string text, string expected) =>
        Assert.Equal(expected.Split('|'), SentenceSplitter.Split(text));

    [Fact]
    public void Semicolons_and_colons_never_end_a_sentence() =>
        Assert.Equal(["Keep it clean; keep it covered: it heals."], SentenceSplitter.Split("Keep it clean; keep it covered: it heals."));

    [Fact]
    public void The_end_of_the_text_ends_a_sentence_without_a_full_stop() =>
        Assert.Equal(["Picking or squeezing spots"], SentenceSplitter.Split("Picking or squeezing spots"));

    [Fact]
    public void A_line_break_is_white_space() =>
        Assert.Equal(["One sentence\nacross lines.", "Another."], SentenceSplitter.Split("One sentence\nacross lines.\nAnother."));
}
