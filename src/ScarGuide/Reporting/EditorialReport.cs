using ScarGuide.Content;
using ScarGuide.Diagnostics;
using ScarGuide.FrontMatter;
using ScarGuide.Pipeline;
using ScarGuide.Readability;

namespace ScarGuide.Reporting;

/// <summary>Where an article stands in its review cycle.</summary>
public enum ReviewStatus
{
    Current,
    DueSoon,
    Overdue,
    Unreviewed,
}

/// <summary>An article's reading level against its target (null target: the check is off for it).</summary>
public sealed record ReadingAgainstTarget(ReadingLevel Level, double? Target)
{
    public bool AboveTarget => Target is { } t && Level.FleschKincaidGrade > t;
}

/// <summary>One article as the editor-in-chief sees it: reading level, review, FAQ, sources, links and warnings.</summary>
public sealed record ArticleStatus(
    string Source, string Url, string Title, bool Published, ReadingAgainstTarget? Reading, ReviewStatus Review, DateTimeOffset? Reviewed,
    DateTimeOffset? NextReview, string? Reviewer, int FaqCount, int SourceCount, int SourcesWithoutIdentifiers, bool Orphan,
    IReadOnlyList<Diagnostic> Warnings);

/// <summary>
/// What <c>scarguide report</c> shows, made from a finished build: every article's status, and the site's warnings
/// by kind. The data behind both the HTML page and the JSON.
/// </summary>
public sealed class EditorialReport
{
    /// <summary>A review due within this many days counts as due soon.</summary>
    public const int DueSoonDays = 60;

    public required DateTimeOffset Now { get; init; }
    public required string SiteTitle { get; init; }
    public required IReadOnlyList<ArticleStatus> Articles { get; init; }

    /// <summary>Warning codes with their counts, most frequent first.</summary>
    public required IReadOnlyList<(string Code, int Count)> WarningsByKind { get; init; }

    public int Errors { get; init; }

    public static EditorialReport From(BuildResult build)
    {
        var context = build.Context;
        var now = context.Options.Now;
        var byFile = build.Diagnostics.Where(d => !d.IsError).GroupBy(d => d.File).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // A build that stopped before parsing (no input folder) reports no articles rather than failing.
        var content = context.Ran<ParseFrontMatter>() ? context.Content : [];
        var articles = content.Where(p => p.IsArticle)
            .OrderBy(p => p.SourcePath, StringComparer.Ordinal)
            .Select(page => Status(context, page, now, byFile.GetValueOrDefault(page.SourcePath) ?? []))
            .ToList();
        return new EditorialReport
        {
            Now = now,
            SiteTitle = context.Ran<ReadSources>() ? context.Config.Title : "",
            Articles = articles,
            WarningsByKind = build.Diagnostics.Where(d => !d.IsError).GroupBy(d => d.Code)
                .Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal).ToList(),
            Errors = build.ErrorCount,
        };
    }

    private static ArticleStatus Status(BuildContext context, ContentPage page, DateTimeOffset now, List<Diagnostic> warnings)
    {
        var reading = page.Rendered.Reading is { Words: > 0 } level
            ? new ReadingAgainstTarget(level, CheckReadability.Target(context, page))
            : null;
        var review = page.NextReview is not { } due ? ReviewStatus.Unreviewed
            : due < now ? ReviewStatus.Overdue
            : due < now.AddDays(DueSoonDays) ? ReviewStatus.DueSoon
            : ReviewStatus.Current;
        var sources = page.Meta.Sources;
        return new ArticleStatus(
            page.SourcePath, context.Absolute(page.UrlPath), page.Meta.Title, page.IsPublished, reading, review, page.Meta.Reviewed,
            page.NextReview, page.Reviewer?.Name, page.Rendered.Faq.Count, sources.Count, sources.Count(s => s.Doi is null && s.Pmid is null),
            warnings.Any(w => w.Code == "orphan"), warnings);
    }
}
