using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Editorial;

/// <summary><c>about:</c> describes the condition or procedure in schema.org terms, linked between articles by stable ids.</summary>
public sealed class MedicalEntityTests
{
    private const string Procedure = """
        about:
          type: TherapeuticProcedure
          name: "Microneedling"
          alternate_names: ["Collagen induction therapy"]
          body_location: "Face"
          preparation: "Stop retinoids a few days before."
          followup: "Gentle skin care and sunscreen for a week."
          how_performed: "Fine needles make tiny channels in the skin after a numbing cream."
          adverse_outcomes: ["Redness", "Swelling"]
        """;

    private const string Condition = """
        about:
          type: MedicalCondition
          name: "Atrophic acne scars"
          signs_or_symptoms: ["Depressed scars", "Uneven skin texture"]
          possible_treatments: ["microneedling.md", "subcision"]
        """;

    [Fact]
    public void A_condition_links_its_treatments_to_the_procedure_articles_entities()
    {
        using var site = TestSite.Build($"""
            -- input/articles/microneedling.md --
            {Md("Microneedling", "Text.\n", Procedure)}
            -- input/articles/subcision.md --
            {Md("Subcision", "Text.\n", "about:\n  type: TherapeuticProcedure\n  name: \"Subcision\"")}
            -- input/articles/acne-scars.md --
            {Md("Acne scars", "Text.\n", Condition)}
            """).AssertNoErrors();

        var procedure = site.JsonLdOne("blog/microneedling/index.html", "MedicalWebPage").GetProperty("about");
        Assert.Equal("TherapeuticProcedure", procedure.GetProperty("@type").GetString());
        Assert.Equal("https://example.org/blog/microneedling/#about", procedure.GetProperty("@id").GetString());
        Assert.Equal("Collagen induction therapy", procedure.GetProperty("alternateName")[0].GetString());
        Assert.Equal("Face", procedure.GetProperty("bodyLocation").GetString());
        Assert.Equal("Fine needles make tiny channels in the skin after a numbing cream.", procedure.GetProperty("howPerformed").GetString());
        Assert.Equal(["Redness", "Swelling"], procedure.GetProperty("adverseOutcome").EnumerateArray().Select(o => o.GetProperty("name").GetString()));

        var condition = site.JsonLdOne("blog/acne-scars/index.html", "MedicalWebPage").GetProperty("about");
        Assert.Equal("MedicalCondition", condition.GetProperty("@type").GetString());
        Assert.Equal("MedicalSignOrSymptom", condition.GetProperty("signOrSymptom")[0].GetProperty("@type").GetString());
        Assert.Equal(["https://example.org/blog/microneedling/#about", "https://example.org/blog/subcision/#about"],
            condition.GetProperty("possibleTreatment").EnumerateArray().Select(t => t.GetProperty("@id").GetString()));
    }

    [Theory]
    [InlineData("about:\n  type: TherapeuticProcedur\n  name: \"X\"", "about-type", 10, "Did you mean 'TherapeuticProcedure'?")]
    [InlineData("about:\n  type: TherapeuticProcedure\n  name: \"X\"\n  how_performd: \"y\"", "about-field", 12, "Did you mean 'how_performed'?")]
    [InlineData("about:\n  type: TherapeuticProcedure\n  name: \"X\"\n  signs_or_symptoms: [\"y\"]", "about-field", 12, "belongs to a MedicalCondition")]
    [InlineData("about:\n  type: MedicalCondition\n  name: \"X\"\n  possible_treatments: [\"microneedlin\"]", "about-treatment", 12, "Did you mean 'microneedling'?")]
    [InlineData("about:\n  type: MedicalCondition\n  name: \"X\"\n  possible_treatments: [\"plain\"]", "about-treatment", 12, "is not about a procedure")]
    [InlineData("about:\n  type: MedicalCondition", "about-name", 9, "needs a 'name'")]
    public void Unknown_types_fields_and_treatments_are_errors_with_a_suggestion(string about, string code, int line, string message)
    {
        using var site = TestSite.Build($"""
            -- input/articles/microneedling.md --
            {Md("Microneedling", "Text.\n", Procedure)}
            -- input/articles/plain.md --
            {Md("Plain", "Text.\n")}
            -- input/articles/x.md --
            {Md("X", "Text.\n", about)}
            """);
        var error = site.Single(code);
        Assert.Equal(("input/articles/x.md", line, true), (error.File, error.Line, error.IsError));
        Assert.Contains(message, error.Message + " " + error.Fix);
    }
}
