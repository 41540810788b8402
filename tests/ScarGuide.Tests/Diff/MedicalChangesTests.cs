using ScarGuide.Diff;
using ScarGuide.Readability;

namespace ScarGuide.Tests.Diff;

/// <summary>What counts as a change of medical facts between two versions of an article's sentences.</summary>
public sealed class MedicalChangesTests
{
    private static readonly MedicalChanges Detector = new(["Kenalog"]);

    private static MedicalChange? Compare(string before, string after) =>
        Detector.Compare(MedicalChanges.Sentences([before], ReadingFormula.English), MedicalChanges.Sentences([after], ReadingFormula.English));

    [Theory]
    [InlineData("Use a 0.05% cream at night.", "Use a 0.1% cream at night.")]
    [InlineData("Apply it twice a day.", "Apply it once a day.")]
    [InlineData("Wait two weeks before the next session.", "Wait four weeks before the next session.")]
    [InlineData("Wear the sheet for 12 hours a day.", "Wear the sheet for 12 minutes a day.")]
    [InlineData("Injections of triamcinolone soften a keloid.", "Injections of Kenalog soften a keloid.")]
    [InlineData("You can swim after a laser session.", "You cannot swim after a laser session.")]
    [InlineData("Do not use retinol while pregnant.", "Use retinol while pregnant.")]
    public void A_changed_number_dose_frequency_negation_or_name_is_a_medical_change(string before, string after)
    {
        var change = Compare("Scars fade slowly. " + before + " Ask the clinic.", "Scars fade slowly. " + after + " Ask the clinic.");

        Assert.NotNull(change);
        var sentence = Assert.Single(change!.Sentences);
        Assert.Equal((before, after), (sentence.Before, sentence.After));
    }

    [Theory]
    [InlineData("Wash the scar gently with mild soap.", "Gently wash the scar with mild soap.")]
    [InlineData("Most people need 3 sessions.", "Most people need 3 sessions in total.")]
    [InlineData("Sun makes a new scar darker.", "Sunlight can make a new scar darker.")]
    public void Rewording_that_keeps_every_fact_is_not(string before, string after)
    {
        Assert.Null(Compare("Scars fade slowly. " + before + " Ask the clinic. Keep it clean.", "Scars fade slowly. " + after + " Ask the clinic. Keep it clean."));
    }

    [Fact]
    public void Moving_sentences_around_is_not_a_change()
    {
        Assert.Null(Compare("Use 2 sheets. Wash them daily. Ask the clinic.", "Ask the clinic. Wash them daily. Use 2 sheets."));
    }

    [Fact]
    public void A_sentence_with_a_fact_added_or_removed_is_one()
    {
        var added = Compare("Scars fade slowly.", "Scars fade slowly. Stop after 6 weeks if nothing changes.");
        Assert.Equal((null, "Stop after 6 weeks if nothing changes."), (added!.Sentences[0].Before, added.Sentences[0].After));
        var removed = Compare("Scars fade slowly. Never pick a scab.", "Scars fade slowly.");
        Assert.Equal(("Never pick a scab.", null), (removed!.Sentences[0].Before, removed.Sentences[0].After));
    }

    [Fact]
    public void Rewriting_more_than_the_set_share_of_sentences_is_one_even_without_a_fact()
    {
        const string before = "Scars fade slowly. Keep the skin clean. Ask the clinic if it itches. Be patient.";
        const string after = "Marks soften over time. Clean skin heals better. Itching is worth a call. Patience helps.";

        var change = Compare(before, after);

        Assert.NotNull(change);
        Assert.Contains("4 of 4 sentences changed (more than 50%)", change!.Reasons);
        Assert.Null(new MedicalChanges([], share: 1).Compare(MedicalChanges.Sentences([before], ReadingFormula.English), MedicalChanges.Sentences([after], ReadingFormula.English)));
    }

    [Fact]
    public void Markdown_is_read_as_the_reader_sees_it_and_headings_stand_alone()
    {
        var sentences = MedicalChanges.Sentences(["## Recovery\nMost people need **3 sessions**,\nfour weeks apart.\n\n- Use [sunscreen](https://example.org) daily"], ReadingFormula.English);

        Assert.Equal(["Recovery", "Most people need 3 sessions, four weeks apart.", "Use sunscreen daily"], sentences);
    }
}
