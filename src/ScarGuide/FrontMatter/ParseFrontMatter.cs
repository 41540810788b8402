using ScarGuide.Content;
using ScarGuide.Diagnostics;
using ScarGuide.Pages;
using ScarGuide.Pipeline;
using ScarGuide.Taxonomy;

namespace ScarGuide.FrontMatter;

/// <summary>What a content file's text alone decides: its front matter, body and slug.</summary>
public sealed record ParsedSource(FrontMatterData Meta, Utf8Text Body, int BodyLine, string Slug);

/// <summary>Per file: splits off the front matter, reads it into typed fields and decides slug, URL and publication.</summary>
public sealed class ParseFrontMatter : IStep
{
    public string Name => "front matter";

    /// <summary>Parsing depends on the file's text alone (and its kind and name), so an unchanged file is not parsed again.</summary>
    private static readonly Reusable<SourceText, ParsedSource?> Parse =
        new("front matter", s => s.SourcePath, s => [s.Kind, s.FileKey, s.Text], Read);

    public void Run(BuildContext context)
    {
        List<ContentPage> content;
        if (context.ReleasesAsWritten)
        {
            // A one-shot build reads each file here (ReadSources only listed it), lets it go as soon as it is parsed, and
            // makes its page (which holds the body as UTF-8) at once: the files and the bodies cut from them are never all
            // held at once.
            var texts = context.Sources.ToArray();
            context.ReleaseSources();
            var pages = context.Work.Map(Enumerable.Range(0, texts.Length).ToArray(), i =>
            {
                var source = texts[i];
                texts[i] = null!;
                ParsedSource? parsed;
                if (source.Unread is not { } file)
                    parsed = Parse.Make(source, context.Diagnostics);
                else if (ReadSources.TryReadPlain(file, out var utf8, out var chars))
                    parsed = ReadPlain(source, chars, utf8, context.Diagnostics);
                else if (ReadSources.ReadText(context, file, context.Diagnostics) is { } text)
                    parsed = Parse.Make(source = source with { Text = text, Unread = null }, context.Diagnostics);
                else
                    return null;
                return parsed is null ? null : Page(source, parsed, context.Options, context.Config, context.Diagnostics);
            });
            content = new List<ContentPage>(pages.Length);
            foreach (var page in pages)
                if (page is not null) content.Add(page);
        }
        else
        {
            var sources = context.Sources;
            var parsed = context.Work.Map(Parse, sources, context.Diagnostics);
            content = new List<ContentPage>(sources.Count);
            for (var i = 0; i < sources.Count; i++)
                if (parsed[i] is { } p) content.Add(Page(sources[i], p, context.Options, context.Config, context.Diagnostics));
        }
        context.Content = content; // sources are in path order
        // Each page now holds its front matter and body: the whole files (a quarter of a large build's memory)
        // are not needed again, and letting them go keeps the collector from carrying them to the end.
        context.ReleaseSources();
    }

    /// <summary>Publication depends on the build's options ("now", drafts, future), so it is decided per build.</summary>
    private static ContentPage Page(SourceText source, ParsedSource parsed, BuildOptions options, Configuration.SiteConfig config, DiagnosticBag diagnostics)
    {
        var (meta, body, bodyLine, slug) = parsed;
        // The language: the file name's suffix (x.es.md, Hugo's convention), else `lang:`, else the default language.
        var language = config.Language;
        var name = source.FileKey;
        if (Translation.LanguageCodes.FromFileKey(source.FileKey, config.Languages) is { } named)
        {
            (language, name) = (named.Language.Code, named.Name);
            if (meta.Slug is null) slug = Slug.From(name);
        }
        else if (meta.Lang is { } lang)
        {
            if (Translation.LanguageCodes.Find(lang, config.Languages) is { } found) language = found.Code;
            else if (!string.Equals(lang, config.Language, StringComparison.OrdinalIgnoreCase))
                diagnostics.Error("unknown-language", source.SourcePath, meta.LineOf("lang"), 1,
                    config.Languages.Count == 0
                        ? $"`lang: {lang}` names a language, but the site is in one language ({config.Language})."
                        : $"`lang: {lang}` is not one of the site's languages ({string.Join(", ", config.Languages.Select(l => l.Code))}).",
                    $"Add it to `languages:` in site.yml, or remove `lang:`.");
        }
        var isArticle = source.Kind == ContentKind.Article;
        var scheduled = isArticle && meta.Date is { } date && date > options.Now;
        return new ContentPage
        {
            Kind = source.Kind,
            SourcePath = source.SourcePath,
            Meta = meta,
            BodyText = body,
            BodyLine = bodyLine,
            FileKey = source.FileKey,
            Slug = slug,
            Language = language,
            BaseKey = name,
            TranslationKey = (isArticle ? "article:" : "page:") + (meta.TranslationKey ?? name),
            UrlPath = isArticle ? SitePaths.Article(slug) : SitePaths.Page(slug),
            IsPublished = (!meta.Draft || options.IncludeDrafts) && (!scheduled || options.IncludeFuture),
        };
    }

    /// <summary>Everything that depends on the file's text alone; null (after reporting why) when it cannot be used.</summary>
    internal static ParsedSource? Read(SourceText source, DiagnosticBag diagnostics) =>
        diagnostics.ReadFile(source.SourcePath, "front-matter", () => ReadUnguarded(source, source.Text, default, diagnostics), null);

    /// <summary>
    /// <see cref="Read"/> for a file as <see cref="ReadSources.TryReadPlain"/> gave it: its characters and the UTF-8
    /// bytes they were decoded from. The body is copied from the bytes, where a string of the file, a string of the
    /// body and that string encoded again (40 KB for a file of 8 KB) were made before.
    /// </summary>
    private static ParsedSource? ReadPlain(SourceText source, ReadOnlySpan<char> text, ReadOnlySpan<byte> utf8, DiagnosticBag diagnostics)
    {
        try
        {
            return ReadUnguarded(source, text, utf8, diagnostics);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Unreadable(source.SourcePath, "front-matter", ex);
            return null;
        }
    }

    /// <param name="utf8">The bytes <paramref name="text"/> was decoded from, or empty to encode the body from the text.</param>
    private static ParsedSource? ReadUnguarded(SourceText source, ReadOnlySpan<char> text, ReadOnlySpan<byte> utf8, DiagnosticBag diagnostics)
    {
        if (text.IsWhiteSpace())
        {
            diagnostics.Error("empty-file", source.SourcePath, 1, 1, "The file is empty.",
                "Start it with front matter (---, title, description, date, author, categories, ---) and then the article text, or delete it.");
            return null;
        }

        var (yaml, bodyStart, bodyLine) = FrontMatterParser.Split(text, source.SourcePath, diagnostics);
        if (yaml is null)
        {
            if (bodyLine == 1 && bodyStart < text.Length)
                diagnostics.Error("front-matter-missing", source.SourcePath, 1, 1, "The file has no front matter.",
                    "Start the file with a line '---', the fields (title, description, ...), and another '---'.");
            return null;
        }

        var meta = FrontMatterParser.Parse(yaml, source.SourcePath, diagnostics);
        if (meta is null) return null;

        var slug = Slug.From(source.FileKey);
        if (meta.Slug is { } custom)
        {
            if (Slug.IsValid(custom)) slug = custom;
            else
                diagnostics.Error("invalid-slug", source.SourcePath, meta.LineOf("slug"), 1,
                    $"The slug '{custom}' may only hold lower-case letters, digits and hyphens.", $"Write `slug: {Slug.From(custom)}`.");
        }
        if (slug.Length == 0)
        {
            diagnostics.Error("invalid-slug", source.SourcePath, 1, 1, "The file name gives an empty address.",
                "Rename the file with letters or digits, like my-article.md, or set `slug:`.");
            return null;
        }
        if (!CheckLength(slug, source, meta, diagnostics)) return null;
        var body = utf8.IsEmpty
            ? Utf8Text.From(text[bodyStart..])
            // Only a one-shot build hands over the file's UTF-8 (ReadPlain); RenderMarkdown frees the body once rendered.
            : Utf8Text.FromUtf8(utf8[System.Text.Encoding.UTF8.GetByteCount(text[..bodyStart])..], outsideHeap: true);
        return new ParsedSource(meta, body, bodyLine, slug);
    }

    /// <summary>Search results and address bars show about this much of a URL; longer is allowed, with a warning.</summary>
    public const int LongSlug = 80;

    /// <summary>Common file systems refuse folder names longer than 255 bytes (a slug is ASCII: one byte a character).</summary>
    public const int MaxSlug = 255;

    /// <summary>The address stays as written whatever its length; only one no file system can hold is refused.</summary>
    private static bool CheckLength(string slug, SourceText source, FrontMatterData meta, DiagnosticBag diagnostics)
    {
        if (slug.Length <= LongSlug) return true;
        var fromSlug = meta.Slug is not null && Slug.IsValid(meta.Slug);
        var (line, what) = fromSlug ? (meta.LineOf("slug"), "`slug:`") : (1, "file name");
        var shorter = Slug.From(slug, LongSlug);
        if (slug.Length > MaxSlug)
        {
            diagnostics.Error("slug-too-long", source.SourcePath, line, 1,
                $"The address from the {what} is {slug.Length} characters; a folder name can hold at most {MaxSlug}, so the page cannot be written.",
                $"Set a shorter `slug:`, e.g. `slug: {shorter}`.");
            return false;
        }
        diagnostics.Warning("long-slug", source.SourcePath, line, 1,
            $"The address from the {what} is {slug.Length} characters (/{(source.Kind == ContentKind.Article ? SitePaths.Article(slug) : SitePaths.Page(slug))}); search results and shared links cut it after about {LongSlug}. It is published as written.",
            fromSlug
                ? $"Shorten `slug:`, e.g. `slug: {shorter}` (add the old address to `aliases:` if it was already published)."
                : $"Rename the file, e.g. to {shorter}.md, or set `slug: {shorter}` (add the old address to `aliases:` if it was already published).");
        return true;
    }
}
