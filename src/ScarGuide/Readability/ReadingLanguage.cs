using ScarGuide.Content;
using ScarGuide.Pipeline;

namespace ScarGuide.Readability;

/// <summary>Which published formulas score a language's prose.</summary>
public enum ReadingFormula
{
    /// <summary>No formula for the language: its prose is not scored.</summary>
    None,

    /// <summary>Flesch–Kincaid grade, Flesch Reading Ease and SMOG, with English syllables and abbreviations.</summary>
    English,

    /// <summary>Fernández Huerta and Szigriszt-Pazos (read on the INFLESZ scale), with Spanish syllables and abbreviations.</summary>
    Spanish,
}

/// <summary>The language a page's reading level is measured in, and the formulas for it.</summary>
public static class ReadingLanguage
{
    /// <summary>
    /// The language of <paramref name="page"/>'s prose as a language tag ("en", "es", "es-US"). Every reading-level
    /// caller (RenderMarkdown, CheckReadability, the editorial report) asks here, so this is the one place to change
    /// how a page's language is decided: it is the language its file is written in (ParseFrontMatter).
    /// </summary>
    public static string LanguageOf(BuildContext context, ContentPage page) => page.Language;

    /// <summary>English for "en" and "en-*", Spanish for "es" and "es-*" (any case), no formula for any other tag.</summary>
    public static ReadingFormula FormulaFor(string language)
    {
        var primary = language.AsSpan().Trim();
        var dash = primary.IndexOfAny('-', '_');
        if (dash >= 0) primary = primary[..dash];
        if (primary.Equals("en", StringComparison.OrdinalIgnoreCase)) return ReadingFormula.English;
        if (primary.Equals("es", StringComparison.OrdinalIgnoreCase)) return ReadingFormula.Spanish;
        return ReadingFormula.None;
    }

    /// <summary>The formula for <paramref name="page"/>'s language (<see cref="LanguageOf"/>).</summary>
    public static ReadingFormula FormulaOf(BuildContext context, ContentPage page) => FormulaFor(LanguageOf(context, page));
}
