using System.Globalization;
using System.Text;
using System.Xml;
using ScarGuide.Configuration;
using ScarGuide.Content;
using ScarGuide.IO;
using ScarGuide.Pages;
using ScarGuide.Pipeline;

namespace ScarGuide.Feeds;

/// <summary>
/// Writes an Atom feed (<c>feed.xml</c>) and an RSS 2.0 feed (<c>rss.xml</c>) of the latest articles, plus an Atom feed
/// per category. Links inside the content are made absolute, as feed readers need.
/// </summary>
public sealed class WriteFeeds : IStep
{
    public string Name => "feeds";

    public void Run(BuildContext context)
    {
        var listed = context.Articles.Where(a => a.IsListed).ToList();
        var count = context.Config.FeedCount;
        var latest = listed.Take(count).ToList();
        var feeds = new List<Feed>
        {
            new(SitePaths.AtomFeed, context.Config.Title, SitePaths.Home, latest),
            new(SitePaths.RssFeed, "rss", SitePaths.Home, latest),
        };
        foreach (var term in context.Taxonomies.Categories)
            feeds.Add(new(SitePaths.CategoryFeed(term.Slug), $"{context.Config.Title}: {term.Name}", SitePaths.Category(term.Slug),
                term.Articles.Where(a => a.IsListed).Take(count).ToList()));

        // An article is in the main feed and its categories' feeds: its links are made absolute and it is escaped
        // once, and reused while its rendered HTML is unchanged.
        var origin = AbsoluteUrls.Origin(context.Config);
        var entries = feeds.SelectMany(f => f.Articles).Distinct().ToList();
        // Kept as UTF-8: each feed copies it into its file as bytes (XmlWriter's WriteRaw transcodes a string character
        // by character, and the feeds of a 1,000-article site hold ~40 MB of article HTML).
        var escape = new Reusable<ContentPage, byte[]>("feed entries", a => a.SourcePath, a => [a.Rendered.Html, origin],
            (a, _) => Encoding.UTF8.GetBytes(XmlEscaping.Escape(AbsoluteUrls.InHtml(a.Rendered.Html, context.Config))));
        var escaped = new Dictionary<ContentPage, byte[]>(entries.Count, ReferenceEqualityComparer.Instance);
        foreach (var (article, content) in entries.Zip(context.Work.Map(escape, entries, context.Diagnostics)))
            escaped[article] = content;

        // Feeds are independent, and a dozen feeds of full article HTML take a while: made in parallel. Without memory
        // a feed's bytes go straight to the output from a buffer its thread reuses: a feed is a few hundred KB, and a
        // new array of that size per feed (and its copy) counted towards the large-object budget, whose overrun set
        // off a full collection in a 1,000-article build (17 ms with every thread stopped).
        var keep = context.Work.Remembers;
        var make = new Reusable<Feed, byte[]?>("feeds", f => f.Path, f => Inputs(context, f.Title, f.AlternatePath, f.Articles),
            (f, _) =>
            {
                var stream = t_buffer ??= new MemoryStream();
                stream.SetLength(0);
                if (f.Path == SitePaths.RssFeed) Rss(context, f.Articles, stream);
                else Atom(context, f.Articles, f.Path, f.Title, f.AlternatePath, a => escaped[a], stream);
                var bytes = stream.GetBuffer().AsSpan(0, (int)stream.Length);
                if (keep) return bytes.ToArray();
                context.Output.Write(f.Path, bytes);
                return null;
            });
        var made = context.Work.Map(make, feeds, context.Diagnostics);
        for (var i = 0; i < feeds.Count; i++)
            if (made[i] is { } bytes) context.Output.Write(feeds[i].Path, bytes);
    }

    [ThreadStatic] private static MemoryStream? t_buffer;

    private sealed record Feed(string Path, string Title, string AlternatePath, IReadOnlyList<ContentPage> Articles);

    /// <summary>
    /// Everything a feed is made from. Front matter and rendered HTML are the same objects while their file is
    /// unchanged (see BuildMemory) and are never modified, so they stand for themselves; the rest is compared by value.
    /// </summary>
    private static object?[] Inputs(BuildContext context, string title, string alternatePath, IReadOnlyList<ContentPage> articles)
    {
        var config = context.Config;
        var key = new List<object?>
        {
            title, alternatePath, config.Title, config.Description, config.Language, config.BaseUrl, config.BasePath,
            config.Organization.Name, articles.Count,
        };
        foreach (var article in articles)
        {
            key.Add(article.Meta);
            key.Add(article.Rendered.Html);
            key.Add(article.UrlPath);
            key.Add(article.Author?.Name);
        }
        return [.. key];
    }

    private static XmlWriterSettings Settings => new() { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };

    /// <summary>2026-12-01T09:30:00Z. The standard "s" pattern has a fast path; a custom pattern went through the general formatter.</summary>
    internal static string Rfc3339(DateTimeOffset d) => d.UtcDateTime.ToString("s", CultureInfo.InvariantCulture) + "Z";

    private static void Atom(BuildContext context, IReadOnlyList<ContentPage> articles, string selfPath, string title, string alternatePath,
        Func<ContentPage, byte[]> escapedContent, MemoryStream stream)
    {
        const string ns = "http://www.w3.org/2005/Atom";
        // Sized for the whole feed up front: grown by doubling, the buffer was copied a dozen times per feed of full
        // article HTML (a profile showed the copies and fresh pages at several percent of a build's CPU).
        var size = 4096L;
        foreach (var article in articles) size += escapedContent(article).Length + article.Meta.Description.Length + 1024;
        if (stream.Capacity < size) stream.Capacity = (int)Math.Min(size, Array.MaxLength);
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteAttributeString("xml", "lang", null, context.Config.Language);
            xml.WriteElementString("title", ns, title);
            if (context.Config.Description.Length > 0) xml.WriteElementString("subtitle", ns, context.Config.Description);
            xml.WriteElementString("id", ns, context.Absolute(selfPath));
            Link(xml, ns, "self", context.Absolute(selfPath), "application/atom+xml");
            Link(xml, ns, "alternate", context.Absolute(alternatePath), "text/html");
            var updated = articles.Count > 0 ? articles.Max(a => a.Modified) : DateTimeOffset.UnixEpoch;
            xml.WriteElementString("updated", ns, Rfc3339(updated));
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, context.Config.Organization.Name);
            xml.WriteEndElement();
            foreach (var article in articles)
            {
                var url = context.Absolute(article.UrlPath);
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, article.Meta.Title);
                xml.WriteElementString("id", ns, url);
                Link(xml, ns, "alternate", url, "text/html");
                xml.WriteElementString("published", ns, Rfc3339(article.Date));
                xml.WriteElementString("updated", ns, Rfc3339(article.Modified));
                xml.WriteStartElement("author", ns);
                xml.WriteElementString("name", ns, article.Author?.Name ?? article.Meta.Author ?? context.Config.Organization.Name);
                xml.WriteEndElement();
                foreach (var category in article.Meta.Categories)
                {
                    xml.WriteStartElement("category", ns);
                    xml.WriteAttributeString("term", category);
                    xml.WriteEndElement();
                }
                xml.WriteStartElement("summary", ns);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(article.Meta.Description);
                xml.WriteEndElement();
                xml.WriteStartElement("content", ns);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(""); // closes the start tag as WriteString would, even for an empty article
                // The escaped text goes straight into the stream, after what the writer holds; the writer goes on after it.
                xml.Flush();
                stream.Write(escapedContent(article));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
    }

    private static void Link(XmlWriter xml, string ns, string rel, string href, string type)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void Rss(BuildContext context, IReadOnlyList<ContentPage> articles, MemoryStream stream)
    {
        const string atom = "http://www.w3.org/2005/Atom";
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, atom);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", context.Config.Title);
            xml.WriteElementString("link", context.Absolute(""));
            xml.WriteElementString("description", context.Config.Description.Length > 0 ? context.Config.Description : context.Config.Title);
            xml.WriteElementString("language", context.Config.Language);
            xml.WriteStartElement("atom", "link", atom);
            xml.WriteAttributeString("href", context.Absolute(SitePaths.RssFeed));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            if (articles.Count > 0)
                xml.WriteElementString("lastBuildDate", articles.Max(a => a.Modified).ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
            foreach (var article in articles)
            {
                var url = context.Absolute(article.UrlPath);
                xml.WriteStartElement("item");
                xml.WriteElementString("title", article.Meta.Title);
                xml.WriteElementString("link", url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(url);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", article.Date.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
                foreach (var category in article.Meta.Categories) xml.WriteElementString("category", category);
                xml.WriteElementString("description", article.Meta.Description);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }
}
