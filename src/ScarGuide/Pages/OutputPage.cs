using ScarGuide.Configuration;
using ScarGuide.Content;
using ScarGuide.Navigation;
using ScarGuide.Templating;

namespace ScarGuide.Pages;

/// <summary>What kind of page this is; decides its layout, JSON-LD type and sitemap rules.</summary>
public enum PageKind
{
    Home,
    Article,
    Page,
    Blog,
    Category,
    Tag,
    CategoryIndex,
    TagIndex,
    Author,
    AuthorIndex,
    Search,
    Glossary,
    NotFound,
    Redirect,
}

/// <summary>One HTML file of the built site: where it goes, what it shows, and the data behind its JSON-LD.</summary>
public sealed class OutputPage
{
    public required PageKind Kind { get; init; }

    /// <summary>Output file, e.g. <c>blog/x/index.html</c>.</summary>
    public required string OutputPath { get; init; }

    /// <summary>Site path without base path, e.g. <c>blog/x/</c>; empty for the home page.</summary>
    public required string UrlPath { get; init; }
    public required string Layout { get; init; }

    /// <summary>The trail shown in the visible breadcrumbs and serialized as BreadcrumbList: one source for both.</summary>
    public required IReadOnlyList<Crumb> Crumbs { get; init; }

    /// <summary>Whether search engines may index it (and so whether the sitemap lists it).</summary>
    public required bool Indexable { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    public ContentPage? Source { get; init; }
    public Person? Person { get; init; }
    public IReadOnlyList<ContentPage> Items { get; init; } = [];

    /// <summary>
    /// Written by PlanPages: what the page's template sees (its JSON-LD comes separately, see <see cref="JsonLd"/>).
    /// In a one-shot build (<see cref="Pipeline.BuildOptions.ReleaseAsWritten"/>) let go once templates and feeds are
    /// done; reading it after that throws.
    /// </summary>
    public required PageView View
    {
        get => _view ?? throw new InvalidOperationException($"The view of {OutputPath} was let go once the page was written (a one-shot build).");
        init => _view = value;
    }

    private PageView? _view;

    /// <summary>
    /// Written once, by BuildStructuredData: the page's JSON-LD <c>@graph</c> (empty for a redirect). In a one-shot build
    /// it is made on each read instead, from the page as it is then (RenderTemplates reads it once, as it writes the page).
    /// </summary>
    public string JsonLd
    {
        get => _jsonLd ?? _graphs?.Invoke(this) ?? "";
        internal set => _jsonLd = _jsonLd is null && _graphs is null ? value : throw new InvalidOperationException($"The JSON-LD of {OutputPath} is written once, by BuildStructuredData.");
    }

    private string? _jsonLd;
    private Func<OutputPage, string>? _graphs;

    /// <summary>Written by BuildStructuredData in a one-shot build: how to make the JSON-LD when the page is written.</summary>
    internal void MakeJsonLdOnRead(Func<OutputPage, string> graphs) =>
        _graphs = _jsonLd is null && _graphs is null ? graphs : throw new InvalidOperationException($"The JSON-LD of {OutputPath} is written once, by BuildStructuredData.");

    /// <summary>Called by ReleaseRenderedPages in a one-shot build: no later step reads the view or the JSON-LD.</summary>
    internal void Release()
    {
        _view = null;
        _jsonLd = null;
        _graphs = null;
    }

    /// <summary>Written once, by LinkTranslations on a multilingual site: the page's translations and hreflang alternates.</summary>
    public Translation.PageTranslations? Translations
    {
        get => _translations;
        internal set => _translations = _translations is null ? value : throw new InvalidOperationException($"The translations of {OutputPath} are written once, by LinkTranslations.");
    }

    private Translation.PageTranslations? _translations;

    /// <summary>
    /// Written by RenderTemplates for a page that links to its sections point at: the element ids of the rendered
    /// HTML (null otherwise, or if it did not render).
    /// </summary>
    public IReadOnlySet<string>? RenderedIds { get; internal set; }

    /// <summary>Whether RenderTemplates should note the rendered ids (see <see cref="RenderedIds"/>).</summary>
    internal bool IsSectionTarget { get; set; }

    /// <summary>What rendering this page reads (see <see cref="RenderInputs.Page"/>): made at most once per build.</summary>
    internal Pipeline.IContentKey? InputsKey { get; set; }

    public override string ToString() => OutputPath;
}
