using System.Globalization;
using System.Text.RegularExpressions;
using ScarGuide.Taxonomy;

namespace ScarGuide.Import;

/// <summary>
/// What Jekyll and Hugo imports share: one source file's body to Markdown (HTML converted, Markdown kept), its
/// images copied from the site folder, links to other imported files rewritten to <c>x.md</c>, and the people
/// named in front matter.
/// </summary>
internal sealed partial class StaticSiteContent(string root, ImportResult result, string? oldSite)
{
    /// <summary>Old site paths (<c>2020/01/02/x/</c>, lower-case, with a trailing slash) → the item now there.</summary>
    public Dictionary<string, ImportedItem> ByOldPath { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Source file names without extension or date (<c>x</c>, <c>2020-01-02-x</c>) → the item.</summary>
    public Dictionary<string, ImportedItem> ByFileName { get; } = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, ImportedPerson> _people = new(StringComparer.OrdinalIgnoreCase);

    public static string OldPath(string url)
    {
        var path = url.Split('#', '?')[0].Trim();
        if (WebUrl.TryCreate(path, out var uri)) path = uri.AbsolutePath;
        path = Uri.UnescapeDataString(path).Trim('/');
        if (path.EndsWith("/index.html", StringComparison.OrdinalIgnoreCase)) path = path[..^"/index.html".Length];
        return path.Length == 0 ? "" : path + (Path.HasExtension(path) ? "" : "/");
    }

    /// <summary>Registers a person named in front matter and returns their key.</summary>
    public string Person(string name)
    {
        var key = Slug.From(name);
        if (key.Length == 0) return name;
        if (!_people.ContainsKey(key))
        {
            var display = name.Contains(' ', StringComparison.Ordinal) || name.Any(char.IsUpper) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Replace('-', ' ').Replace('_', ' '));
            _people[key] = new ImportedPerson(key, display, null);
        }
        return key;
    }

    public void AddPeople()
    {
        foreach (var p in _people.Values.OrderBy(p => p.Key, StringComparer.Ordinal)) result.People.Add(p);
        if (_people.Count > 0)
            result.Report.General($"{_people.Count} people were made from the names in front matter: check their names in input/authors.yml and add credentials, job titles and bios.");
    }

    /// <summary>
    /// An image the source names (<c>/assets/x.png</c>, <c>x.png</c> beside the file) copied into <c>input/images/</c>;
    /// its site path, or null (then <paramref name="fallback"/> is an address on the old site, when it had one).
    /// </summary>
    public string? Image(string src, string fileDirectory, string[] staticRoots, out string fallback)
    {
        fallback = src;
        if (src.Length == 0 || src.StartsWith("data:", StringComparison.Ordinal) || WebUrl.TryCreate(src, out _)) return null;
        var clean = Uri.UnescapeDataString(src.Split('?', '#')[0]);
        if (clean.Contains("..", StringComparison.Ordinal) && clean.StartsWith('/')) return null;
        var candidates = clean.StartsWith('/')
            ? staticRoots.Select(r => Path.Combine(root, r, clean.TrimStart('/')))
            : [Path.Combine(fileDirectory, clean)];
        foreach (var full in candidates.Select(Path.GetFullPath))
        {
            if (!File.Exists(full) || !full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal)) continue;
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            foreach (var r in staticRoots.Where(r => r.Length > 0))
                if (relative.StartsWith(r + "/", StringComparison.Ordinal)) { relative = relative[(r.Length + 1)..]; break; }
            if (relative.StartsWith("content/", StringComparison.Ordinal)) relative = relative["content/".Length..]; // a Hugo page bundle's picture
            relative = string.Join('/', relative.Split('/').Select(s => Regex.Replace(s, @"[^\w.-]+", "-")));
            var sitePath = "input/images/" + relative;
            result.Files.TryAdd(sitePath, new ImportedFile(sitePath, full));
            return "/images/" + relative;
        }
        if (oldSite is not null && clean.StartsWith('/')) fallback = oldSite.TrimEnd('/') + clean;
        return null;
    }

    /// <summary>Rewrites images and links in a Markdown body, noting what could not be found.</summary>
    public string Rewrite(string markdown, string fileDirectory, string[] staticRoots, List<string> notes)
    {
        markdown = MarkdownImage().Replace(markdown, m =>
        {
            var src = m.Groups["src"].Value.Trim('<', '>');
            var local = Image(src, fileDirectory, staticRoots, out var fallback);
            if (local is null && !WebUrl.TryCreate(src, out _))
                notes.Add($"image not found in the site folder: `{src}`" + (fallback != src ? $" (left pointing at `{fallback}`)" : ""));
            return "![" + m.Groups["alt"].Value + "](" + (local ?? fallback) + m.Groups["title"].Value + ")";
        });
        markdown = HtmlImage().Replace(markdown, m =>
        {
            var src = m.Groups["src"].Value;
            var local = Image(src, fileDirectory, staticRoots, out var fallback);
            if (local is null && !WebUrl.TryCreate(src, out _)) notes.Add($"image not found in the site folder: `{src}`");
            return m.Groups["pre"].Value + (local ?? fallback) + m.Groups["post"].Value;
        });
        return MarkdownLink().Replace(markdown, m => "](" + (Link(m.Groups["url"].Value) ?? m.Groups["url"].Value) + m.Groups["title"].Value + ")");
    }

    /// <summary>A link to another imported file, as <c>x.md</c> (or <c>/x/</c> for a page).</summary>
    public string? Link(string url)
    {
        if (url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.Ordinal)) return null;
        if (WebUrl.TryCreate(url, out var abs))
        {
            if (oldSite is null || !WebUrl.TryCreate(oldSite, out var site) || !string.Equals(abs.Host, site.Host, StringComparison.OrdinalIgnoreCase)) return null;
        }
        else if (!url.StartsWith('/')) return null;
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? url[hash..] : "";
        if (ByOldPath.TryGetValue(OldPath(url), out var item)) return Target(item) + fragment;
        // Already the new address of an imported page ({% link %} and {{< ref >}} resolve to it).
        if (ByOldPath.Values.Any(i => i.Kind == ImportedKind.Page && url.Split('#')[0] == "/" + i.Slug + "/")) return url;
        // A root-relative link to something not imported (a listing, a file) would be a broken link here: it goes to the old site.
        return url.StartsWith('/') && oldSite is not null ? oldSite.TrimEnd('/') + url : null;
    }

    public static string Target(ImportedItem item) => item.Kind == ImportedKind.Article ? item.Slug + ".md" : "/" + item.Slug + "/";

    [GeneratedRegex(@"!\[(?<alt>[^\]]*)\]\((?<src><[^>]+>|[^)\s]+)(?<title>\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"(?<pre><img\b[^>]*?\bsrc=[""'])(?<src>[^""']+)(?<post>[""'])", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlImage();

    [GeneratedRegex(@"(?<!!\[[^\]]*)\]\((?<url>[^)\s]+)(?<title>\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    /// <summary>A description from the front matter, or the first paragraph cut at a sentence (noted).</summary>
    public static string Description(SourceFile file, string markdown, string title, List<string> notes)
    {
        var given = file.String("description") ?? file.String("summary") ?? file.String("excerpt") ?? "";
        given = Regex.Replace(PlainText.FromHtml(given), @"\s+", " ").Trim();
        if (given.Length > 0) return given;
        var text = PlainText.CutAtSentence(PlainText.FirstParagraph(markdown), 160);
        notes.Add("no description: `description` was taken from the first paragraph; check it reads well in search results");
        return text.Length > 0 ? text : title + ".";
    }
}
