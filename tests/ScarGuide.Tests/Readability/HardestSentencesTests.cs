using ScarGuide.Readability;

namespace ScarGuide.Tests.Readability;

/// <summary>The hardest sentences an editor is shown: which, in what order, on which line, and why.</summary>
public sealed class HardestSentencesTests
{
    private const string Article = """
        Acne can leave marks. Most fade.

        Post-inflammatory hyperpigmentation frequently accompanies inflammatory acne, particularly in individuals with darker complexions.

        - Use sunscreen every day
        - Dermatological consultation facilitates individualised management

        Wash gently. Pat dry.
        """;

    [Fact]
    public void The_hardest_sentences_come_first_with_their_lines_grades_and_why()
    {
        var hardest = ReadabilityScorer.Score(ProseExtractor.Extract(Article, 30)).Hardest(3);

        // Few words but long ones (23 syllables in 5 words: grade 40.64) beat a long sentence (43 in 12: grade 31.37).
        Assert.Equal([35, 32, 34], hardest.Select(s => s.Line));
        Assert.Equal("Dermatological consultation facilitates individualised management", hardest[0].Text);
        Assert.Equal("5 words; long words: Dermatological, individualised, consultation", hardest[0].Why);
        Assert.Equal("12 words; long words: Post-inflammatory, hyperpigmentation, inflammatory", hardest[1].Why);
        Assert.Equal(40.64, hardest[0].Grade, 2);
        Assert.Equal(31.37, hardest[1].Grade, 2);
        Assert.Equal("4 words; long words: every", hardest[2].Why);
        Assert.True(hardest[0].Grade > hardest[1].Grade && hardest[1].Grade > hardest[2].Grade);
        // The sentence's own Flesch–Kincaid grade: "Use sunscreen every day" is 4 words, 1 + 2 + 3 + 1 = 7 syllables:
        // 0.39·4 + 11.8·7/4 − 15.59 = 1.56 + 20.65 − 15.59 = 6.62
        Assert.Equal(6.62, hardest[2].Grade, 2);
    }

    [Fact]
    public void Sentences_of_equal_grade_are_ranked_by_line_then_text()
    {
        var score = ReadabilityScorer.Score([new ProseBlock("Pat dry.", 9), new ProseBlock("Wash well. Dry off.", 3), new ProseBlock("Rub dry.", 3)]);
        Assert.Equal([(3, "Dry off."), (3, "Rub dry."), (3, "Wash well."), (9, "Pat dry.")], score.Hardest(4).Select(s => (s.Line, s.Text)));
        Assert.Equal(2, score.Hardest(2).Count);
        Assert.Empty(score.Hardest(0));
    }

    [Fact]
    public void The_hardest_few_of_many_sentences_are_those_the_whole_ranking_starts_with()
    {
        // Sixty sentences whose grades rise and fall, with ties, so the hardest three sit in the middle of the text.
        var words = new[] { "skin", "healing", "sunscreen", "dermatologist", "inflammation", "hyperpigmentation" };
        var blocks = Enumerable.Range(0, 60)
            .Select(i => new ProseBlock(string.Join(' ', Enumerable.Range(0, 5 + i % 7).Select(j => words[(i * 7 + j * 3) % words.Length])) + ".", i + 1))
            .ToList();
        var score = ReadabilityScorer.Score(blocks);
        var all = score.Hardest(blocks.Count);

        Assert.Equal(60, all.Count);
        for (var i = 1; i < all.Count; i++) Assert.True(all[i - 1].Grade >= all[i].Grade - 1e-9, $"sentence {i} out of order");
        Assert.Equal(all.Take(3).Select(s => (s.Line, s.Text)), score.Hardest(3).Select(s => (s.Line, s.Text)));
    }

    [Fact]
    public void A_fragment_of_fewer_than_five_words_ranks_after_every_longer_sentence()
    {
        // "Infection;" alone has grade 0.39·1 + 11.8·3/1 − 15.59 = 20.2; the longer sentence only 0.39·6 + 11.8·7/6 − 15.59 = 0.52.
        var score = ReadabilityScorer.Score([new ProseBlock("Infection;", 4), new ProseBlock("Keep the wound clean and covered.", 8)]);
        Assert.Equal([8, 4], score.Hardest(2).Select(s => s.Line));
        Assert.Equal(20.2, score.Hardest(2)[1].Grade, 2);
    }

    [Fact]
    public void A_long_sentence_is_shortened_for_display_at_a_word_boundary()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("treatment", 30)) + ".";
        var shown = ReadabilityScorer.Score([new ProseBlock(sentence, 1)]).Hardest(1)[0];
        Assert.EndsWith("treatment…", shown.Text, StringComparison.Ordinal);
        Assert.InRange(shown.Text.Length, 100, 121);
        Assert.Equal("30 words", shown.Why);
    }
}
