using System.Globalization;
using System.Text;
using ScarGuide.Navigation;
using ScarGuide.Taxonomy;

namespace ScarGuide.Import;

/// <summary>
/// Writes an <see cref="ImportResult"/> as a ScarGuide site: the scaffold <c>init</c> writes (given by the caller, which
/// owns it), the articles, pages, people and images. Slugs are made unique, old addresses that would collide with a
/// new page are dropped and listed, and every file is UTF-8 without BOM with LF line ends, so a rerun is byte-identical.
/// </summary>
internal static class SiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Paths the generator writes itself, which an old address may not take (the first segment, or the first two under blog/).</summary>
    private static readonly HashSet<string> ReservedRoots = new(StringComparer.OrdinalIgnoreCase)
        { "blog", "authors", "author", "search", "glossary", "assets", "images", "tags", "categories", "feed.xml", "sitemap.xml", "robots.txt", "404.html", "index.html" };

    /// <summary>
    /// Writes the site into <paramref name="root"/>. Without <paramref name="merge"/> the folder must be new or empty;
    /// with it, no existing file is replaced (each one is listed in the report instead). Returns the files written.
    /// </summary>
    public static IReadOnlyList<string> Write(ImportResult import, IReadOnlyDictionary<string, string> scaffold, string root, bool merge)
    {
        if (!merge && Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            throw new ImportException($"{root} is not empty; an import writes a whole new site. Name a new or empty folder, or pass --merge to add to the site there.");
        var report = import.Report;
        AssignSlugs(import.Items, report);
        FilterAliases(import);
        Anchors.FixBetween(import.Items, report);

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var stamp = import.Stamp.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var hasAbout = import.Items.Any(i => i.Kind == ImportedKind.Page && i.Slug == "about" && i.Language is null);
        foreach (var (path, text) in scaffold)
        {
            // The sample article and its picture are init's example; an imported site has its own.
            if (path.StartsWith("input/articles/", StringComparison.Ordinal) || path == "input/images/healing-scar.svg") continue;
            if (path == "input/pages/about.md" && hasAbout) continue;
            var body = text.Replace("@@DATE@@", stamp, StringComparison.Ordinal).Replace("@@TITLE@@", Title(import), StringComparison.Ordinal);
            if (path == "input/site.yml") body = SiteYml(body, import);
            if (path == "input/pages/about.md")
                body = body.Replace(" Start with our first article, [caring for a healing scar](caring-for-a-healing-scar.md).", "", StringComparison.Ordinal);
            if (path == "input/authors.yml" && import.People.Count > 0) body = AuthorsYml(import.People);
            files[path] = body;
        }
        foreach (var item in import.Items) files[ItemPath(item)] = Render(item);

        var written = new List<string>();
        foreach (var (path, text) in files)
        {
            if (WriteOne(root, path, merge, report, () => File.WriteAllText(Full(root, path), Normalize(text), Utf8))) written.Add(path);
        }
        foreach (var (path, file) in import.Files)
        {
            if (WriteOne(root, path, merge, report, () => File.Copy(file.SourcePath, Full(root, path), overwrite: false))) written.Add(path);
        }
        return written;
    }

    private static string Title(ImportResult import) => import.SiteTitle.Length > 0 ? import.SiteTitle : "Your Clinic";

    private static bool WriteOne(string root, string path, bool merge, ImportReport report, Action write)
    {
        var full = Full(root, path);
        if (File.Exists(full))
        {
            if (!merge) throw new ImportException($"{path} exists already.");
            report.General($"`{path}` was already in the site and was left as it was: compare it with what the import would have written.");
            return false;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        write();
        return true;
    }

    private static string Full(string root, string path) => Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));

    public static string ItemPath(ImportedItem item) =>
        (item.Kind == ImportedKind.Article ? "input/articles/" : "input/pages/") + item.Slug + (item.Language is { } l ? "." + l : "") + ".md";

    /// <summary>The new address of an item, as a site path without the leading slash.</summary>
    public static string NewUrl(ImportedItem item) =>
        (item.Language is { } l ? l + "/" : "") + (item.Kind == ImportedKind.Article ? "blog/" + item.Slug + "/" : item.Slug + "/");

    /// <summary>Gives every item a valid slug, unique within its language (<c>x</c>, <c>x-2</c>); running it again changes nothing.</summary>
    public static void AssignSlugs(IReadOnlyList<ImportedItem> items, ImportReport report)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "index", "404", "search", "glossary", "blog", "authors" };
        foreach (var item in items)
        {
            var slug = Slug.From(item.Slug, 80);
            if (slug.Length == 0) slug = Slug.From(item.Title, 80);
            if (slug.Length == 0) slug = item.Kind == ImportedKind.Article ? "article" : "page";
            var key = (item.Language ?? "") + "/" + slug;
            if (!taken.Add(key))
            {
                var n = 2;
                while (!taken.Add((item.Language ?? "") + "/" + slug + "-" + n)) n++;
                report.Note(ItemPathOf(item, slug + "-" + n), $"Another item already had the address `{slug}`, so this one is `{slug}-{n}`.");
                slug = slug + "-" + n;
            }
            item.Slug = slug;
        }
    }

    private static string ItemPathOf(ImportedItem item, string slug) =>
        (item.Kind == ImportedKind.Article ? "input/articles/" : "input/pages/") + slug + (item.Language is { } l ? "." + l : "") + ".md";

    private static void FilterAliases(ImportResult import)
    {
        var newUrls = import.Items.Select(NewUrl).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var claimed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in import.Items)
        {
            var kept = new List<string>();
            foreach (var original in item.Aliases)
            {
                var alias = original;
                // A translation's redirect pages are written under its language's folder, so its aliases are relative to it.
                if (item.Language is { } language)
                {
                    var prefix = "/" + language + "/";
                    if (!("/" + alias.TrimStart('/')).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        import.Report.Note(ItemPath(item), $"the old address `{alias}` is outside /{language}/, where this translation's redirects are written; redirect it on the web server");
                        continue;
                    }
                    alias = "/" + alias.TrimStart('/')[(prefix.Length - 1)..];
                }
                var target = Aliases.Normalize(alias);
                if (target is null)
                {
                    if (alias.Trim('/').Length > 0)
                        import.Report.Note(ItemPath(item), $"The old address `{alias}` cannot be a redirect page; redirect it on the web server.");
                    continue;
                }
                var url = target.UrlPath;
                var full = (item.Language is { } l ? l + "/" : "") + url;
                if (newUrls.Contains(full)) continue; // the page itself answers there
                var segments = url.TrimEnd('/').Split('/');
                if (ReservedRoots.Contains(segments[0]) && (segments[0] != "blog" || segments.Length < 2 || segments[1] is "page" or "category" or "tag"))
                {
                    import.Report.Note(ItemPath(item), $"The old address `/{url}` is an address ScarGuide uses itself, so it does not redirect here.");
                    continue;
                }
                if (!claimed.Add(full))
                {
                    import.Report.Note(ItemPath(item), $"The old address `/{url}` was claimed by another item first.");
                    continue;
                }
                kept.Add("/" + url);
            }
            item.Aliases.Clear();
            item.Aliases.AddRange(kept.Distinct(StringComparer.Ordinal));
        }
    }

    private static string SiteYml(string text, ImportResult import)
    {
        if (import.SiteTitle.Length > 0)
        {
            text = ReplaceValue(text, "title: ", import.SiteTitle);
            text = ReplaceValue(text, "  name: ", import.SiteTitle);
        }
        // The new site usually replaces the old one at its address, which is what makes the old addresses redirect.
        if (import.BaseUrl is { } baseUrl && WebUrl.TryCreate(baseUrl, out var site))
        {
            var url = site.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
            text = ReplaceValue(text, "base_url: ", url);
            text = ReplaceValue(text, "  url: ", url);
        }
        if (import.SiteDescription.Length is >= 50 and <= 160)
            text = ReplaceValue(text, "description: ", import.SiteDescription);
        if (import.Languages.Count > 0)
        {
            var block = new StringBuilder("languages:                                                      # the first is the default; the others live under /<code>/\n");
            foreach (var code in new[] { import.DefaultLanguage }.Concat(import.Languages))
                block.Append("  - code: ").Append(code).Append('\n');
            text = text.Replace("language: en\n", block.ToString(), StringComparison.Ordinal);
        }
        else if (import.DefaultLanguage != "en")
            text = text.Replace("language: en\n", "language: " + import.DefaultLanguage + "\n", StringComparison.Ordinal);
        return text;
    }

    private static string ReplaceValue(string yml, string key, string value)
    {
        var lines = yml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(key, StringComparison.Ordinal)) continue;
            var comment = lines[i].IndexOf("  # EDIT", StringComparison.Ordinal);
            var tail = comment >= 0 ? lines[i][comment..] : "";
            lines[i] = key + Quote(value) + tail;
            break;
        }
        return string.Join('\n', lines);
    }

    private static string AuthorsYml(IEnumerable<ImportedPerson> people)
    {
        var sb = new StringBuilder("# Everyone who writes or reviews articles, by key. Articles name them with `author:` and `reviewer:`.\n");
        sb.Append("# Imported: add credentials and a job title to each person, and a medical reviewer with real credentials.\n");
        foreach (var p in people.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(p.Key).Append(":\n  name: ").Append(Quote(p.Name)).Append('\n');
            if (!string.IsNullOrWhiteSpace(p.Credentials)) sb.Append("  credentials: ").Append(Quote(p.Credentials!)).Append('\n');
            if (!string.IsNullOrWhiteSpace(p.Bio)) sb.Append("  bio: ").Append(Quote(p.Bio!.Trim())).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The Markdown file of one item: front matter in the order of the content guide, then the body.</summary>
    public static string Render(ImportedItem item)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title: ").Append(Quote(item.Title)).Append('\n');
        sb.Append("description: ").Append(Quote(item.Description)).Append('\n');
        if (item.Kind == ImportedKind.Article)
        {
            if (item.Date is { } date) sb.Append("date: ").Append(Date(date)).Append('\n');
            if (item.Updated is { } updated && item.Date is { } d0 && updated.Date > d0.Date) sb.Append("updated: ").Append(Date(updated)).Append('\n');
            if (item.Author is { } author) sb.Append("author: ").Append(Quote(author)).Append('\n');
            if (item.Reviewer is { } reviewer && item.Reviewed is { } reviewed)
                sb.Append("reviewer: ").Append(Quote(reviewer)).Append("\nreviewed: ").Append(Date(reviewed)).Append('\n');
            sb.Append("categories: ").Append(List(item.Categories)).Append('\n');
            if (item.Tags.Count > 0) sb.Append("tags: ").Append(List(item.Tags)).Append('\n');
        }
        if (item.Image is { } image)
        {
            sb.Append("image: ").Append(Quote(image)).Append('\n');
            sb.Append("image_alt: ").Append(Quote(item.ImageAlt ?? "")).Append('\n');
        }
        if (item.Faq.Count > 0)
        {
            sb.Append("faq:\n");
            foreach (var f in item.Faq) sb.Append("  - q: ").Append(Quote(f.Question)).Append("\n    a: ").Append(Quote(f.Answer)).Append('\n');
        }
        if (item.Aliases.Count > 0) sb.Append("aliases: ").Append(List(item.Aliases)).Append('\n');
        if (item.Noindex) sb.Append("noindex: true\n");
        if (item.Draft) sb.Append("draft: true\n");
        sb.Append("---\n");
        var body = item.Body.Trim('\n');
        if (body.Length > 0) sb.Append(body).Append('\n');
        return sb.ToString();
    }

    private static string Date(DateTimeOffset date) =>
        date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + (date.Offset == TimeSpan.Zero ? "Z" : date.ToString("zzz", CultureInfo.InvariantCulture));

    private static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
