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

    /// <summary>Written by PlanPages: what the page's template sees (its JSON-LD comes separately, see <see cref="JsonLd"/>).</summary>
    public required PageView View { get; init; }

    /// <summary>Written once, by BuildStructuredData: the page's JSON-LD <c>@graph</c> (empty for a redirect).</summary>
    public string JsonLd
    {
        get => _jsonLd ?? "";
        internal set => _jsonLd = _jsonLd is null ? value : throw new InvalidOperationException($"The JSON-LD of {OutputPath} is written once, by BuildStructuredData.");
    }

    private string? _jsonLd;

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
