using ScarGuide.Diagnostics;
using ScarGuide.FrontMatter;

namespace ScarGuide.Medical;

/// <summary>The two kinds of thing an article can be about, by their schema.org names.</summary>
public enum MedicalEntityType
{
    MedicalCondition,
    TherapeuticProcedure,
}

/// <summary>
/// What an article is about (<c>about:</c> in front matter), in schema.org's terms: a condition with its signs and
/// treatments (which link to procedure articles), or a procedure with how it is done, prepared for and followed up.
/// Emitted as the MedicalWebPage's <c>about</c>, with the stable id <c>page-url#about</c>.
/// </summary>
public sealed record MedicalEntity(MedicalEntityType Type, string Name, int Line)
{
    public IReadOnlyList<string> AlternateNames { get; init; } = [];
    public string? BodyLocation { get; init; }
    public string? Preparation { get; init; }
    public string? Followup { get; init; }
    public string? HowPerformed { get; init; }
    public IReadOnlyList<string> AdverseOutcomes { get; init; } = [];
    public IReadOnlyList<string> SignsOrSymptoms { get; init; } = [];

    /// <summary>Articles (file names, as in links) about procedures that treat this condition.</summary>
    public IReadOnlyList<string> PossibleTreatments { get; init; } = [];

    /// <summary>The line each field was written on.</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();

    // Front matter spelling → schema.org property; the type decides which apply.
    private static readonly string[] Common = ["type", "name", "alternate_names"];
    private static readonly string[] ProcedureKeys = ["body_location", "preparation", "followup", "how_performed", "adverse_outcomes"];
    private static readonly string[] ConditionKeys = ["signs_or_symptoms", "possible_treatments"];

    /// <summary>Reads <c>about:</c>, rejecting unknown fields and fields of the other type with "did you mean".</summary>
    internal static MedicalEntity? Read(YamlValues v)
    {
        var about = v.Mapping("about");
        if (about is null) return null;
        var line = v.LineOfKey("about");
        var typeText = about.String("type");
        MedicalEntityType? type = typeText switch
        {
            "MedicalCondition" => MedicalEntityType.MedicalCondition,
            "TherapeuticProcedure" => MedicalEntityType.TherapeuticProcedure,
            _ => null,
        };
        if (type is null)
        {
            var close = typeText is null ? null : Spelling.Closest(typeText, ["MedicalCondition", "TherapeuticProcedure"], Math.Max(2, typeText.Length / 3));
            v.Diagnostics.Error("about-type", v.File, typeText is null ? line : about.LineOfKey("type"), 1,
                typeText is null ? "'about' needs a 'type'." : $"'{typeText}' is not a type 'about' can have{(close is null ? "" : $". Did you mean '{close}'?")}",
                "Write `type: MedicalCondition` for a condition or `type: TherapeuticProcedure` for a treatment.");
            return null;
        }
        var allowed = Common.Concat(type == MedicalEntityType.TherapeuticProcedure ? ProcedureKeys : ConditionKeys).ToArray();
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in about.Keys())
        {
            keyLines[key] = about.LineOfKey(key);
            if (allowed.Contains(key, StringComparer.Ordinal)) continue;
            var other = type == MedicalEntityType.TherapeuticProcedure ? ConditionKeys : ProcedureKeys;
            var message = other.Contains(key, StringComparer.Ordinal)
                ? $"'{key}' belongs to a {(type == MedicalEntityType.TherapeuticProcedure ? "MedicalCondition" : "TherapeuticProcedure")}, not a {type}."
                : Spelling.Closest(key.ToLowerInvariant(), allowed, Math.Max(2, key.Length / 3)) is { } close
                    ? $"'{key}' is not a field of 'about'. Did you mean '{close}'?"
                    : $"'{key}' is not a field of 'about'.";
            v.Diagnostics.Error("about-field", v.File, about.LineOfKey(key), 1, message, $"A {type} may have: {string.Join(", ", allowed)}.");
        }
        var name = about.String("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            v.Diagnostics.Error("about-name", v.File, line, 1, "'about' needs a 'name': the condition or procedure, as patients would say it.",
                "Write e.g. `name: \"Microneedling\"`.");
            return null;
        }
        return new MedicalEntity(type.Value, name, line)
        {
            AlternateNames = about.StringList("alternate_names"),
            BodyLocation = about.String("body_location"),
            Preparation = about.String("preparation"),
            Followup = about.String("followup"),
            HowPerformed = about.String("how_performed"),
            AdverseOutcomes = about.StringList("adverse_outcomes"),
            SignsOrSymptoms = about.StringList("signs_or_symptoms"),
            PossibleTreatments = about.StringList("possible_treatments"),
            KeyLines = keyLines,
        };
    }
}
