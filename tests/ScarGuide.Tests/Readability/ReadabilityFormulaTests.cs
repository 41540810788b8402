using ScarGuide.Readability;

namespace ScarGuide.Tests.Readability;

/// <summary>The three published formulas on texts counted by hand.</summary>
public sealed class ReadabilityFormulaTests
{
    private static ReadabilityScore Score(string text) => ReadabilityScorer.Score([new ProseBlock(text, 1)]);

    [Fact]
    public void Short_words_and_short_sentences_score_below_first_grade()
    {
        // The(1) cat(1) sat(1) on(1) the(1) mat(1). It(1) was(1) a(1) sun-ny(2) day(1).
        // 11 words, 2 sentences, 12 syllables, 0 polysyllables.
        // FK   = 0.39·11/2 + 11.8·12/11 − 15.59 = 2.145 + 12.8727 − 15.59 = −0.57
        // FRE  = 206.835 − 1.015·5.5 − 84.6·1.0909 = 206.835 − 5.5825 − 92.2909 = 108.96
        // SMOG = 1.043·√(0·30/2) + 3.1291 = 3.13
        var score = Score("The cat sat on the mat. It was a sunny day.");
        Assert.Equal((11, 2, 12, 0), (score.Words, score.Sentences, score.Syllables, score.Polysyllables));
        Assert.Equal(-0.57, score.FleschKincaidGrade, 2);
        Assert.Equal(108.96, score.FleschReadingEase, 2);
        Assert.Equal(3.13, score.Smog, 2);
    }

    [Fact]
    public void Long_medical_words_raise_every_score()
    {
        // Hy-per-pig-men-ta-tion(6) is(1) com-mon(2) af-ter(2) in-flam-ma-tion(4). Sun-screen(2) helps(1) it(1) fade(1).
        // 9 words, 2 sentences, 20 syllables, 2 polysyllables (hyperpigmentation, inflammation).
        // FK   = 0.39·9/2 + 11.8·20/9 − 15.59 = 1.755 + 26.2222 − 15.59 = 12.39
        // FRE  = 206.835 − 1.015·4.5 − 84.6·2.2222 = 206.835 − 4.5675 − 188.0 = 14.27
        // SMOG = 1.043·√(2·30/2) + 3.1291 = 1.043·5.4772 + 3.1291 = 8.84
        var score = Score("Hyperpigmentation is common after inflammation. Sunscreen helps it fade.");
        Assert.Equal((9, 2, 20, 2), (score.Words, score.Sentences, score.Syllables, score.Polysyllables));
        Assert.Equal(12.39, score.FleschKincaidGrade, 2);
        Assert.Equal(14.27, score.FleschReadingEase, 2);
        Assert.Equal(8.84, score.Smog, 2);
    }

    [Fact]
    public void Every_block_ends_a_sentence_so_list_items_without_a_full_stop_count_as_sentences()
    {
        // Some(1) fac-tors(2): | se-vere(2) ac-ne(2) | pick-ing(2) spots(1)
        // 6 words, 3 sentences, 10 syllables.
        // FK = 0.39·6/3 + 11.8·10/6 − 15.59 = 0.78 + 19.6667 − 15.59 = 4.86
        var score = ReadabilityScorer.Score([new("Some factors:", 1), new("severe acne", 2), new("picking spots", 3)]);
        Assert.Equal((6, 3, 10), (score.Words, score.Sentences, score.Syllables));
        Assert.Equal(4.86, score.FleschKincaidGrade, 2);
    }

    [Fact]
    public void Words_are_letters_with_apostrophes_hyphens_and_numbers_and_a_percent_sign_is_a_word()
    {
        // don't(1) skip(1) self-care(2) long-lasting(3) 1,500(6: one thousand five hundred) 1.5(3: one point five) 50(2) %(2)
        // 8 words, 1 sentence, 20 syllables, 3 polysyllables (long-lasting, 1,500, 1.5).
        var score = Score("Don't skip self-care: long-lasting 1,500 1.5 50%");
        Assert.Equal((8, 1, 20, 3), (score.Words, score.Sentences, score.Syllables, score.Polysyllables));
    }

    [Fact]
    public void Empty_prose_scores_zero_without_dividing_by_zero()
    {
        foreach (var score in new[] { ReadabilityScorer.Score([]), Score("  ... — !"), Score("") })
        {
            Assert.Equal((0, 0, 0, 0), (score.Words, score.Sentences, score.Syllables, score.Polysyllables));
            Assert.Equal((0.0, 0.0, 0.0), (score.FleschKincaidGrade, score.FleschReadingEase, score.Smog));
            Assert.Empty(score.Hardest(3));
        }
    }

    [Fact]
    public void Smog_is_given_below_thirty_sentences_with_the_formula_as_published()
    {
        // One sentence with 3 polysyllables: 1.043·√(3·30/1) + 3.1291 = 1.043·9.4868 + 3.1291 = 13.02
        var score = Score("Dermatologists recommend hyperpigmentation treatment.");
        Assert.Equal((1, 3), (score.Sentences, score.Polysyllables));
        Assert.Equal(13.02, score.Smog, 2);
    }

    [Fact]
    public void Scores_with_the_same_counts_are_equal()
    {
        Assert.Equal(Score("The cat sat."), Score("A dog ran."));
        Assert.NotEqual(Score("The cat sat."), Score("The cat sat down."));
    }
}
