using System.Globalization;
using System.Text;
using System.Xml;
using ScarGuide.Pages;
using ScarGuide.Pipeline;

namespace ScarGuide.Sitemap;

/// <summary>
/// Writes <c>sitemap.xml</c> with every indexable page and its last change; past 50,000 URLs, numbered sitemaps
/// and a sitemap index, as the protocol requires. Also writes <c>robots.txt</c> pointing at it. A multilingual site has
/// one sitemap for all its languages, each page with its hreflang alternates as <c>xhtml:link</c>: the same set as the
/// page's head (both come from LinkTranslations).
/// </summary>
public sealed class WriteSitemap : IStep
{
    public const int MaxUrlsPerFile = 50_000;

    public string Name => "sitemap";

    public void Run(BuildContext context)
    {
        // Each language's pages in the order of languages:, by address within it (one language: as before).
        // Loops, not LINQ over (site, page) tuples: those had no precompiled code in the shipped tool.
        var pages = new List<(BuildContext Site, OutputPage Page)>();
        foreach (var site in context.LanguageSites)
            foreach (var page in site.OutputPages.Where(p => p.Indexable).OrderBy(p => p.UrlPath, StringComparer.Ordinal))
                pages.Add((site, page));
        if (pages.Count <= MaxUrlsPerFile)
        {
            context.Output.Write(SitePaths.Sitemap, UrlSet(context, pages));
        }
        else
        {
            var parts = (pages.Count + MaxUrlsPerFile - 1) / MaxUrlsPerFile;
            for (var i = 0; i < parts; i++)
                context.Output.Write(SitePaths.SitemapPart(i + 1),
                    UrlSet(context, pages.GetRange(i * MaxUrlsPerFile, Math.Min(MaxUrlsPerFile, pages.Count - i * MaxUrlsPerFile))));
            context.Output.Write(SitePaths.Sitemap, Index(context, parts));
        }
        // Every language's search page is kept out (its results are other pages); one sitemap lists all languages.
        var disallow = string.Concat(context.LanguageSites.Select(site => $"Disallow: {site.Href(SitePaths.Search)}\n"));
        var robots = $"User-agent: *\nAllow: /\n{disallow}\nSitemap: {context.Absolute("sitemap.xml")}\n";
        context.Output.Write(SitePaths.Robots, Encoding.UTF8.GetBytes(robots));
    }

    private static XmlWriterSettings Settings => new() { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };

    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    private static byte[] UrlSet(BuildContext context, List<(BuildContext Site, OutputPage Page)> pages)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            if (context.LanguageSites.Count > 1) xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            foreach (var (site, page) in pages)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", site.Absolute(page.UrlPath));
                foreach (var alternate in page.Translations?.Alternates ?? [])
                {
                    xml.WriteStartElement("link", Xhtml);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.Hreflang);
                    xml.WriteAttributeString("href", alternate.Href);
                    xml.WriteEndElement();
                }
                if (page.LastModified is { } modified)
                    xml.WriteElementString("lastmod", Feeds.WriteFeeds.Rfc3339(modified));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }

    private static byte[] Index(BuildContext context, int count)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("sitemapindex", "http://www.sitemaps.org/schemas/sitemap/0.9");
            for (var i = 1; i <= count; i++)
            {
                xml.WriteStartElement("sitemap");
                xml.WriteElementString("loc", context.Absolute(SitePaths.SitemapPart(i)));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }
}
