using System.Globalization;
using System.Runtime.CompilerServices;
using ScarGuide.Content;
using ScarGuide.Markdown;
using ScarGuide.Pipeline;

namespace ScarGuide.Readability;

/// <summary>
/// Per article: scores the reading level of its prose (body and FAQ answers) and warns above the target grade
/// (<c>readability:</c> in site.yml or front matter), naming the three hardest sentences at their lines.
/// Writes <see cref="ContentPage.Readability"/>. Needs RenderMarkdown (a body it refused is not scored).
/// </summary>
public sealed class ScoreReadability : PerPageStep<ContentPage>
{
    /// <summary>Health-literacy guidance (NIH: below 8th grade; AMA: 6th) sets the default target.</summary>
    public const double DefaultMaxGrade = 8;

    // The preview keeps unchanged sources' bodies (the same string) from build to build: score each body once.
    private static readonly ConditionalWeakTable<string, ReadabilityScore> Scores = new();

    public override string Name => "readability";

    protected override IReadOnlyList<ContentPage> Items(BuildContext context) => context.Content.Where(p => p.IsArticle).ToList();

    protected override void Run(ContentPage page, BuildContext context)
    {
        if (ReferenceEquals(page.Rendered, RenderedBody.Empty) && page.Body.Length > 0) return;
        var score = Scores.GetValue(page.Body, _ => Score(page));
        page.Readability = score;

        var max = page.Meta.Readability is { } own ? own.MaxGrade : context.Config.Readability.MaxGrade;
        if (max is not { } target || score.FleschKincaidGrade <= target) return;
        var hardest = score.Hardest(3);
        var grade = score.FleschKincaidGrade.ToString("0.0", CultureInfo.InvariantCulture);
        var sentences = string.Join("; ", hardest.Select(h =>
            FormattableString.Invariant($"line {h.Line} (grade {h.Grade:0.0}; {h.Why}): \"{h.Text}\"")));
        context.Diagnostics.Warning("reading-level", page.SourcePath, hardest.Count > 0 ? hardest[0].Line : 1, 1,
            FormattableString.Invariant(
                $"The article reads at grade {grade} (Flesch–Kincaid; Flesch Reading Ease {score.FleschReadingEase:0.0}, SMOG {score.Smog:0.0}); patient information should read at grade {target:0.#} or below. Hardest sentences: {sentences}."),
            "Split long sentences and prefer short, everyday words; or, if the article must be technical, set `readability: { max_grade: 10 }` in its front matter.");
    }

    private static ReadabilityScore Score(ContentPage page)
    {
        var faq = new List<FaqText>(page.Meta.Faq.Count * 2);
        foreach (var entry in page.Meta.Faq)
        {
            faq.Add(new FaqText(entry.Question, entry.Line));
            faq.Add(new FaqText(entry.AnswerMarkdown, entry.Line + 1));
        }
        return ReadabilityScorer.Score(ProseExtractor.Extract(page.Body, page.BodyLine, faq));
    }
}

/// <summary>The reading-level target (<c>readability:</c>): a maximum Flesch–Kincaid grade, or none (<c>off</c>).</summary>
public sealed record ReadabilitySettings(double? MaxGrade)
{
    public static readonly ReadabilitySettings Default = new(ScoreReadability.DefaultMaxGrade);
}
