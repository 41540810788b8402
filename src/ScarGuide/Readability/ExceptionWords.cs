namespace ScarGuide.Readability;

/// <summary>
/// Words the syllable rules get wrong, with their syllables: from the CMU Pronouncing Dictionary where it has the word
/// (first pronunciation), otherwise from a dictionary's syllable breaks (marked "not in CMUdict").
/// </summary>
internal static class ExceptionWords
{
    public static Dictionary<string, int> Create() => new(StringComparer.Ordinal)
    {
        // Abbreviations, as they are read aloud.
        ["dr"] = 2, ["drs"] = 2, ["mr"] = 2, ["mrs"] = 2, ["ms"] = 1, ["st"] = 1, ["vs"] = 2, ["etc"] = 4,
        ["approx"] = 5, ["prof"] = 3, ["fig"] = 1, ["mm"] = 4, ["cm"] = 4, ["mg"] = 3, ["kg"] = 3, ["ml"] = 4,

        // Medical words.
        ["acne"] = 2,
        ["keloid"] = 2, ["keloids"] = 2, // not in CMUdict: kee-loid
        ["hyperpigmentation"] = 6, // not in CMUdict: hy-per-pig-men-ta-tion
        ["isotretinoin"] = 6, // not in CMUdict: i-so-tret-i-no-in
        ["erythema"] = 4, // not in CMUdict: er-y-the-ma
        ["subcision"] = 3, // not in CMUdict: sub-ci-sion
        ["triamcinolone"] = 5, // not in CMUdict: tri-am-cin-o-lone

        ["diabetes"] = 4, ["caesarean"] = 3, ["placenta"] = 3, ["eczema"] = 3, ["psoriasis"] = 4,

        // Everyday words.
        ["area"] = 3, ["areas"] = 3, ["idea"] = 3, ["ideas"] = 3, ["people"] = 2, ["business"] = 2, ["businesses"] = 3,
        ["someone"] = 2, ["recipe"] = 3, ["recipes"] = 3, ["argue"] = 2, ["naked"] = 2, ["friend"] = 1, ["friends"] = 1,
        ["giant"] = 2, ["valuable"] = 3, ["wednesday"] = 2, ["initiative"] = 4, ["initiatives"] = 4, ["safety"] = 2,
        ["maybe"] = 2, ["cafe"] = 2, ["element"] = 3, ["elements"] = 3, ["nuclear"] = 3, ["linear"] = 3, ["theatre"] = 3,
        ["theater"] = 3, ["especially"] = 3,
    };
}
