using ScarGuide.Configuration;
using ScarGuide.FrontMatter;
using ScarGuide.Markdown;

namespace ScarGuide.Content;

/// <summary>Articles are dated blog posts; pages are stand-alone (About) and live at <c>/&lt;slug&gt;/</c>.</summary>
public enum ContentKind
{
    Article,
    Page,
}

/// <summary>
/// A Markdown source turned into a typed page. Source fields are init-only; each later property is written
/// by exactly one step, named on it, and read only by steps after that one.
/// </summary>
/// <summary>The source of a stale translation: its language's name, its address and the review the translation has not caught up with.</summary>
public sealed record StaleSource(string LanguageName, string Url, DateTimeOffset Reviewed, DateTimeOffset? TranslatedFrom);

public sealed class ContentPage
{
    public required ContentKind Kind { get; init; }

    /// <summary>Path relative to the site root, forward slashes, e.g. <c>input/articles/x.md</c>.</summary>
    public required string SourcePath { get; init; }
    public required FrontMatterData Meta { get; init; }
    /// <summary>The Markdown after the front matter; empty once rendered in a build that releases what it wrote (<see cref="Pipeline.BuildOptions.ReleaseAsWritten"/>).</summary>
    public string Body { get => _body.ToString(); init => _body = Utf8Text.From(value); }

    /// <summary><see cref="Body"/> as it is held (ParseFrontMatter gives it as read from the file, without a string between).</summary>
    internal Utf8Text BodyText { get => _body; init => _body = value; }

    // Held as UTF-8 (half the memory): every page's body is held from front matter until Markdown renders it.
    private Utf8Text _body = Utf8Text.Empty;

    /// <summary>Called by RenderMarkdown in a one-shot build: the source is not read again.</summary>
    internal void ReleaseBody()
    {
        var body = _body;
        _body = Utf8Text.Empty;
        body.Free();
    }

    /// <summary>In a one-shot build, once the body's HTML is written (its page and the feeds).</summary>
    internal void ReleaseHtml()
    {
        var html = Rendered.HtmlText;
        if (html.IsEmpty) return;
        Rendered = Rendered with { HtmlText = Utf8Text.Empty };
        html.Free();
    }

    /// <summary>In a one-shot build, once the search analysis (its last reader) has run.</summary>
    internal void ReleasePlainText()
    {
        var plain = Rendered.PlainUtf8;
        if (plain.IsEmpty) return;
        Rendered = Rendered with { PlainUtf8 = Utf8Text.Empty };
        plain.Free();
    }
    public required int BodyLine { get; init; }

    /// <summary>The file name without extension, lower-cased: the key for <c>x.md</c> links.</summary>
    public required string FileKey { get; init; }
    public required string Slug { get; init; }

    /// <summary><see cref="FileKey"/> without its language suffix (<c>x.es</c> → <c>x</c>): <c>x.md</c> in a Spanish article links the Spanish <c>x</c>.</summary>
    public string BaseKey { get; init; } = "";

    /// <summary>Site path without base path, e.g. <c>blog/x/</c>.</summary>
    public required string UrlPath { get; init; }

    /// <summary>The language code the page is written in (the site's language on a site in one language).</summary>
    public string Language { get; init; } = "en";

    /// <summary>
    /// What the page's translations share: its kind and the file name without the language (<c>article:microneedling</c>),
    /// or its <c>translation_key:</c>.
    /// </summary>
    public string TranslationKey { get; init; } = "";

    /// <summary>False for drafts and scheduled articles (unless the build includes them).</summary>
    public required bool IsPublished { get; init; }

    public bool IsArticle => Kind == ContentKind.Article;

    /// <summary>Published, indexable articles are the only ones listed, related, searched and put in sitemaps.</summary>
    public bool IsListed => IsPublished && !Noindex;

    /// <summary>Kept out of search engines: by <c>noindex: true</c>, or as unreviewed under <c>unreviewed: noindex</c>.</summary>
    public bool Noindex => Meta.Noindex || HeldUnreviewed || HeldStale;

    /// <summary>Written by CheckTranslations: a stale translation, kept out of search under <c>translations: { stale: noindex }</c>.</summary>
    public bool HeldStale { get; internal set; }

    /// <summary>
    /// Written by CheckTranslations: set on a translation whose source was medically reviewed again after the review it
    /// was translated from (<c>source_reviewed:</c>).
    /// </summary>
    public StaleSource? Stale { get; internal set; }

    /// <summary>Written by ValidateContent: no medical review, and the site keeps unreviewed articles out of search.</summary>
    public bool HeldUnreviewed { get; internal set; }

    /// <summary>Written by ValidateContent: when the next medical review is due (null without a review date).</summary>
    public DateTimeOffset? NextReview { get; internal set; }

    public DateTimeOffset Date => Meta.Date ?? DateTimeOffset.UnixEpoch;

    public DateTimeOffset Modified => Meta.Updated is { } u && u > Date ? u : Date;

    /// <summary>Written by ResolvePeople.</summary>
    public Person? Author { get; internal set; }

    /// <summary>Written by ResolvePeople.</summary>
    public Person? Reviewer { get; internal set; }

    /// <summary>Written by RenderMarkdown.</summary>
    public RenderedBody Rendered { get; internal set; } = RenderedBody.Empty;


    /// <summary>Written by RelateArticles: pinned first, then ranked.</summary>
    public IReadOnlyList<ContentPage> Related { get; internal set; } = [];

    /// <summary>Written by LinkNeighbours: the previous (older) and next (newer) article by date.</summary>
    public ContentPage? Previous { get; internal set; }

    /// <summary>Written by LinkNeighbours.</summary>
    public ContentPage? Next { get; internal set; }

    public int ReadingMinutes => Math.Max(1, (int)Math.Ceiling(Rendered.WordCount / 220.0));

    public override string ToString() => SourcePath;
}

/// <summary>Pages by the names links and lists use for them: the file name (<c>x.es</c>) and the name without its language (<c>x</c>).</summary>
public static class FileNames
{
    /// <summary>The first page of each name, file names before names without language, in the order given.</summary>
    public static Dictionary<string, ContentPage> Index(IReadOnlyCollection<ContentPage> pages)
    {
        var byName = new Dictionary<string, ContentPage>(StringComparer.Ordinal);
        foreach (var page in pages) byName.TryAdd(page.FileKey, page);
        foreach (var page in pages) byName.TryAdd(page.BaseKey, page);
        return byName;
    }
}
