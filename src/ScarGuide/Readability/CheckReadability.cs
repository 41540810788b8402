using System.Globalization;
using ScarGuide.Content;
using ScarGuide.Pipeline;

namespace ScarGuide.Readability;

/// <summary>
/// Warns about articles whose prose (body and FAQ answers) reads above the target grade (<c>readability:</c> in
/// site.yml or front matter), naming the three hardest sentences at their lines. The scores themselves are made by
/// RenderMarkdown from the same parse as the HTML (<see cref="Markdown.RenderedBody.Reading"/>).
/// </summary>
public sealed class CheckReadability : IStep
{
    /// <summary>Health-literacy guidance (NIH: below 8th grade; AMA: 6th) sets the default target.</summary>
    public const double DefaultMaxGrade = 8;

    public string Name => "readability";

    public void Run(BuildContext context)
    {
        foreach (var page in context.Content)
        {
            if (!page.IsArticle || page.Rendered.Reading is not { } reading) continue;
            if (Target(context, page) is not { } target || reading.FleschKincaidGrade <= target) continue;
            var hardest = reading.Hardest;
            var sentences = string.Join("; ", hardest.Select(h =>
                FormattableString.Invariant($"line {h.Line} (grade {h.Grade:0.0}; {h.Why}): \"{h.Text}\"")));
            context.Diagnostics.Warning("reading-level", page.SourcePath, hardest.Count > 0 ? hardest[0].Line : 1, 1,
                FormattableString.Invariant(
                    $"The article reads at grade {reading.FleschKincaidGrade.ToString("0.0", CultureInfo.InvariantCulture)} (Flesch–Kincaid; Flesch Reading Ease {reading.FleschReadingEase:0.0}, SMOG {reading.Smog:0.0}); patient information should read at grade {target:0.#} or below. Hardest sentences: {sentences}."),
                "Split long sentences and prefer short, everyday words; or, if the article must be technical, set `readability: { max_grade: 10 }` in its front matter.");
        }
    }

    /// <summary>The article's own target, else the site's; null when the check is off.</summary>
    public static double? Target(BuildContext context, ContentPage page) =>
        page.Meta.Readability is { } own ? own.MaxGrade : context.Config.Readability.MaxGrade;
}

/// <summary>The reading-level target (<c>readability:</c>): a maximum Flesch–Kincaid grade, or none (<c>off</c>).</summary>
public sealed record ReadabilitySettings(double? MaxGrade)
{
    public static readonly ReadabilitySettings Default = new(CheckReadability.DefaultMaxGrade);
}
