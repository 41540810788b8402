namespace ScarGuide.Templating;

// Read-only view models handed to Liquid templates. Templates never see ContentPage or BuildContext, so a
// theme can only read what is meant for display. Property names appear in templates in snake_case.

/// <summary>A date as templates need it: machine-readable and for people.</summary>
public sealed record DateView(string Iso, string Day, string Display);

/// <summary>
/// An image reference with its alt text and, when known, its size. A raster photo also has responsive candidates
/// (<c>avif_srcset</c>, <c>webp_srcset</c>, <c>srcset</c> in the fallback <c>type</c>), a 1200 × 630 <c>social</c> crop and
/// the structured-data <c>crops</c> (16:9, 4:3, 1:1, absolute URLs) when pages share it.
/// </summary>
public sealed record ImageView(string Src, string Absolute, string Alt, int? Width, int? Height)
{
    public string? AvifSrcset { get; init; }
    public string? WebpSrcset { get; init; }
    public string? Srcset { get; init; }
    public string? Type { get; init; }
    public ImageView? Social { get; init; }
    public IReadOnlyList<string> Crops { get; init; } = [];
}

/// <summary>One breadcrumb; <c>url</c> is null for the current page.</summary>
public sealed record CrumbView(string Name, string? Url, int Position);

/// <summary>A category or tag link.</summary>
public sealed record TermView(string Name, string Slug, string Url, int Count);

/// <summary>A main navigation link.</summary>
public sealed record NavView(string Title, string Url, bool Current);

/// <summary>An author or reviewer.</summary>
public sealed record PersonView(string Name, string? Credentials, string DisplayName, string? JobTitle, string? Bio, ImageView? Image, string? Url, string? ExternalUrl);

/// <summary>An article summary for cards and lists.</summary>
public sealed record CardView(string Title, string Description, string Url, ImageView? Image, DateView Date, int ReadingMinutes, IReadOnlyList<TermView> Categories);

/// <summary>A table-of-contents entry.</summary>
public sealed record TocView(int Level, string Text, string Id);

/// <summary>A FAQ entry: the answer is already sanitized HTML.</summary>
public sealed record FaqView(string Question, string Answer, string Id);

/// <summary>
/// A cited reference. A web page has a title and url; a paper (<c>is_paper</c>) has its AMA parts: authors, the title
/// in sentence case, journal, details (<c>2014;40(8):817-824</c>), DOI and PMID with their links.
/// </summary>
public sealed record SourceView(
    string Title, string? Url, bool IsPaper, string? Authors, bool TitleEndsSentence, string? Journal, string? Details,
    string? Doi, string? DoiUrl, string? Pmid, string? PubmedUrl, IReadOnlyList<string> AuthorList);

/// <summary>A glossary entry: <c>url</c> is its place on the glossary page.</summary>
public sealed record GlossaryTermView(string Term, string Slug, string Definition, IReadOnlyList<string> Synonyms, string Url);

/// <summary>A numbered page link in a pager; <c>gap_before</c> marks skipped numbers (shown as "…").</summary>
public sealed record PagerLink(int Number, string Url, bool Current, bool GapBefore);

/// <summary>A page of a paginated listing.</summary>
public sealed record PaginatorView(int Page, int TotalPages, int TotalItems, IReadOnlyList<CardView> Items, string? PrevUrl, string? NextUrl, IReadOnlyList<PagerLink> Pages);

/// <summary>
/// Everything an article page shows besides the shared page fields. <c>updated</c> is the one "last changed" date
/// (null if never changed after publication) that JSON-LD, the sitemap and the feeds use too; <c>next_review</c>
/// is when the medical review is due. The body's HTML is held as UTF-8 (<c>ContentText</c>, every article's view is held
/// until its page is written) and read as <c>content</c>.
/// </summary>
public sealed record ArticleView(
    string Title, string Description, Content.Utf8Text ContentText, DateView Date, DateView? Updated, DateView? Reviewed, DateView? NextReview,
    PersonView Author, PersonView? Reviewer, IReadOnlyList<TermView> Categories, IReadOnlyList<TermView> Tags,
    IReadOnlyList<TocView> Toc, IReadOnlyList<FaqView> Faq, IReadOnlyList<SourceView> Sources,
    IReadOnlyList<CardView> Related, CardView? Previous, CardView? Next, int ReadingMinutes, int WordCount,
    IReadOnlyList<GlossaryTermView> Terms)
{
    public string Content => ContentText.ToString();
}

/// <summary>The home page's parts.</summary>
public sealed record HomeView(CardView? Lead, IReadOnlyList<CardView> Latest, IReadOnlyList<TermView> Categories);

/// <summary>An author page: the person and their most recent articles written and reviewed, with the totals.</summary>
public sealed record AuthorPageView(PersonView Person, IReadOnlyList<CardView> Written, IReadOnlyList<CardView> Reviewed, int WrittenCount, int ReviewedCount);

/// <summary>Open Graph and article metadata for the head.</summary>
public sealed record MetaView(string OgType, string? PublishedTime, string? ModifiedTime, string? Section, IReadOnlyList<string> Tags, string Robots);

/// <summary>Site-wide values, the same for every page. <c>direction</c> is <c>ltr</c> or <c>rtl</c>, for <c>dir</c> on <c>&lt;html&gt;</c>.</summary>
public sealed record SiteView(
    string Title, string Description, string Intro, string BaseUrl, string BasePath, string Language,
    string OrganizationName, string? LogoUrl, string? Css, string? SearchScript, string FeedAtom, string FeedRss,
    string SearchUrl, string SearchIndexUrl, string HomeUrl, string BlogUrl, string CategoriesUrl, string TagsUrl,
    string ThemeColor, string Disclaimer, string Favicon, string CopyrightYear, IReadOnlyList<TermView> Categories, string Csp,
    string? GlossaryUrl, string Direction);

/// <summary>
/// One language in the switcher: <c>url</c> is this page's translation in it, or that language's home when there is
/// none (<c>exists</c> is then false), so the switcher never leads to a missing page.
/// </summary>
public sealed record TranslationView(string Code, string Name, string Url, bool Current, bool Exists, string Direction);

/// <summary>A <c>&lt;link rel="alternate" hreflang&gt;</c>: a language code (or <c>x-default</c>) and an absolute URL.</summary>
public sealed record AlternateView(string Hreflang, string Href);

/// <summary>A translation made from a review of its source that has since been superseded: the source's language and newer review date.</summary>
public sealed record StaleView(string SourceLanguage, string SourceUrl, DateView SourceReviewed, DateView? TranslatedFrom);

/// <summary>The page being rendered: shared fields plus the one section that matches its kind.</summary>
public sealed record PageView
{
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public required string Permalink { get; init; }
    public required IReadOnlyList<CrumbView> Breadcrumbs { get; init; }
    public required IReadOnlyList<NavView> Nav { get; init; }
    public required MetaView Meta { get; init; }
    public ImageView? Image { get; init; }
    public string JsonLd { get; init; } = "";
    public string? PrevUrl { get; init; }
    public string? NextUrl { get; init; }
    public string? Content { get; init; }
    public string? RedirectTo { get; init; }
    public ArticleView? Article { get; init; }
    public PaginatorView? Paginator { get; init; }
    public IReadOnlyList<TermView>? Terms { get; init; }
    public HomeView? Home { get; init; }
    public AuthorPageView? Author { get; init; }
    public IReadOnlyList<CardView>? Popular { get; init; }
    public IReadOnlyList<PersonView>? People { get; init; }
    public IReadOnlyList<GlossaryTermView>? Glossary { get; init; }

    /// <summary>The languages of a multilingual site, this page's translation in each (empty on a site in one language).</summary>
    public IReadOnlyList<TranslationView> Translations { get; init; } = [];

    /// <summary>hreflang alternates for the head: every indexable translation including this page, and x-default.</summary>
    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];

    /// <summary>Set on a translation whose source has been medically reviewed again since it was translated.</summary>
    public StaleView? Stale { get; init; }

    /// <summary>An article's Flesch–Kincaid grade, one decimal (null elsewhere), for themes that show it.</summary>
    public double? ReadingGrade { get; init; }
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();
}
