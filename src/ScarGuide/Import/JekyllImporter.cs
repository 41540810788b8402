using System.Globalization;
using System.Text.RegularExpressions;
using ScarGuide.Taxonomy;

namespace ScarGuide.Import;

/// <summary>
/// Reads a Jekyll site folder: <c>_posts/</c> (and <c>_drafts/</c>) become articles, other files with front matter
/// pages. The old address of each comes from <c>permalink</c> (the file's or <c>_config.yml</c>'s pattern) and
/// <c>redirect_from</c>; Liquid that has a Markdown form is rewritten, other tags are listed and removed.
/// </summary>
internal sealed partial class JekyllImporter(Action<int, int>? progress = null)
{
    private static readonly string[] Extensions = [".md", ".markdown", ".mkd", ".mkdn", ".html", ".htm"];

    public ImportResult Read(string root, string shownName)
    {
        root = Path.GetFullPath(root);
        var result = new ImportResult(shownName);
        var report = result.Report;
        var configPath = new[] { "_config.yml", "_config.yaml" }.Select(n => Path.Combine(root, n)).FirstOrDefault(File.Exists);
        var config = configPath is null ? SourceFile.Parse("", "_config.yml") : SourceFile.Parse("---\n" + File.ReadAllText(configPath) + "\n---\n", "_config.yml");
        if (configPath is null) report.General("No _config.yml: old addresses follow Jekyll's default permalink pattern (`date`).");
        result.SiteTitle = config.String("title") ?? "";
        result.SiteDescription = config.String("description") ?? "";
        var oldSite = (config.String("url") ?? "").TrimEnd('/') + (config.String("baseurl") ?? "").TrimEnd('/');
        var content = new StaticSiteContent(root, result, oldSite.Length > 0 ? oldSite : null);
        result.BaseUrl = oldSite.Length > 0 ? oldSite : null;
        var pattern = Pattern(config.String("permalink"));
        var lang = config.String("lang") ?? config.String("language");
        if (lang is { Length: >= 2 }) result.DefaultLanguage = lang.Split('-', '_')[0].ToLowerInvariant();
        var excluded = config.List("exclude", splitSpaces: false);

        var files = new List<(string Path, bool Post, bool Draft)>();
        foreach (var folder in new[] { "_posts", "_drafts" })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            files.AddRange(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Select(f => (f, true, folder == "_drafts")));
        }
        foreach (var f in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, f).Replace('\\', '/');
            if (relative.Split('/').SkipLast(1).Any(s => s.StartsWith('_') || s.StartsWith('.') || s is "vendor" or "node_modules" or "assets")) continue;
            if (!Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)) continue;
            if (excluded.Any(e => relative.StartsWith(e.TrimStart('/'), StringComparison.Ordinal))) continue;
            var name = Path.GetFileNameWithoutExtension(f);
            if (name is "index" or "404" or "README" or "CHANGELOG" or "LICENSE" || !File.ReadAllText(f).StartsWith("---", StringComparison.Ordinal)) continue;
            files.Add((f, false, false));
        }
        if (files.Count == 0) throw new ImportException($"{shownName}: no _posts/ folder and no pages with front matter; this does not look like a Jekyll site.");
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        var parsed = new List<(ImportedItem Item, SourceFile File, string Path, bool Html)>();
        foreach (var (path, post, draftFolder) in files)
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var file = SourceFile.Parse(File.ReadAllText(path), relative);
            var name = Path.GetFileNameWithoutExtension(path);
            var dated = DatedName().Match(name);
            var slugSource = file.String("slug") ?? (dated.Success ? dated.Groups["slug"].Value : name);
            var date = SourceFile.Date(file.String("date")) ?? (dated.Success ? SourceFile.Date(dated.Groups["date"].Value) : null);
            var published = !string.Equals(file.String("published"), "false", StringComparison.OrdinalIgnoreCase);
            var draft = draftFolder || !published;
            var type = post ? "post" : "page";
            var status = draftFolder ? "draft" : published ? "published" : "published: false";
            report.Found(type, status, draft ? Outcome.Draft : Outcome.Published);
            var title = file.String("title") ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slugSource.Replace('-', ' '));
            var categories = file.List("categories", splitSpaces: true).Concat(file.List("category", splitSpaces: true)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var item = new ImportedItem
            {
                Kind = post ? ImportedKind.Article : ImportedKind.Page,
                Slug = slugSource,
                Title = title,
                Date = date ?? (post ? new DateTimeOffset(File.GetLastWriteTimeUtc(path).Date, TimeSpan.Zero) : null),
                Updated = SourceFile.Date(file.String("last_modified_at") ?? file.String("updated")),
                Draft = draft,
                Origin = relative,
                Categories = categories,
                Tags = file.List("tags", splitSpaces: true).Concat(file.List("tag", splitSpaces: true)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Language = (file.String("lang") ?? file.String("language")) is { Length: >= 2 } l && !l.Split('-', '_')[0].Equals(result.DefaultLanguage, StringComparison.OrdinalIgnoreCase) ? l.Split('-', '_')[0].ToLowerInvariant() : null,
            };
            if (item.Date is { } d && d > result.Stamp) result.Stamp = d;
            var author = file.String("author") ?? file.String("authors");
            if (author is { Length: > 0 }) item.Author = content.Person(author);
            else if (item.Kind == ImportedKind.Article) item.Author = "Editorial team";
            // Old addresses: the pattern's, the file's own permalink, and redirect_from.
            var permalink = file.String("permalink");
            var old = post ? Expand(permalink ?? pattern, categories, date, Slug.From(slugSource), Path.GetExtension(path))
                : permalink ?? "/" + Path.ChangeExtension(relative, ".html");
            item.Aliases.Add(old);
            if (!post && permalink is null && pattern.EndsWith('/')) item.Aliases.Add("/" + Path.ChangeExtension(relative, null) + "/");
            item.Aliases.AddRange(file.List("redirect_from", splitSpaces: false));
            foreach (var a in item.Aliases) content.ByOldPath.TryAdd(StaticSiteContent.OldPath(a), item);
            content.ByFileName.TryAdd(name, item);
            if (dated.Success) content.ByFileName.TryAdd(dated.Groups["slug"].Value, item);
            parsed.Add((item, file, path, Path.GetExtension(path).StartsWith(".htm", StringComparison.OrdinalIgnoreCase)));
        }
        SiteWriter.AssignSlugs(parsed.Select(p => p.Item).ToList(), report);

        var done = 0;
        foreach (var (item, file, path, html) in parsed)
        {
            var notes = new List<string>();
            if (file.ReadLoosely) notes.Add("the front matter was not valid YAML and was read line by line: check the title, dates and lists");
            ImportedTerms.Clean(item, report);
            var body = Liquid(file.Body, file, content, notes);
            if (html)
            {
                var converter = new HtmlToMarkdown { Link = href => content.Link(href) ?? href };
                body = converter.Convert(body);
                notes.AddRange(converter.Notes.Distinct());
            }
            body = Kramdown().Replace(body, "");
            body = content.Rewrite(body, Path.GetDirectoryName(path)!, ["", "static"], notes);
            item.Body = Anchors.Fix(body.Trim('\n'), notes);
            item.Description = StaticSiteContent.Description(file, item.Body, item.Title, notes);
            var image = file.String("image") ?? file.String("image_feature") ?? file.String("featured_image");
            if (image is { Length: > 0 })
            {
                var local = content.Image(image, Path.GetDirectoryName(path)!, ["", "static"], out _);
                if (local is null) notes.Add($"the front matter's image `{image}` was not found in the site folder; set `image:` by hand");
                else
                {
                    item.Image = local;
                    item.ImageAlt = file.String("image_alt") ?? file.String("alt") ?? "";
                    if (item.ImageAlt.Length == 0) { item.ImageAlt = item.Title; notes.Add("the image had no alt text: `image_alt` is the title for now; describe what it shows"); }
                }
            }
            if (item.Draft) notes.Add(file.Is("published", "false") ? "`published: false`: imported with `draft: true`" : "in _drafts/: imported with `draft: true`");
            foreach (var n in notes.Distinct()) report.Note(SiteWriter.ItemPath(item), n);
            result.Items.Add(item);
            progress?.Invoke(++done, parsed.Count);
        }
        if (parsed.Count(p => p.Item.Kind == ImportedKind.Article && p.Item.Categories.SequenceEqual(["Uncategorized"])) is > 0 and var uncategorized)
            report.General($"{uncategorized} posts had no category and are filed under \"Uncategorized\": ScarGuide needs one; choose real ones.");
        content.AddPeople();
        return result;
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{1,2}-\d{1,2})-(?<slug>.+)$")]
    private static partial Regex DatedName();

    [GeneratedRegex(@"(?m)^\{:[^}\n]*\}[ \t]*\n?|\{:[^}\n]*\}")]
    private static partial Regex Kramdown();

    /// <summary>The site-wide permalink pattern: Jekyll's named styles or a pattern of its own.</summary>
    private static string Pattern(string? permalink) => (permalink ?? "date") switch
    {
        "date" => "/:categories/:year/:month/:day/:title:output_ext",
        "pretty" => "/:categories/:year/:month/:day/:title/",
        "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
        "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none" => "/:categories/:title:output_ext",
        var custom => custom,
    };

    private static string Expand(string pattern, List<string> categories, DateTimeOffset? date, string slug, string extension)
    {
        var d = date ?? DateTimeOffset.UnixEpoch;
        var url = pattern
            .Replace(":categories", string.Join('/', categories.Select(c => Slug.From(c))), StringComparison.Ordinal)
            .Replace(":year", d.ToString("yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":short_year", d.ToString("yy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":i_month", d.Month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":month", d.ToString("MM", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":i_day", d.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":y_day", d.DayOfYear.ToString("000", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":day", d.ToString("dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":title", slug, StringComparison.Ordinal)
            .Replace(":slug", slug, StringComparison.Ordinal)
            .Replace(":output_ext", ".html", StringComparison.Ordinal);
        return Regex.Replace(url, "/{2,}", "/");
    }

    /// <summary>Liquid: <c>{{ site.baseurl }}</c>, <c>{% link %}</c>, <c>{% post_url %}</c> and <c>{% highlight %}</c> rewritten; other tags listed and removed.</summary>
    private static string Liquid(string body, SourceFile file, StaticSiteContent content, List<string> notes)
    {
        // The page's own front matter ({{ page.image }}) and embeds ({% oembed URL %}, {% youtube ID %}) have a Markdown form.
        body = Regex.Replace(body, @"\{\{-?\s*page\.(\w+)\s*-?\}\}", m => file.String(m.Groups[1].Value) is { } value ? value : m.Value);
        body = Regex.Replace(body, @"\{%-?\s*(?:oembed|embed)\s+(https?://\S+?)\s*-?%\}", m => "[" + EmbedTitle(m.Groups[1].Value) + "](" + m.Groups[1].Value + ")");
        body = Regex.Replace(body, @"\{%-?\s*youtube\s+[""']?([\w-]+)[""']?\s*-?%\}", m => "[Watch the video on YouTube](https://www.youtube.com/watch?v=" + m.Groups[1].Value + ")");
        body = Regex.Replace(body, @"\{\{-?\s*site\.(baseurl|url)\s*-?\}\}", "");
        body = Regex.Replace(body, @"\{\{-?\s*[""']([^""']*)[""']\s*\|\s*(relative_url|absolute_url|prepend:\s*site\.baseurl)\s*-?\}\}", "$1");
        body = Regex.Replace(body, @"\{%-?\s*post_url\s+([^\s%]+)\s*-?%\}", m =>
            content.ByFileName.TryGetValue(Path.GetFileName(m.Groups[1].Value), out var item) ? StaticSiteContent.Target(item) : Unresolved(m, notes));
        body = Regex.Replace(body, @"\{%-?\s*link\s+([^\s%]+)\s*-?%\}", m =>
            content.ByFileName.TryGetValue(Path.GetFileNameWithoutExtension(m.Groups[1].Value), out var item) ? StaticSiteContent.Target(item) : Unresolved(m, notes));
        body = Regex.Replace(body, @"\{%-?\s*highlight\s+(\w+)[^%]*-?%\}\s*\n?(.*?)\n?\{%-?\s*endhighlight\s*-?%\}", m => "```" + m.Groups[1].Value + "\n" + m.Groups[2].Value.TrimEnd('\n') + "\n```", RegexOptions.Singleline);
        body = Regex.Replace(body, @"\{%-?\s*(raw|endraw)\s*-?%\}", "");
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = Regex.Replace(lines[i], @"\{%-?\s*(\w+).*?-?%\}|\{\{.*?\}\}", m =>
            {
                notes.Add($"line {i + 1} of the body: Liquid `{Shorten(m.Value)}` has no equivalent and was removed");
                return "";
            });
        }
        return string.Join('\n', lines);
    }

    private static string EmbedTitle(string url) =>
        url.Contains("youtu", StringComparison.OrdinalIgnoreCase) ? "Watch the video on YouTube"
        : url.Contains("vimeo", StringComparison.OrdinalIgnoreCase) ? "Watch the video on Vimeo"
        : WebUrl.TryCreate(url, out var uri) ? "View on " + uri.Host : url;

    private static string Unresolved(Match m, List<string> notes)
    {
        notes.Add($"`{m.Value}` names a file that was not imported; the link points nowhere until you fix it");
        return "#";
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..57] + "…" : text;
}
