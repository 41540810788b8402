using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ScarGuide.Taxonomy;

namespace ScarGuide.Import;

/// <summary>
/// Reads a WordPress export (WXR 1.0–1.2, Tools › Export): published posts and pages, drafts as drafts, the rest
/// counted and skipped; authors, categories, tags, featured images, SEO descriptions, old addresses and FAQ blocks.
/// Elements are matched by local name, so the namespace version (export/1.0, 1.1, 1.2) does not matter.
/// </summary>
internal sealed partial class WordPressImporter
{
    private readonly string _uploads;
    private readonly Action<int, int>? _progress;

    /// <param name="uploads">A local copy of <c>wp-content/uploads</c>, or null.</param>
    /// <param name="progress">Told (done, total) as items are converted.</param>
    public WordPressImporter(string? uploads, Action<int, int>? progress = null)
    {
        _uploads = uploads ?? "";
        _progress = progress;
    }

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "revision", "attachment", "nav_menu_item", "wp_block", "wp_template", "wp_template_part", "wp_navigation", "wp_global_styles",
        "custom_css", "customize_changeset", "oembed_cache", "user_request", "wp_font_family", "wp_font_face",
    };

    private sealed record Attachment(string Url, string Alt, string Title);

    private sealed class Item
    {
        public required XElement Element { get; init; }
        public required string Type { get; init; }
        public required string Status { get; init; }
        public required int Id { get; init; }
        public required string Link { get; init; }
        public ImportedItem? Imported { get; set; }
        public Dictionary<string, string> Meta { get; } = new(StringComparer.Ordinal);
    }

    public ImportResult Read(string path, string shownName)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (IOException e) { throw new ImportException($"{shownName}: cannot be read ({e.Message})."); }
        var result = new ImportResult(shownName);
        var repaired = LenientXml.Repair(text, out var repairs);
        XDocument document;
        try
        {
            document = XDocument.Parse(repaired, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new ImportException($"{shownName}:{e.LineNumber}:{e.LinePosition}: the export is not readable XML even after repairs: {e.Message}");
        }
        foreach (var r in repairs) result.Report.General($"The export needed repairs: {r}.");
        var channel = document.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "channel")
            ?? throw new ImportException($"{shownName}:{Line(document.Root)}: no <channel> under <{document.Root?.Name.LocalName}>; this is not a WordPress export (Tools › Export writes one).");
        Read(channel, result);
        return result;
    }

    private static int Line(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;

    private static string Child(XElement e, string name) =>
        e.Elements().FirstOrDefault(c => c.Name.LocalName == name) is { } c ? Inner(c) : "";

    /// <summary>The text of an element; an export without CDATA may hold raw tags, kept as markup.</summary>
    private static string Inner(XElement e) =>
        e.HasElements ? string.Concat(e.Nodes().Select(n => n is XText t ? t.Value : n.ToString(SaveOptions.DisableFormatting))) : e.Value;

    private static string Decode(string text) => WebUtility.HtmlDecode(text).Trim();

    private void Read(XElement channel, ImportResult result)
    {
        var report = result.Report;
        result.SiteTitle = Decode(Child(channel, "title"));
        result.SiteDescription = Decode(Child(channel, "description"));
        var siteUrl = Child(channel, "base_blog_url").Trim() is { Length: > 0 } b ? b : Child(channel, "link").Trim();
        result.BaseUrl = siteUrl.Length > 0 ? siteUrl : null;
        var language = Child(channel, "language").Trim();
        if (language.Length >= 2) result.DefaultLanguage = language.Split('-')[0].ToLowerInvariant();

        // People: key from the login, so posts can name them.
        var people = new Dictionary<string, ImportedPerson>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in channel.Elements().Where(e => e.Name.LocalName == "author"))
        {
            var login = Login(Child(a, "author_login"));
            if (login.Length == 0) continue;
            var name = Decode(Child(a, "author_display_name"));
            if (name.Length == 0) name = (Decode(Child(a, "author_first_name")) + " " + Decode(Child(a, "author_last_name"))).Trim();
            if (name.Length == 0) name = login;
            var bio = Decode(Child(a, "author_description"));
            var key = Slug.From(login);
            if (key.Length == 0) key = "author-" + (people.Count + 1);
            people[login] = new ImportedPerson(key, name, bio.Length > 0 ? bio : null);
        }

        var items = new List<Item>();
        foreach (var e in channel.Elements().Where(e => e.Name.LocalName == "item"))
        {
            var item = new Item
            {
                Element = e,
                Type = Child(e, "post_type").Trim() is { Length: > 0 } t ? t : "post",
                Status = Child(e, "status").Trim() is { Length: > 0 } s ? s : "publish",
                Id = int.TryParse(Child(e, "post_id").Trim(), CultureInfo.InvariantCulture, out var id) ? id : 0,
                Link = Child(e, "link").Trim(),
            };
            foreach (var m in e.Elements().Where(x => x.Name.LocalName == "postmeta"))
            {
                var key = Child(m, "meta_key").Trim();
                if (key.Length > 0) item.Meta[key] = Child(m, "meta_value");
            }
            items.Add(item);
        }

        var attachments = items.Where(i => i.Type == "attachment")
            .Select(i => (i.Id, A: new Attachment(Child(i.Element, "attachment_url").Trim(), Decode(i.Meta.GetValueOrDefault("_wp_attachment_image_alt") ?? ""), Decode(Child(i.Element, "title")))))
            .Where(a => a.A.Url.Length > 0)
            .GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First().A);
        var altByUrl = attachments.Values.Where(a => a.Alt.Length > 0).GroupBy(a => ImagePaths.UploadPath(a.Url) ?? a.Url, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Alt, StringComparer.OrdinalIgnoreCase);

        // First pass: what becomes what, so links between posts can be resolved while converting.
        var kept = new List<Item>();
        foreach (var item in items)
        {
            var type = item.Type;
            if (type is not ("post" or "page"))
            {
                report.Found(type, item.Status, Outcome.Skipped, Skipped.Contains(type) ? $"{type} (not content)" : $"{type} (a custom post type; import it by hand if you need it)");
                continue;
            }
            if (item.Status is "trash" or "auto-draft" or "inherit")
            {
                report.Found(type, item.Status, Outcome.Skipped, $"{type} ({item.Status})");
                continue;
            }
            var draft = item.Status != "publish";
            report.Found(type, item.Status, draft ? Outcome.Draft : Outcome.Published);
            var title = Regex.Replace(Decode(Child(item.Element, "title")), @"[\s\u00a0]+", " ").Trim();
            var slug = WebUtility.UrlDecode(Child(item.Element, "post_name").Trim());
            if (title.Length == 0) title = slug.Length > 0 ? Humanize(slug) : $"Untitled {type} {item.Id}";
            if (slug.Length == 0) slug = title;
            var date = ParseDate(Child(item.Element, "post_date")) ?? ParseDate(Child(item.Element, "pubDate")) ?? ParseDate(Child(item.Element, "post_modified"));
            var stamp = date ?? ParseDate(Child(channel, "pubDate")) ?? result.Stamp;
            if (date is { } d && d > result.Stamp) result.Stamp = d;
            var languageTerm = item.Element.Elements().FirstOrDefault(c => c.Name.LocalName == "category" && (string?)c.Attribute("domain") == "language")?.Attribute("nicename")?.Value;
            var imported = new ImportedItem
            {
                Kind = type == "post" ? ImportedKind.Article : ImportedKind.Page,
                Slug = slug,
                Title = title,
                Date = stamp,
                Updated = ParseDate(Child(item.Element, "post_modified")),
                Draft = draft,
                Origin = $"{type} {item.Id}",
                Categories = Terms(item.Element, "category"),
                Tags = Terms(item.Element, "post_tag"),
                Language = languageTerm is { Length: >= 2 } lt && !lt.Equals(result.DefaultLanguage, StringComparison.OrdinalIgnoreCase) ? lt.ToLowerInvariant() : null,
            };
            var login = Login(Child(item.Element, "creator"));
            if (people.TryGetValue(login, out var person)) imported.Author = person.Key;
            else if (login.Length > 0)
            {
                var key = Slug.From(login);
                person = people.Values.FirstOrDefault(p => p.Key == key) ?? new ImportedPerson(key.Length > 0 ? key : "author-" + (people.Count + 1), login, null);
                people[login] = person;
                imported.Author = person.Key;
            }

            item.Imported = imported;
            kept.Add(item);
        }
        // Polylang links a post's translations through one "post_translations" term: a translation takes the original's
        // file name (x.es.md beside x.md), which is how ScarGuide pairs them.
        foreach (var group in kept.GroupBy(i => i.Element.Elements().FirstOrDefault(c => c.Name.LocalName == "category" && (string?)c.Attribute("domain") == "post_translations")?.Attribute("nicename")?.Value ?? "")
                     .Where(g => g.Key.Length > 0))
        {
            if (group.FirstOrDefault(i => i.Imported!.Language is null) is not { } original) continue;
            foreach (var translation in group.Where(i => i.Imported!.Language is not null && i.Imported.Kind == original.Imported!.Kind))
                translation.Imported!.Slug = original.Imported!.Slug;
        }
        if (kept.Any(i => i.Imported!.Language is not null))
        {
            foreach (var code in kept.Select(i => i.Imported!.Language).OfType<string>()) result.Languages.Add(code);
            report.General("Posts carried a language (Polylang): those in " + string.Join(", ", result.Languages) + " are written as translations (`x." + result.Languages.First()
                + ".md`) and site.yml lists the languages. A translation is matched to its original by the shared address only: check the pairs.");
        }
        if (kept.Any(i => i.Meta.ContainsKey("_wpml_language") || i.Meta.ContainsKey("wpml_language")))
            report.General("WPML language data was found but is not mapped: every post is imported in the default language; move translations to `x.<code>.md` by hand.");

        // Old addresses, for links between posts and for aliases.
        var byPath = new Dictionary<string, Item>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in kept)
        {
            if (OldPath(item.Link, siteUrl) is { } p) byPath.TryAdd(p, item);
            if (OldPath(Child(item.Element, "guid").Trim(), siteUrl) is { } g) byPath.TryAdd(g, item);
            byPath.TryAdd((item.Type == "page" ? "?page_id=" : "?p=") + item.Id, item);
            byPath.TryAdd("?p=" + item.Id, item);
        }

        // Links between posts name the files, so the slugs are settled before converting.
        SiteWriter.AssignSlugs(kept.Select(i => i.Imported!).ToList(), report);
        var done = 0;
        foreach (var item in kept)
        {
            Convert(item, result, attachments, altByUrl, byPath, siteUrl, people);
            _progress?.Invoke(++done, kept.Count);
        }
        foreach (var p in people.Values.DistinctBy(p => p.Key).OrderBy(p => p.Key, StringComparer.Ordinal)) result.People.Add(p);
        result.Items.AddRange(kept.Select(i => i.Imported!));
    }

    /// <summary>A login as written, without the stray angle brackets some exports have around it.</summary>
    private static string Login(string text) => Decode(text).Trim('<', '>', ' ');

    private static string Humanize(string slug) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug.Replace('-', ' '));

    private static List<string> Terms(XElement item, string domain) =>
        item.Elements().Where(c => c.Name.LocalName == "category" && (string?)c.Attribute("domain") == domain)
            .Select(c => Decode(c.Value)).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>A URL of the old site as a path (<c>2020/01/x/</c>), or a query address (<c>?p=12</c>); null for other sites.</summary>
    internal static string? OldPath(string url, string siteUrl)
    {
        if (url.Length == 0) return null;
        if (!WebUrl.TryCreate(url, out var uri))
        {
            if (!url.StartsWith('/')) return null;
            uri = new Uri(new Uri("http://site.invalid"), url);
        }
        else if (WebUrl.TryCreate(siteUrl, out var site) && !HostMatches(uri.Host, site.Host)) return null;
        var query = uri.Query;
        var idMatch = Regex.Match(query, @"[?&](p|page_id)=(\d+)");
        if (idMatch.Success) return "?" + idMatch.Groups[1].Value + "=" + idMatch.Groups[2].Value;
        var path = WebUtility.UrlDecode(uri.AbsolutePath).Trim('/');
        if (WebUrl.TryCreate(siteUrl, out var root))
        {
            var prefix = root.AbsolutePath.Trim('/');
            if (prefix.Length > 0 && path.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase)) path = path[(prefix.Length + 1)..];
        }
        return path.Length == 0 ? null : path + (Path.HasExtension(path) ? "" : "/");
    }

    private static bool HostMatches(string a, string b) =>
        string.Equals(a.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? a[4..] : a, b.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? b[4..] : b, StringComparison.OrdinalIgnoreCase);

    internal static DateTimeOffset? ParseDate(string text)
    {
        text = text.Trim();
        if (text.Length == 0 || text.StartsWith("0000", StringComparison.Ordinal)) return null;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new DateTimeOffset(local.Date, TimeSpan.Zero);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any))
            return new DateTimeOffset(any.UtcDateTime.Date, TimeSpan.Zero);
        return null;
    }

    private void Convert(Item item, ImportResult result, Dictionary<int, Attachment> attachments, Dictionary<string, string> altByUrl,
        Dictionary<string, Item> byPath, string siteUrl, Dictionary<string, ImportedPerson> people)
    {
        var imported = item.Imported!;
        var report = result.Report;
        var file = SiteWriter.ItemPath(imported);
        var notes = new List<string>();
        ImportedTerms.Clean(imported, report);
        if (imported.Kind == ImportedKind.Article && imported.Author is null)
        {
            imported.Author = "Editorial team";
            notes.Add("the export names no author: `author` is \"Editorial team\"");
        }
        var contentElement = item.Element.Elements().FirstOrDefault(e => e.Name.LocalName == "encoded" && e.Name.NamespaceName.Contains("content", StringComparison.Ordinal))
            ?? item.Element.Elements().FirstOrDefault(e => e.Name.LocalName == "encoded");
        var html = contentElement is null ? "" : Inner(contentElement);
        var baseLine = Line(contentElement);

        // Old addresses: the permalink and ?p=ID. A static host cannot answer a query, so those go to the report.
        foreach (var old in new[] { item.Link, Child(item.Element, "guid").Trim() }.Distinct(StringComparer.Ordinal))
        {
            var p = OldPath(old, siteUrl);
            if (p is null) continue;
            if (p.StartsWith('?')) report.Unservable("/" + p, "/" + SiteWriter.NewUrl(imported));
            else imported.Aliases.Add("/" + p);
        }
        report.Unservable("/?p=" + item.Id, "/" + SiteWriter.NewUrl(imported));

        var images = new ImagePaths(_uploads, result, notes);
        var content = new WordPressContent(html, baseLine, attachments.ToDictionary(a => a.Key, a => a.Value.Url), notes);
        content.Prepare(imported.Faq);
        var converter = new HtmlToMarkdown
        {
            Image = src => images.Rewrite(src),
            Link = href => LinkTo(href, siteUrl, byPath, images) ?? href,
        };
        var markdown = converter.Convert(content.Html);
        foreach (var n in converter.Notes.Distinct()) notes.Add(n);
        markdown = Byline.Apply(markdown, imported, people, notes);
        markdown = FaqSection.Extract(markdown, imported.Faq, notes);
        imported.Body = Anchors.Fix(markdown, notes);

        // Featured image.
        if (int.TryParse(item.Meta.GetValueOrDefault("_thumbnail_id"), CultureInfo.InvariantCulture, out var thumb))
        {
            if (attachments.TryGetValue(thumb, out var a) && images.Local(a.Url) is { } local)
            {
                imported.Image = local;
                imported.ImageAlt = a.Alt.Length > 0 ? a.Alt : altByUrl.GetValueOrDefault(ImagePaths.UploadPath(a.Url) ?? "") ?? "";
                if (imported.ImageAlt.Length == 0)
                {
                    imported.ImageAlt = a.Title.Length > 0 ? a.Title : imported.Title;
                    notes.Add($"featured image `{local}` had no alt text: `image_alt` is set to \"{imported.ImageAlt}\"; describe what it shows");
                }
            }
            else notes.Add($"featured image (attachment {thumb}{(a is null ? ", not in the export" : ": " + a.Url)}) was not found in --uploads; set `image:` by hand");
        }

        // Descriptions: Yoast, then Rank Math, then the excerpt or first paragraph.
        var seo = Decode(item.Meta.GetValueOrDefault("_yoast_wpseo_metadesc") ?? "");
        if (seo.Length == 0) seo = Decode(item.Meta.GetValueOrDefault("rank_math_description") ?? "");
        seo = SeoVariables().Replace(seo, m => m.Groups[1].Value switch { "title" => imported.Title, "sitename" => result.SiteTitle, "sep" => "–", _ => "" }).Trim();
        if (seo.Length > 0) imported.Description = Regex.Replace(seo, @"\s+", " ");
        else
        {
            var excerpt = item.Element.Elements().FirstOrDefault(e => e.Name.LocalName == "encoded" && e.Name.NamespaceName.Contains("excerpt", StringComparison.Ordinal));
            var source = excerpt is not null && Inner(excerpt).Trim().Length > 0 ? PlainText.FromHtml(Inner(excerpt)) : PlainText.FirstParagraph(markdown);
            imported.Description = PlainText.CutAtSentence(source, 160);
            if (imported.Description.Length == 0) imported.Description = imported.Title + ".";
            notes.Add("no SEO description: `description` was taken from the " + (excerpt is not null && Inner(excerpt).Trim().Length > 0 ? "excerpt" : "first paragraph") + "; check it reads well in search results");
        }
        var canonical = (item.Meta.GetValueOrDefault("_yoast_wpseo_canonical") ?? item.Meta.GetValueOrDefault("rank_math_canonical_url") ?? "").Trim();
        if (canonical.Length > 0) notes.Add($"the SEO plugin's canonical address was `{canonical}`: ScarGuide makes each page its own canonical; if this content lives elsewhere, set `noindex: true`");
        var noindex = item.Meta.GetValueOrDefault("_yoast_wpseo_meta-robots-noindex") == "1" || (item.Meta.GetValueOrDefault("rank_math_robots") ?? "").Contains("noindex", StringComparison.Ordinal);
        if (noindex)
        {
            imported.Noindex = true;
            notes.Add("kept out of search engines on the old site: `noindex: true`");
        }
        if (imported.Draft) notes.Add($"was '{item.Status}' in WordPress: imported with `draft: true`");
        foreach (var n in notes) report.Note(file, n);
    }

    [GeneratedRegex(@"%%(\w+)%%")]
    private static partial Regex SeoVariables();

    /// <summary>A link to another post of the export becomes a link to its file (<c>x.md</c>), which check verifies.</summary>
    private static string? LinkTo(string href, string siteUrl, Dictionary<string, Item> byPath, ImagePaths images)
    {
        if (href.Contains("/wp-content/uploads/", StringComparison.OrdinalIgnoreCase) && ImagePaths.IsImage(href)) return images.Rewrite(href);
        var hash = href.IndexOf('#');
        var fragment = hash >= 0 ? href[hash..] : "";
        var p = OldPath(hash >= 0 ? href[..hash] : href, siteUrl);
        if (p is null || !byPath.TryGetValue(p, out var target) || target.Imported is null)
            return href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && siteUrl.Length > 0 ? siteUrl.TrimEnd('/') + href : null;
        var slug = target.Imported.Slug;
        return target.Imported.Kind == ImportedKind.Article ? slug + ".md" + fragment : "/" + slug + "/" + fragment;
    }
}
