using System.Text;
using ScarGuide.Content;
using ScarGuide.Diagnostics;
using ScarGuide.Pipeline;

namespace ScarGuide.Markdown;

/// <summary>
/// Per page: renders the body once into HTML, headings, FAQ and plain text, and merges the front-matter FAQ.
/// Drafts are rendered too so <c>check</c> reports their problems. Needs every URL known (ValidateContent).
/// </summary>
public sealed class RenderMarkdown : IStep
{
    public string Name => "markdown";

    /// <summary>The name its results are remembered under (see <see cref="BuildMemory.LastBuild"/>).</summary>
    public const string ResultName = "markdown";

    private sealed record Rendered(RenderedBody Body, IReadOnlyList<(string Key, LinkTarget? Target)> Lookups);

    public void Run(BuildContext context)
    {
        var links = context.Links;
        // A body depends on its source and on the link targets it looked up; the lookups are only worth recording
        // when the result is remembered.
        var record = context.Work.Remembers;
        var render = new Reusable<ContentPage, Rendered>(
            ResultName,
            page => page.SourcePath,
            // A body's pictures name their variants: a changed photo renders the bodies again. Its language decides how
            // its reading level is scored.
            page => [page.Meta, page.Body, page.BodyLine, links.BasePath, links.Images.Fingerprint, Readability.ReadingLanguage.LanguageOf(context, page)],
            (page, diagnostics) =>
            {
                var formula = Readability.ReadingLanguage.FormulaOf(context, page);
                // A one-shot build holds the HTML and plain text outside the heap, and frees them as it lets them go.
                if (!record) return new Rendered(Render(page, links, diagnostics, formula, outsideHeap: context.ReleasesAsWritten), []);
                var recorded = new RecordedLinks(links);
                return new Rendered(Render(page, new LinkTargets(recorded, links.BasePath) { Images = links.Images }, diagnostics, formula), recorded.Recorded());
            })
        {
            IsCurrent = (_, remembered) => RecordedLinks.StillResolve(remembered.Lookups, links),
        };
        var release = context.ReleasesAsWritten;
        context.Work.ForEach(render, context.Content, context.Diagnostics, (page, rendered) =>
        {
            page.Rendered = rendered.Body;
            if (release) page.ReleaseBody();
        });
    }

    /// <summary>
    /// Renders one page: depends only on its source (body, front matter), the link targets it looks up and the formula
    /// of its language (<see cref="Readability.ReadingFormula.None"/>: no reading level).
    /// </summary>
    internal static RenderedBody Render(ContentPage page, LinkTargets links, DiagnosticBag diagnostics,
        Readability.ReadingFormula formula = Readability.ReadingFormula.English, bool outsideHeap = false)
    {
        var rendered = MarkdownRenderer.Render(page.Body, page.SourcePath, page.BodyLine, links, diagnostics, out var prose,
            firstImageLeads: page.Meta.Image is null, outsideHeap: outsideHeap);
        if (prose is null) return rendered; // refused (nested too deep): nothing to score

        // Front-matter FAQ answers are prose too: scored from the same parse that renders them. A question is plain
        // text on the `- q:` line, its answer usually on the next.
        var fromFrontMatter = new List<FaqItem>(page.Meta.Faq.Count);
        // Their links are checked with the body's (CheckLinks), ahead of them as the front matter is.
        var found = new List<BodyLink>();
        foreach (var f in page.Meta.Faq)
        {
            prose.Add(new Readability.ProseBlock(f.Question.Trim(), f.Line));
            fromFrontMatter.Add(new FaqItem(f.Question, MarkdownRenderer.RenderSnippet(f.AnswerMarkdown, page.SourcePath, f.Line, links, diagnostics, prose, f.Line + 1, found), f.Line));
        }
        if (formula != Readability.ReadingFormula.None)
            rendered = rendered with { Reading = Readability.ReadingLevel.Of(Readability.ReadabilityScorer.Score(prose, formula)) };
        if (found.Count > 0)
            rendered = rendered with { Links = [.. found, .. rendered.Links] };
        if (page.Meta.Faq.Count == 0)
            return rendered;

        if (rendered.Faq.Count > 0)
            diagnostics.Warning("faq-both", page.SourcePath, page.Meta.LineOf("faq"), 1,
                "The article has a FAQ in front matter and a FAQ section in the text; they are merged.",
                "Keep one of the two: either the `faq:` list or the '## Frequently Asked Questions' section.");

        // Front matter first, then Markdown questions not already asked (compared without case and punctuation).
        var merged = new List<FaqItem>(fromFrontMatter);
        var seen = fromFrontMatter.Select(f => Normalize(f.Question)).ToHashSet(StringComparer.Ordinal);
        merged.AddRange(rendered.Faq.Where(f => seen.Add(Normalize(f.Question))));
        return rendered with { Faq = merged };
    }

    // A loop, not Where/Select over the characters: LINQ's iterators over char have no precompiled code in the installed tool.
    private static string Normalize(string question)
    {
        var kept = new StringBuilder(question.Length);
        foreach (var c in question)
            if (char.IsLetterOrDigit(c)) kept.Append(char.ToLowerInvariant(c));
        return kept.ToString();
    }
}
