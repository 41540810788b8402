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

/// <summary>
/// An article's reading level against its target (null target: the check is off for it): a maximum Flesch–Kincaid grade
/// for English, a minimum Szigriszt-Pazos score for Spanish (<see cref="ReadingLevel.Formula"/>).
/// </summary>
public sealed record ReadingAgainstTarget(ReadingLevel Level, double? Target)
{
    /// <summary>Reads harder than the target (above the grade, or below the Spanish score), as CheckReadability warns.</summary>
    public bool AboveTarget => Target is { } t && !Level.TooShortToJudge && CheckReadability.Misses(Level, t);
}

/// <summary>One article as the editor-in-chief sees it: reading level, review, FAQ, sources, links and warnings.</summary>
public sealed record ArticleStatus(
    string Source, string Url, string Title, bool Published, ReadingAgainstTarget? Reading, ReviewStatus Review, DateTimeOffset? Reviewed,
    DateTimeOffset? NextReview, string? Reviewer, int FaqCount, int SourceCount, int SourcesWithoutIdentifiers, bool Orphan,
    IReadOnlyList<Diagnostic> Warnings);

/// <summary>A translation whose source was medically reviewed again after it was translated.</summary>
public sealed record StaleTranslation(string Source, string Url, DateTimeOffset SourceReviewed, DateTimeOffset? TranslatedFrom);

/// <summary>One language other than the default: which of the default language's articles it has, lacks, and has out of date.</summary>
public sealed record LanguageCoverage(string Code, string Name, int Translated, int Of, IReadOnlyList<string> Missing, IReadOnlyList<StaleTranslation> Stale);

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

    /// <summary>Each language after the default (none on a site in one language).</summary>
    public IReadOnlyList<LanguageCoverage> Translations { get; init; } = [];

    public static EditorialReport From(BuildResult build)
    {
        var context = build.Context;
        var now = context.Options.Now;
        var byFile = build.Diagnostics.Where(d => !d.IsError).GroupBy(d => d.File).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // A build that stopped before parsing (no input folder) reports no articles rather than failing.
        var sites = context.Ran<ParseFrontMatter>() ? context.LanguageSites : [];
        var articles = sites.SelectMany(site => site.Content.Where(p => p.IsArticle).Select(page => (Site: site, Page: page)))
            .OrderBy(p => p.Page.SourcePath, StringComparer.Ordinal)
            .Select(p => Status(p.Site, p.Page, now, byFile.GetValueOrDefault(p.Page.SourcePath) ?? []))
            .ToList();
        return new EditorialReport
        {
            Now = now,
            SiteTitle = context.Ran<ReadSources>() ? context.Config.Title : "",
            Articles = articles,
            WarningsByKind = build.Diagnostics.Where(d => !d.IsError).GroupBy(d => d.Code)
                .Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal).ToList(),
            Errors = build.ErrorCount,
            Translations = Coverage(context),
        };
    }

    private static List<LanguageCoverage> Coverage(BuildContext context)
    {
        var sites = context.LanguageSites;
        if (sites.Count < 2) return [];
        var sources = sites[0].Content.Where(p => p.IsArticle && p.IsPublished).OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
        return sites.Skip(1).Select(site =>
        {
            var keys = site.Content.Where(p => p.IsArticle).Select(p => p.TranslationKey).ToHashSet(StringComparer.Ordinal);
            var stale = site.Content.Where(p => p.Stale is not null).OrderBy(p => p.SourcePath, StringComparer.Ordinal)
                .Select(p => new StaleTranslation(p.SourcePath, site.Absolute(p.UrlPath), p.Stale!.Reviewed, p.Stale.TranslatedFrom)).ToList();
            var missing = sources.Where(s => !keys.Contains(s.TranslationKey)).Select(s => s.SourcePath).ToList();
            return new LanguageCoverage(site.Language!.Code, site.Language.Name, sources.Count - missing.Count, sources.Count, missing, stale);
        }).ToList();
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
