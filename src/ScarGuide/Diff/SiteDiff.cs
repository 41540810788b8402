using ScarGuide.Diagnostics;

namespace ScarGuide.Diff;

/// <summary>How a page of the site changed between two revisions.</summary>
public enum PageChangeKind
{
    Added,
    Changed,
    Renamed,
    Removed,
}

/// <summary>A problem the change itself causes: an address that stops working, facts changed without a new medical review.</summary>
/// <param name="File">The source file, relative to the site root.</param>
public sealed record DiffProblem(Severity Severity, string Code, string File, string Message)
{
    public bool IsError => Severity == Severity.Error;
}

/// <summary>
/// A page's reading level before and after, on its language's scale: a Flesch–Kincaid grade in English (lower is
/// easier, <see cref="Target"/> is a maximum), Szigriszt-Pazos perspicuity in Spanish (higher is easier, a minimum).
/// </summary>
public sealed record ReadingChange(string Scale, double? Before, double? After, double? Target, bool HigherIsEasier)
{
    /// <summary>Whether <paramref name="score"/> meets the target (true without a target or a score).</summary>
    public bool Meets(double? score) => Target is not { } t || score is not { } s || (HigherIsEasier ? s >= t : s <= t);
}

/// <summary>The medical review line of an article: when it was reviewed before and after the change, and when the next review is due.</summary>
public sealed record ReviewLine(DateTimeOffset? ReviewedBefore, DateTimeOffset? ReviewedAfter, DateTimeOffset? NextReview, string? Reviewer)
{
    /// <summary>The change moved <c>reviewed:</c> (a reviewer looked at this version).</summary>
    public bool Moved => ReviewedAfter is not null && ReviewedAfter != ReviewedBefore;
}

/// <summary>One sentence as it was and as it is: <see cref="Before"/> is null for a sentence added, <see cref="After"/> for one removed.</summary>
public sealed record SentenceChange(string? Before, string? After);

/// <summary>
/// Why an article's medical content changed beyond wording (<see cref="MedicalChanges"/>): the facts that differ (numbers,
/// doses, durations, frequencies, percentages, negations, drug and procedure names) and the sentences that hold them.
/// </summary>
public sealed record MedicalChange(IReadOnlyList<string> Reasons, IReadOnlyList<SentenceChange> Sentences, int ChangedSentences, int TotalSentences);

/// <summary>One article or page added, changed, renamed or removed, with what a reviewer needs to know about it.</summary>
public sealed record PageChange
{
    public required PageChangeKind Kind { get; init; }
    public required bool IsArticle { get; init; }
    public required string Language { get; init; }
    public required string Title { get; init; }

    /// <summary>The page's address now (its old one for a removed page): a site path such as <c>/blog/x/</c>, or under the preview URL.</summary>
    public required string Url { get; init; }

    /// <summary>The address before a rename; null otherwise.</summary>
    public string? OldUrl { get; init; }

    /// <summary>The source file now (before, for a removed page), relative to the site root.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The source file before, when it moved.</summary>
    public string? OldSourcePath { get; init; }

    public ReadingChange? Reading { get; init; }
    public ReviewLine? Review { get; init; }
    public IReadOnlyList<Diagnostic> Introduced { get; init; } = [];
    public IReadOnlyList<Diagnostic> Resolved { get; init; } = [];
    public IReadOnlyList<string> FaqAdded { get; init; } = [];
    public IReadOnlyList<string> FaqRemoved { get; init; } = [];
    public IReadOnlyList<string> SourcesAdded { get; init; } = [];
    public IReadOnlyList<string> SourcesRemoved { get; init; } = [];

    /// <summary>Links in the body to other sites (citations in the text) added and removed.</summary>
    public IReadOnlyList<string> LinksAdded { get; init; } = [];
    public IReadOnlyList<string> LinksRemoved { get; init; } = [];

    /// <summary>Set when the medical content changed beyond wording and <c>reviewed:</c> did not move.</summary>
    public MedicalChange? NeedsReview { get; init; }
}

/// <summary>What a change does to the built site: pages added, changed, renamed and removed, and the problems it causes.</summary>
/// <param name="Base">The base revision as given, with its short commit id.</param>
/// <param name="Head">The head revision, or "work tree".</param>
/// <param name="OtherPages">Output pages (HTML) whose bytes change though their own source did not: listings, tags, related lists.</param>
/// <param name="OtherFiles">Other output files that change: feeds, sitemap, search index.</param>
/// <param name="Introduced">Diagnostics the change introduces on files that are not among <paramref name="Pages"/>.</param>
/// <param name="Resolved">Diagnostics the change resolves on files that are not among <paramref name="Pages"/>.</param>
public sealed record SiteDiff(
    string Base,
    string Head,
    IReadOnlyList<PageChange> Pages,
    IReadOnlyList<string> OtherPages,
    IReadOnlyList<string> OtherFiles,
    IReadOnlyList<Diagnostic> Introduced,
    IReadOnlyList<Diagnostic> Resolved,
    IReadOnlyList<DiffProblem> Problems)
{
    public int ErrorCount => Problems.Count(p => p.IsError) + AllIntroduced.Count(d => d.IsError);

    public int WarningCount => Problems.Count(p => !p.IsError) + AllIntroduced.Count(d => !d.IsError);

    /// <summary>Every diagnostic the change introduces, on its pages and elsewhere.</summary>
    public IEnumerable<Diagnostic> AllIntroduced => Pages.SelectMany(p => p.Introduced).Concat(Introduced);

    public int Count(PageChangeKind kind) => Pages.Count(p => p.Kind == kind);
}
