using System.Globalization;
using System.Text.RegularExpressions;
using ScarGuide.Taxonomy;

namespace ScarGuide.Import;

/// <summary>
/// Reads a Hugo site folder: files in a section of <c>content/</c> become articles, files at its top pages; page
/// bundles (<c>x/index.md</c>) bring their images. Front matter in YAML, TOML or JSON with keys in any capitalisation;
/// the old address from <c>url</c>, the config's <c>permalinks</c> or the path, plus <c>aliases</c>. Shortcodes with a
/// Markdown form (<c>figure</c>, <c>youtube</c>, <c>ref</c>) are converted, the others listed and removed.
/// </summary>
internal sealed partial class HugoImporter(Action<int, int>? progress = null)
{
    private static readonly string[] Extensions = [".md", ".markdown", ".html", ".htm"];
    private static readonly string[] ConfigNames = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json",
        "config/_default/hugo.toml", "config/_default/config.toml", "config/_default/hugo.yaml", "config/_default/config.yaml"];

    public ImportResult Read(string root, string shownName)
    {
        root = Path.GetFullPath(root);
        var result = new ImportResult(shownName);
        var report = result.Report;
        var configPath = ConfigNames.Select(n => Path.Combine(root, n)).FirstOrDefault(File.Exists);
        var config = configPath is null ? SourceFile.Parse("", "config") : ReadConfig(configPath);
        if (configPath is null) report.General("No Hugo config file: old addresses follow the content folders.");
        result.SiteTitle = config.String("title") ?? "";
        var baseUrl = config.String("baseURL");
        var content = new StaticSiteContent(root, result, baseUrl);
        result.BaseUrl = baseUrl;
        var permalinks = config.Data.TryGetValue("permalinks", out var p) && p is Dictionary<string, object?> map
            ? map.Where(kv => kv.Value is string).ToDictionary(kv => kv.Key, kv => (string)kv.Value!, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var defaultLanguage = (config.String("defaultContentLanguage") ?? config.String("languageCode") ?? "en").Split('-', '_')[0].ToLowerInvariant();
        result.DefaultLanguage = defaultLanguage;
        var languages = config.Data.TryGetValue("languages", out var l) && l is Dictionary<string, object?> langs
            ? langs.Keys.Select(k => k.ToLowerInvariant()).ToHashSet(StringComparer.OrdinalIgnoreCase) : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ignore = config.List("ignoreFiles", splitSpaces: false).Select(x => new Regex(x)).ToList();

        var contentDir = Path.Combine(root, config.String("contentDir") ?? "content");
        if (!Directory.Exists(contentDir)) throw new ImportException($"{shownName}: no content/ folder; this does not look like a Hugo site.");
        var files = Directory.EnumerateFiles(contentDir, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(contentDir, f).Replace('\\', '/'))
            .Where(r => !ignore.Any(x => x.IsMatch(r)))
            .Order(StringComparer.Ordinal).ToList();

        var parsed = new List<(ImportedItem Item, SourceFile File, string Path, bool Html)>();
        foreach (var relative in files)
        {
            var path = Path.Combine(contentDir, relative);
            var name = Path.GetFileNameWithoutExtension(relative);
            if (name.StartsWith("_index", StringComparison.Ordinal))
            {
                report.Found("section list (_index)", "published", Outcome.Skipped, "section list pages (_index.md): ScarGuide makes its own listings");
                continue;
            }
            var file = SourceFile.Parse(File.ReadAllText(path), relative);
            var segments = relative.Split('/');
            // A language: x.es.md, or a first folder named after a configured language.
            string? language = null;
            var dot = name.LastIndexOf('.');
            if (dot > 0 && name[(dot + 1)..] is { Length: >= 2 and <= 5 } code && (languages.Contains(code) || Regex.IsMatch(code, "^[a-z]{2}$")))
            {
                language = code.ToLowerInvariant();
                name = name[..dot];
            }
            if (segments.Length > 1 && languages.Contains(segments[0])) { language ??= segments[0].ToLowerInvariant(); segments = segments[1..]; }
            var bundle = name == "index";
            if (bundle) name = segments.Length >= 2 ? segments[^2] : "index";
            var section = segments.Length > (bundle ? 2 : 1) ? segments[0] : "";
            var draft = file.Is("draft", "true");
            var isArticle = section.Length > 0;
            report.Found(isArticle ? $"content in {section}/" : "page", draft ? "draft" : "published", draft ? Outcome.Draft : Outcome.Published);
            var dated = Regex.Match(name, @"^(?<date>\d{4}-\d{2}-\d{2})-(?<slug>.+)$");
            var slug = file.String("slug") ?? (dated.Success ? dated.Groups["slug"].Value : name);
            var title = file.String("title") ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug.Replace('-', ' '));
            var date = SourceFile.Date(file.String("date")) ?? SourceFile.Date(file.String("publishDate")) ?? (dated.Success ? SourceFile.Date(dated.Groups["date"].Value) : null);
            var item = new ImportedItem
            {
                Kind = isArticle ? ImportedKind.Article : ImportedKind.Page,
                Slug = slug,
                Title = title,
                Date = date ?? (isArticle ? new DateTimeOffset(File.GetLastWriteTimeUtc(path).Date, TimeSpan.Zero) : null),
                Updated = SourceFile.Date(file.String("lastmod")),
                Draft = draft,
                Origin = "content/" + relative,
                Categories = file.List("categories", splitSpaces: false),
                Tags = file.List("tags", splitSpaces: false),
                Language = language is not null && language != defaultLanguage ? language : null,
            };
            if (item.Language is { } lang) result.Languages.Add(lang);
            if (item.Date is { } d && d > result.Stamp) result.Stamp = d;
            var author = file.String("author") ?? file.String("authors");
            if (author is { Length: > 0 }) item.Author = content.Person(author);
            else if (item.Kind == ImportedKind.Article) item.Author = "Editorial team";
            // Hugo's :slug is the front matter's slug, or else the title.
            var urlSlug = Slug.From(file.String("slug") ?? title);
            var old = file.String("url") ?? (permalinks.TryGetValue(section, out var pattern)
                ? Expand(pattern, date, urlSlug, Slug.From(title), name, section)
                : "/" + string.Join('/', segments.SkipLast(1).Append(bundle ? "" : name)).Trim('/') + "/");
            if (item.Language is { } l2) old = "/" + l2 + "/" + old.TrimStart('/');
            item.Aliases.Add(old);
            item.Aliases.AddRange(file.List("aliases", splitSpaces: false));
            foreach (var a in item.Aliases) content.ByOldPath.TryAdd(StaticSiteContent.OldPath(a), item);
            content.ByFileName.TryAdd(relative, item);
            content.ByFileName.TryAdd(Path.GetFileName(relative), item);
            content.ByFileName.TryAdd(bundle ? name : Path.GetFileNameWithoutExtension(relative), item);
            parsed.Add((item, file, path, Path.GetExtension(path).StartsWith(".htm", StringComparison.OrdinalIgnoreCase)));
        }
        if (parsed.Count == 0) throw new ImportException($"{shownName}: content/ holds no Markdown or HTML files to import.");
        SiteWriter.AssignSlugs(parsed.Select(x => x.Item).ToList(), report);
        if (result.Languages.Count > 0)
            report.General("Content in " + string.Join(", ", result.Languages) + " is written as translations (`x.<code>.md`) of the file with the same name; site.yml lists the languages. A translation without an original is listed by check.");

        var done = 0;
        var staticRoots = new[] { "static", "assets" };
        foreach (var (item, file, path, html) in parsed)
        {
            var notes = new List<string>();
            if (file.ReadLoosely) notes.Add("the front matter was not valid YAML and was read line by line: check the title, dates and lists");
            ImportedTerms.Clean(item, report);
            var body = Shortcodes(file.Body, content, notes);
            if (html)
            {
                var converter = new HtmlToMarkdown { Link = href => content.Link(href) ?? href };
                body = converter.Convert(body);
                notes.AddRange(converter.Notes.Distinct());
            }
            body = content.Rewrite(body, Path.GetDirectoryName(path)!, staticRoots, notes);
            item.Body = Anchors.Fix(body.Trim('\n'), notes);
            item.Description = StaticSiteContent.Description(file, item.Body, item.Title, notes);
            var image = file.String("featured_image") ?? file.String("image") ?? file.String("images") ?? file.String("cover");
            if (image is { Length: > 0 })
            {
                var local = content.Image(image, Path.GetDirectoryName(path)!, staticRoots, out _);
                if (local is null) notes.Add($"the front matter's image `{image}` was not found in the site folder; set `image:` by hand");
                else
                {
                    item.Image = local;
                    item.ImageAlt = file.String("image_alt") ?? file.String("alt") ?? item.Title;
                    notes.Add("check the hero image's alt text (`image_alt`)");
                }
            }
            if (item.Draft) notes.Add("`draft: true` in Hugo: imported as a draft");
            foreach (var n in notes.Distinct()) report.Note(SiteWriter.ItemPath(item), n);
            result.Items.Add(item);
            progress?.Invoke(++done, parsed.Count);
        }
        if (parsed.Count(x => x.Item.Kind == ImportedKind.Article && x.Item.Categories.SequenceEqual(["Uncategorized"])) is > 0 and var uncategorized)
            report.General($"{uncategorized} articles had no category and are filed under \"Uncategorized\": ScarGuide needs one; choose real ones.");
        content.AddPeople();
        return result;
    }

    private static SourceFile ReadConfig(string path)
    {
        var text = File.ReadAllText(path);
        var ext = Path.GetExtension(path);
        return ext == ".toml" ? SourceFile.Parse("+++\n" + text + "\n+++\n", Path.GetFileName(path))
            : ext == ".json" ? SourceFile.Parse(text, Path.GetFileName(path))
            : SourceFile.Parse("---\n" + text + "\n---\n", Path.GetFileName(path));
    }

    private static string Expand(string pattern, DateTimeOffset? date, string slug, string titleSlug, string fileName, string section)
    {
        var d = date ?? DateTimeOffset.UnixEpoch;
        var url = pattern
            .Replace(":year", d.ToString("yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":monthname", d.ToString("MMMM", CultureInfo.InvariantCulture).ToLowerInvariant(), StringComparison.Ordinal)
            .Replace(":month", d.ToString("MM", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":day", d.ToString("dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":slugorfilename", slug, StringComparison.Ordinal)
            .Replace(":slugorcontentbasename", slug, StringComparison.Ordinal)
            .Replace(":slug", slug, StringComparison.Ordinal)
            .Replace(":title", titleSlug, StringComparison.Ordinal)
            .Replace(":contentbasename", fileName, StringComparison.Ordinal)
            .Replace(":filename", fileName, StringComparison.Ordinal)
            .Replace(":sections", section, StringComparison.Ordinal)
            .Replace(":section", section, StringComparison.Ordinal);
        return Regex.Replace(url, "/{2,}", "/");
    }

    [GeneratedRegex(@"\{\{(?<delim>[<%])\s*(?<close>/?)\s*(?<name>[\w/.-]+)(?<args>.*?)\s*[>%]\}\}", RegexOptions.Singleline)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"(?<key>\w+)=(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>\S+))")]
    private static partial Regex Argument();

    /// <summary><c>figure</c>, <c>youtube</c>, <c>vimeo</c>, <c>ref</c>/<c>relref</c> converted; other shortcodes removed (their inner text kept) and listed.</summary>
    private static string Shortcodes(string body, StaticSiteContent content, List<string> notes)
    {
        return Shortcode().Replace(body, m =>
        {
            var name = m.Groups["name"].Value;
            if (m.Groups["close"].Value == "/") return "";
            var args = m.Groups["args"].Value.Trim();
            var named = Argument().Matches(args).ToDictionary(a => a.Groups["key"].Value, a => a.Groups["v"].Value, StringComparer.OrdinalIgnoreCase);
            var first = Regex.Match(args, @"^(?:""(?<v>[^""]*)""|(?<v>[^\s=]+))(?=\s|$)").Groups["v"].Value;
            var line = body.AsSpan(0, m.Index).Count('\n') + 1;
            switch (name)
            {
                case "figure":
                {
                    var src = named.GetValueOrDefault("src") ?? "";
                    var alt = named.GetValueOrDefault("alt") ?? "";
                    var caption = named.GetValueOrDefault("caption") ?? named.GetValueOrDefault("title") ?? "";
                    var image = "![" + alt + "](" + src + ")";
                    return caption.Length > 0 ? "\n^^^\n" + image + "\n^^^ " + caption + "\n" : image;
                }
                case "youtube":
                {
                    var id = named.GetValueOrDefault("id") ?? first;
                    notes.Add($"line {line} of the body: the YouTube player became a link");
                    return $"[{named.GetValueOrDefault("title") ?? "Watch the video on YouTube"}](https://www.youtube.com/watch?v={id})";
                }
                case "vimeo":
                {
                    var id = named.GetValueOrDefault("id") ?? first;
                    notes.Add($"line {line} of the body: the Vimeo player became a link");
                    return $"[{named.GetValueOrDefault("title") ?? "Watch the video on Vimeo"}](https://vimeo.com/{id})";
                }
                case "ref":
                case "relref":
                {
                    var target = first.Split('#')[0];
                    var fragment = first.Contains('#') ? first[first.IndexOf('#')..] : "";
                    var key = target.TrimStart('/');
                    if (content.ByFileName.TryGetValue(key, out var item) || content.ByFileName.TryGetValue(Path.GetFileName(key), out item)
                        || content.ByFileName.TryGetValue(Path.GetFileNameWithoutExtension(key), out item) || content.ByFileName.TryGetValue(Path.GetFileName(key.TrimEnd('/')), out item))
                        return StaticSiteContent.Target(item) + fragment;
                    notes.Add($"line {line} of the body: `{{{{< {name} \"{first}\" >}}}}` names a file that was not imported");
                    return fragment.Length > 0 ? fragment : "/";
                }
                default:
                    notes.Add($"line {line} of the body: shortcode `{name}` has no equivalent and was removed (its inner text kept); rebuild what it showed by hand");
                    return "";
            }
        });
    }
}
