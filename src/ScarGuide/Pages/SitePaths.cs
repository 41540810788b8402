namespace ScarGuide.Pages;

/// <summary>
/// The site's URL scheme in one place: every page, listing, feed and generated file's site path (relative, no base
/// path: <c>blog/x/</c>) and output file. Everything else asks this class; <c>BuildContext.Href</c> and
/// <c>Absolute</c> add the base path or URL.
/// </summary>
public static class SitePaths
{
    public const string Home = "";
    public const string Blog = "blog/";
    public const string Categories = "blog/categories/";
    public const string Tags = "blog/tags/";
    public const string Authors = "authors/";
    public const string Search = "search/";
    public const string Glossary = "glossary/";

    public const string AtomFeed = "feed.xml";
    public const string RssFeed = "rss.xml";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string SearchIndex = "search-index.json";

    /// <summary>The search index's chunks, postings and per-article fragments, which <see cref="SearchIndex"/> lists.</summary>
    public const string SearchFiles = "search-index/";
    public const string NotFound = "404.html";

    /// <summary>Fingerprinted stylesheets and scripts, and the theme's other assets.</summary>
    public const string Assets = "assets/";

    /// <summary>Taxonomy kinds as they appear in addresses (<c>blog/category/x/</c>, <c>blog/tag/x/</c>).</summary>
    public const string CategorySegment = "category", TagSegment = "tag";

    public static string Article(string slug) => $"{Blog}{slug}/";

    /// <summary>A stand-alone page (<c>pages/about.md</c>): at the root.</summary>
    public static string Page(string slug) => $"{slug}/";

    /// <summary>A category's or tag's listing, by its segment (<see cref="CategorySegment"/>, <see cref="TagSegment"/>).</summary>
    public static string Term(string segment, string slug) => $"{Blog}{segment}/{slug}/";

    public static string Category(string slug) => Term(CategorySegment, slug);

    public static string CategoryFeed(string slug) => Category(slug) + AtomFeed;

    public static string Author(string key) => $"{Authors}{key}/";

    /// <summary>Part <paramref name="number"/> of a sitemap too large for one file (<see cref="Sitemap"/> is then their index).</summary>
    public static string SitemapPart(int number) => $"sitemap-{number}.xml";

    /// <summary>Page <paramref name="number"/> of a listing: page 1 at the listing itself, page n at <c>listing/page/n/</c>.</summary>
    public static string Paged(string listing, int number) => number == 1 ? listing : $"{listing}page/{number}/";

    /// <summary>The file that serves a folder address (<c>blog/x/</c> → <c>blog/x/index.html</c>).</summary>
    public static string FileOf(string sitePath) => sitePath + "index.html";

    /// <summary>
    /// Every photo variant, in one folder of its own: a warm build moves the previous output's folder into the new one
    /// (one rename) instead of making a file per variant again. Nothing else may be written there.
    /// </summary>
    public const string ImageVariants = "img/";

    /// <summary>
    /// A photo's variant, named by its source and its key: <c>images/hero.jpg</c> → <c>img/hero-800.3fa9c2d1e0.avif</c>
    /// (<paramref name="label"/> is a width or a crop such as <c>og</c>), so it can be cached for ever, and the same
    /// name always holds the same bytes. File names are slugs: a camera's or an editor's name (<c>Before and after
    /// (IMG_4031).JPG</c>) would otherwise put spaces in a <c>srcset</c>, where a space ends the address. The folder is
    /// flat: the key tells apart two photos of the same name in different folders.
    /// </summary>
    public static string ImageVariant(string sourcePath, string label, string key, string extension) =>
        ImageVariantOf(ImageVariantStem(sourcePath), label, key, extension);

    /// <summary>The part of <see cref="ImageVariant"/> that depends on the source alone (a photo has 16 variants).</summary>
    public static string ImageVariantStem(string sourcePath) =>
        Taxonomy.Slug.From(Path.GetFileNameWithoutExtension(sourcePath)) is { Length: > 0 } name ? name : "image";

    /// <summary><see cref="ImageVariant"/> from its source's <see cref="ImageVariantStem"/>.</summary>
    public static string ImageVariantOf(string stem, string label, string key, string extension) =>
        $"{ImageVariants}{stem}-{label}.{key.AsSpan(0, 10)}{extension}";

    /// <summary>The files every language writes under its own folder (<c>es/feed.xml</c>), besides its pages.</summary>
    public static readonly IReadOnlyList<string> LanguageFiles = [AtomFeed, RssFeed, SearchIndex, NotFound];

    /// <summary>Files the build writes besides pages, which links may point at.</summary>
    public static bool IsGeneratedFile(string path) =>
        path is AtomFeed or RssFeed or Sitemap or Robots or SearchIndex or NotFound
        || path.StartsWith(Assets, StringComparison.Ordinal)
        || path.StartsWith(SearchFiles, StringComparison.Ordinal)
        || path.StartsWith("sitemap-", StringComparison.Ordinal) && path.EndsWith(".xml", StringComparison.Ordinal);
}
