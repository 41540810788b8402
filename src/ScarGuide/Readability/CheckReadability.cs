using System.Globalization;
using ScarGuide.Content;
using ScarGuide.Pipeline;

namespace ScarGuide.Readability;

/// <summary>
/// Warns about articles whose prose (body and FAQ answers) reads harder than the target (<c>readability:</c> in
/// site.yml or front matter), naming the three hardest sentences at their lines: above a Flesch–Kincaid grade in
/// English, below a Szigriszt-Pazos perspicuity (INFLESZ) in Spanish. Articles of fewer than
/// <see cref="ReadingLevel.MinWordsToJudge"/> words are not judged. Articles in a language without a formula are not
/// scored, and the build says so once per language. The scores themselves are made by RenderMarkdown from the same
/// parse as the HTML (<see cref="Markdown.RenderedBody.Reading"/>).
/// </summary>
public sealed class CheckReadability : IStep
{
    /// <summary>Health-literacy guidance (NIH: below 8th grade; AMA: 6th) sets the default target.</summary>
    public const double DefaultMaxGrade = ReadabilitySettings.DefaultMaxGrade;

    public string Name => "readability";

    public void Run(BuildContext context)
    {
        var unscored = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var scored = new List<ContentPage>(context.Content.Count);
        foreach (var page in context.Content)
        {
            if (!page.IsArticle) continue;
            if (ReadingLanguage.FormulaOf(context, page) != ReadingFormula.None) scored.Add(page);
            else if (Settings(context, page).AnyOn)
                unscored[ReadingLanguage.LanguageOf(context, page)] = unscored.GetValueOrDefault(ReadingLanguage.LanguageOf(context, page)) + 1;
        }
        // Writing a warning quotes three sentences (a tenth of a second at 10,000 articles): per article, in parallel;
        // the build's diagnostics are sorted before anyone sees them.
        context.Work.ForEach(scored, page =>
        {
            if (page.Rendered.Reading is not { } reading || reading.TooShortToJudge) return;
            if (Target(context, page) is not { } target || !Misses(reading, target)) return;
            if (reading.Formula == ReadingFormula.Spanish) WarnSpanish(context, page, reading, target);
            else WarnEnglish(context, page, reading, target);
        });
        foreach (var (language, articles) in unscored)
            context.Diagnostics.Warning("reading-level-unavailable", context.DisplayPath(Path.Combine(context.Options.InputDirectory, "site.yml")), 0, 0,
                FormattableString.Invariant(
                    $"ScarGuide has no reading-level formula for the language '{language}', so the reading level of its {articles} {(articles == 1 ? "article is" : "articles are")} not checked. It scores English (Flesch–Kincaid) and Spanish (Fernández Huerta, Szigriszt-Pazos) prose."),
                "Have a reader check these articles' reading level, or set `readability: off` in site.yml to turn the check off.");
    }

    private static void WarnEnglish(BuildContext context, ContentPage page, ReadingLevel reading, double target)
    {
        var hardest = reading.Hardest;
        var sentences = string.Join("; ", hardest.Select(h =>
            FormattableString.Invariant($"line {h.Line} (grade {h.Grade:0.0}; {h.Why}): \"{h.Text}\"")));
        context.Diagnostics.Warning("reading-level", page.SourcePath, hardest.Count > 0 ? hardest[0].Line : 1, 1,
            FormattableString.Invariant(
                $"The article reads at grade {reading.FleschKincaidGrade.ToString("0.0", CultureInfo.InvariantCulture)} (Flesch–Kincaid; Flesch Reading Ease {reading.FleschReadingEase:0.0}, SMOG {reading.Smog:0.0}); patient information should read at grade {target:0.#} or below. Hardest sentences: {sentences}."),
            "Split long sentences and prefer short, everyday words; or, if the article must be technical, set `readability: { max_grade: 10 }` in its front matter.");
    }

    private static void WarnSpanish(BuildContext context, ContentPage page, ReadingLevel reading, double target)
    {
        var hardest = reading.Hardest;
        var sentences = string.Join("; ", hardest.Select(h =>
            FormattableString.Invariant($"line {h.Line} (Szigriszt-Pazos {h.Grade:0.0}; {h.Why}): \"{h.Text}\"")));
        var score = reading.SzigrisztPazos;
        context.Diagnostics.Warning("reading-level", page.SourcePath, hardest.Count > 0 ? hardest[0].Line : 1, 1,
            FormattableString.Invariant(
                $"The article scores {score.ToString("0.0", CultureInfo.InvariantCulture)} on the Szigriszt-Pazos perspicuity index, \"{reading.Inflesz}\" ({ReadabilityScore.InfleszInEnglish(score)}) on the INFLESZ scale (Fernández Huerta {reading.FernandezHuerta:0.0}); patient information should score {target:0.#} or above (\"{ReadabilityScore.Inflesz(target)}\" or easier). Hardest sentences: {sentences}."),
            "Split long sentences and prefer short, everyday words; or, if the article must be technical, set `readability: { min_inflesz: 45 }` in its front matter.");
    }

    /// <summary>Whether <paramref name="reading"/> is harder than <paramref name="target"/> in its own language's terms.</summary>
    public static bool Misses(ReadingLevel reading, double target) => reading.Formula == ReadingFormula.Spanish
        ? reading.SzigrisztPazos < target
        : reading.FleschKincaidGrade > target;

    /// <summary>The article's own settings over the site's.</summary>
    public static ReadabilitySettings Settings(BuildContext context, ContentPage page) =>
        page.Meta.Readability is { } own ? own.Over(context.Config.Readability) : context.Config.Readability;

    /// <summary>
    /// The target for the page's language (<see cref="ReadingLanguage.LanguageOf"/>): a maximum grade in English, a
    /// minimum Szigriszt-Pazos score in Spanish; null when the check is off or the language has no formula.
    /// </summary>
    public static double? Target(BuildContext context, ContentPage page) => ReadingLanguage.FormulaOf(context, page) switch
    {
        ReadingFormula.English => Settings(context, page).MaxGrade,
        ReadingFormula.Spanish => Settings(context, page).MinInflesz,
        _ => null,
    };
}
