namespace ScarGuide.FrontMatter;

/// <summary>One question and answer written in front matter (<c>faq:</c>), answer in Markdown.</summary>
public sealed record FaqSource(string Question, string AnswerMarkdown, int Line);

/// <summary>
/// A reference shown under "References" and cited in JSON-LD: a web page (<c>url</c>) or a paper, identified by
/// <c>doi</c> and/or <c>pmid</c> and described by authors, journal, year, volume, issue and pages (AMA style).
/// </summary>
public sealed record SourceLink(string Title, string? Url)
{
    public string? Doi { get; init; }
    public string? Pmid { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Journal { get; init; }
    public int? Year { get; init; }
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    public string? Pages { get; init; }

    /// <summary>The file line of the entry, for diagnostics about it.</summary>
    public int Line { get; init; }

    /// <summary>A paper rather than a web page: cited in AMA style and as a ScholarlyArticle.</summary>
    public bool IsPaper => Doi is not null || Pmid is not null || Journal is not null;

    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + string.Join('/', Doi.Split('/').Select(Uri.EscapeDataString));

    public string? PubMedUrl => Pmid is null ? null : $"https://pubmed.ncbi.nlm.nih.gov/{Pmid}/";

    /// <summary>Where the title links: the page given, else the DOI, else PubMed.</summary>
    public string? Link => Url ?? DoiUrl ?? PubMedUrl;
}

/// <summary>The typed front matter of an article or static page, as the editor wrote it.</summary>
public sealed record FrontMatterData
{
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public DateTimeOffset? Date { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Author { get; init; }
    public string? Reviewer { get; init; }
    public DateTimeOffset? Reviewed { get; init; }

    /// <summary>A review interval shorter than the site's (<c>review_interval_months:</c>).</summary>
    public int? ReviewIntervalMonths { get; init; }

    /// <summary>This article's own reading-level target (<c>readability:</c>), instead of the site's.</summary>
    public ScarGuide.Readability.ReadabilitySettings? Readability { get; init; }

    /// <summary>The condition or procedure the article is about (<c>about:</c>).</summary>
    public Medical.MedicalEntity? About { get; init; }

    /// <summary>An earlier due date for the next review than the interval gives (<c>next_review:</c>).</summary>
    public DateTimeOffset? NextReview { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Image { get; init; }
    public string? ImageAlt { get; init; }

    /// <summary>Where the subject of <c>image</c> is, as <c>x, y</c> fractions of its width and height (<c>focus: 0.3, 0.6</c>); crops keep it in view.</summary>
    public string? Focus { get; init; }
    public IReadOnlyList<FaqSource> Faq { get; init; } = [];
    public IReadOnlyList<SourceLink> Sources { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    public string? Slug { get; init; }
    public bool Draft { get; init; }
    public string? Layout { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public bool Noindex { get; init; }
    public bool Featured { get; init; }
    public bool? Toc { get; init; }
    public string? Breadcrumb { get; init; }

    /// <summary>The page's language code (<c>lang: es</c>) when its file name does not say it (<c>x.es.md</c>).</summary>
    public string? Lang { get; init; }

    /// <summary>Ties translations whose file names differ (<c>translation_key:</c>); by default the file name without its language.</summary>
    public string? TranslationKey { get; init; }

    /// <summary>A translation's record of the source's <c>reviewed</c> date it was translated from (<c>source_reviewed:</c>).</summary>
    public DateTimeOffset? SourceReviewed { get; init; }

    /// <summary>Keys the contract does not know, kept for templates as <c>page.params.x</c>.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();

    /// <summary>The line each key was written on, so later steps can point at it.</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();

    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 1;
}
