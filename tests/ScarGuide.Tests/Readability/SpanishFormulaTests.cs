using ScarGuide.Readability;

namespace ScarGuide.Tests.Readability;

/// <summary>Fernández Huerta and Szigriszt-Pazos on Spanish texts counted by hand, and Spanish sentence ends.</summary>
public sealed class SpanishFormulaTests
{
    private static ReadabilityScore Score(string text) => ReadabilityScorer.Score([new ProseBlock(text, 1)], ReadingFormula.Spanish);

    [Fact]
    public void Short_everyday_words_score_as_very_easy()
    {
        // El(1) sol(1) da-ña(2) la(1) piel(1). U-se(2) cre-ma(2) ca-da(2) dí-a(2).
        // 9 words, 2 sentences, 14 syllables.
        // FH  = 206.84 − 60·14/9 − 102·2/9 = 206.84 − 93.3333 − 22.6667 = 90.84
        // SzP = 206.835 − 62.3·14/9 − 9/2 = 206.835 − 96.9111 − 4.5 = 105.42 (muy fácil)
        var score = Score("El sol daña la piel. Use crema cada día.");
        Assert.Equal((9, 2, 14), (score.Words, score.Sentences, score.Syllables));
        Assert.Equal(90.84, score.FernandezHuerta, 1);
        Assert.Equal(105.42, score.SzigrisztPazos, 1);
        Assert.Equal("muy fácil", ReadabilityScore.Inflesz(score.SzigrisztPazos));
    }

    [Fact]
    public void Long_medical_words_score_as_very_hard()
    {
        // La(1) hi-per-pig-men-ta-ción(6) post-in-fla-ma-to-ria(6) re-quie-re(3) fo-to-pro-tec-ción(5).
        // Con-sul-te(3) al(1) der-ma-tó-lo-go(5).
        // 8 words, 2 sentences, 30 syllables.
        // FH  = 206.84 − 60·30/8 − 102·2/8 = 206.84 − 225 − 25.5 = −43.66
        // SzP = 206.835 − 62.3·30/8 − 8/2 = 206.835 − 233.625 − 4 = −30.79 (muy difícil)
        var score = Score("La hiperpigmentación postinflamatoria requiere fotoprotección. Consulte al dermatólogo.");
        Assert.Equal((8, 2, 30), (score.Words, score.Sentences, score.Syllables));
        Assert.Equal(-43.66, score.FernandezHuerta, 1);
        Assert.Equal(-30.79, score.SzigrisztPazos, 1);
        Assert.Equal("muy difícil", ReadabilityScore.Inflesz(score.SzigrisztPazos));
    }

    [Fact]
    public void Questions_with_inverted_marks_and_numbers_count_as_said()
    {
        // ¿Cuán-to(2) du-ra(2)? U-nas(2) 6(seis, 1) se-ma-nas(3). Des-pués(2), la(1) ci-ca-triz(3) se(1) a-cla-ra(3).
        // 10 words, 3 sentences, 20 syllables.
        // FH  = 206.84 − 60·20/10 − 102·3/10 = 206.84 − 120 − 30.6 = 56.24
        // SzP = 206.835 − 62.3·20/10 − 10/3 = 206.835 − 124.6 − 3.3333 = 78.90 (bastante fácil)
        var score = Score("¿Cuánto dura? Unas 6 semanas. Después, la cicatriz se aclara.");
        Assert.Equal((10, 3, 20), (score.Words, score.Sentences, score.Syllables));
        Assert.Equal(56.24, score.FernandezHuerta, 1);
        Assert.Equal(78.90, score.SzigrisztPazos, 1);
        Assert.Equal("bastante fácil", ReadabilityScore.Inflesz(score.SzigrisztPazos));
    }

    [Theory]
    [InlineData(39.9, "muy difícil")]
    [InlineData(40, "algo difícil")]
    [InlineData(54.9, "algo difícil")]
    [InlineData(55, "normal")]
    [InlineData(65, "bastante fácil")]
    [InlineData(80, "bastante fácil")]
    [InlineData(80.1, "muy fácil")]
    public void The_INFLESZ_scale_names_each_band(double perspicuity, string word) =>
        Assert.Equal(word, ReadabilityScore.Inflesz(perspicuity));

    [Fact]
    public void The_hardest_Spanish_sentences_are_those_with_the_lowest_perspicuity()
    {
        var score = Score("Use crema cada día por la mañana. La hiperpigmentación postinflamatoria requiere fotoprotección exhaustiva. El sol daña la piel.");
        var hardest = score.Hardest(1)[0];
        Assert.StartsWith("La hiperpigmentación", hardest.Text);
        Assert.Equal("6 words; long words: hiperpigmentación, postinflamatoria, fotoprotección", hardest.Why);
    }

    [Theory]
    [InlineData("Consulte a la Dra. Ruiz. Ella le ayudará.", "Consulte a la Dra. Ruiz.|Ella le ayudará.")]
    [InlineData("El Dr. Pérez lo recomienda. Pregunte.", "El Dr. Pérez lo recomienda.|Pregunte.")]
    [InlineData("Use un limpiador suave, p. ej. Cetaphil. Luego aclare.", "Use un limpiador suave, p. ej. Cetaphil.|Luego aclare.")]
    [InlineData("Evite el sol, el calor, etc. y vuelva en un mes.", "Evite el sol, el calor, etc. y vuelva en un mes.")]
    [InlineData("Vea la pág. 5 del folleto. Es breve.", "Vea la pág. 5 del folleto.|Es breve.")]
    [InlineData("Tome vitamina C. Aplíquela cada día.", "Tome vitamina C.|Aplíquela cada día.")]
    [InlineData("¿Duele? ¡No! Solo pica un poco.", "¿Duele?|¡No!|Solo pica un poco.")]
    [InlineData("Si le pica, ¿qué puede hacer? Aplique frío.", "Si le pica, ¿qué puede hacer?|Aplique frío.")]
    [InlineData("¿Cuánto dura? ¿una semana? ¿un mes? Depende.", "¿Cuánto dura? ¿una semana? ¿un mes?|Depende.")]
    public void Spanish_abbreviations_and_inverted_marks(string text, string expected) =>
        Assert.Equal(expected.Split('|'), SentenceSplitter.Split(text, ReadingFormula.Spanish));

    [Theory]
    [InlineData("en", ReadingFormula.English)]
    [InlineData("en-GB", ReadingFormula.English)]
    [InlineData("es", ReadingFormula.Spanish)]
    [InlineData("es-US", ReadingFormula.Spanish)]
    [InlineData("ES-mx", ReadingFormula.Spanish)]
    [InlineData("fr", ReadingFormula.None)]
    [InlineData("de", ReadingFormula.None)]
    [InlineData("eu", ReadingFormula.None)]
    public void Each_language_tag_has_its_formulas_or_none(string language, ReadingFormula formula) =>
        Assert.Equal(formula, ReadingLanguage.FormulaFor(language));
}
