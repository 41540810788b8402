using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ScarGuide.Import;

/// <summary>
/// HTML to Markdown over AngleSharp's DOM: paragraphs, headings, lists, links, emphasis, code, tables, block quotes,
/// images and figures. Embedded players become a link with their title. What has no Markdown form is kept as HTML
/// (the build sanitizes it) and recorded in <see cref="Notes"/>, so the report can list it.
/// </summary>
internal sealed partial class HtmlToMarkdown
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Rewrites a link's address (to another article's file, say); null keeps it.</summary>
    public Func<string, string>? Link { get; init; }

    /// <summary>Rewrites an image's address (to a copied file); null keeps it.</summary>
    public Func<string, string>? Image { get; init; }

    /// <summary>What the editor should look at: kept HTML, dropped elements, embeds.</summary>
    public List<string> Notes { get; } = [];

    public string Convert(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var blocks = new List<string>();
        Blocks(document.Body!, blocks);
        return Tidy(string.Join("\n\n", blocks.Where(b => b.Trim().Length > 0)));
    }

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "NAV", "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL",
        "BLOCKQUOTE", "PRE", "TABLE", "FIGURE", "HR", "IFRAME", "DL", "VIDEO", "AUDIO", "FORM", "SCRIPT", "STYLE", "NOSCRIPT",
        "CENTER", "ADDRESS", "DETAILS", "OBJECT", "EMBED", "FIELDSET", "CANVAS", "SVG",
    };

    private static bool IsBlock(INode node) => node is IElement e && BlockTags.Contains(e.TagName);

    /// <summary>Converts the children of a block container, grouping runs of inline content into paragraphs.</summary>
    private void Blocks(INode parent, List<string> blocks)
    {
        var inline = new StringBuilder();
        void Flush()
        {
            var text = inline.ToString().Trim();
            if (text.Length > 0) blocks.Add(text);
            inline.Clear();
        }
        foreach (var child in parent.ChildNodes)
        {
            if (child is IComment) continue;
            if (IsBlock(child) && child is IElement element)
            {
                Flush();
                Block(element, blocks);
            }
            else inline.Append(Inline(child));
        }
        Flush();
    }

    private void Block(IElement e, List<string> blocks)
    {
        // A table of contents made by a plugin or a converter: the theme makes its own from the headings.
        if (e.TagName is "DIV" or "NAV" or "SECTION" && (TocName().IsMatch(e.Id ?? "") || e.ClassList.Any(c => TocName().IsMatch(c))))
        {
            Notes.Add("a table of contents was removed (the site makes its own from the headings)");
            return;
        }
        switch (e.TagName)
        {
            case "P":
            case "CENTER":
            case "ADDRESS":
                if (e.Children.Any(IsBlock)) Blocks(e, blocks);
                else blocks.Add(InlineChildren(e).Trim());
                break;
            case "H1": case "H2": case "H3": case "H4": case "H5": case "H6":
            {
                var level = Math.Max(2, e.TagName[1] - '0');
                var text = Collapse(InlineChildren(e)).Replace("\\\n", " ", StringComparison.Ordinal).Trim();
                if (text.Length > 0) blocks.Add(new string('#', level) + " " + text);
                break;
            }
            case "UL":
            case "OL":
                blocks.Add(ListBlock(e));
                break;
            case "BLOCKQUOTE":
            {
                var inner = new List<string>();
                Blocks(e, inner);
                var text = string.Join("\n\n", inner.Where(b => b.Length > 0));
                if (text.Length > 0) blocks.Add(string.Join('\n', text.Split('\n').Select(l => l.Length > 0 ? "> " + l : ">")));
                break;
            }
            case "PRE":
            {
                var code = e.TextContent.TrimEnd('\n');
                var fence = code.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
                blocks.Add(fence + "\n" + code + "\n" + fence);
                break;
            }
            case "HR":
                blocks.Add("---");
                break;
            case "TABLE":
                blocks.Add(Table(e));
                break;
            case "FIGURE":
                Figure(e, blocks);
                break;
            case "IFRAME":
            case "EMBED":
            case "OBJECT":
            case "VIDEO":
            case "AUDIO":
                blocks.Add(Embed(e));
                break;
            case "SCRIPT":
            case "STYLE":
            case "NOSCRIPT":
            case "FORM":
            case "CANVAS":
                Notes.Add($"a <{e.LocalName}> element was removed (it has no place in an article)");
                break;
            case "DL":
            case "DETAILS":
            case "SVG":
            case "FIELDSET":
                blocks.Add(KeepHtml(e));
                break;
            default:
                Blocks(e, blocks);
                break;
        }
    }

    [GeneratedRegex(@"^(toc|ez-toc-container|table-of-contents|TableOfContents|wp-block-table-of-contents|rank-math-toc-block|lwptoc)$", RegexOptions.IgnoreCase)]
    private static partial Regex TocName();

    private string KeepHtml(IElement e)
    {
        Notes.Add($"kept as HTML: <{e.LocalName}> (no Markdown form; the build sanitizes it)");
        return Regex.Replace(e.OuterHtml, @"\n\s*\n", "\n");
    }

    private void Figure(IElement e, List<string> blocks)
    {
        var caption = e.QuerySelector("figcaption");
        var image = e.QuerySelector("img");
        if (e.ClassList.Contains("wp-block-embed") || e.QuerySelector("iframe") is not null)
        {
            blocks.Add(Embed(e));
            return;
        }
        if (image is null)
        {
            Blocks(e, blocks);
            return;
        }
        var picture = ImageMarkdown(image);
        var link = image.Closest("a");
        if (link is not null && link != e && e.Contains(link) && link.GetAttribute("href") is { } href && !IsImageFile(href))
            picture = "[" + picture + "](" + LinkTarget(href) + ")";
        var text = caption is null ? "" : Collapse(InlineChildren(caption)).Trim();
        blocks.Add(text.Length > 0 ? "^^^\n" + picture + "\n^^^ " + text.Replace("\\\n", " ", StringComparison.Ordinal) : picture);
    }

    private static bool IsImageFile(string href) => ImageFile().IsMatch(href);

    [GeneratedRegex(@"\.(jpe?g|png|gif|webp|svg|avif)(\?.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageFile();

    /// <summary>A player from another site becomes a link: no third-party frame by default.</summary>
    private string Embed(IElement e)
    {
        var url = e.GetAttribute("src") ?? e.GetAttribute("data") ?? e.QuerySelector("iframe,embed,video,source,audio")?.GetAttribute("src")
            ?? e.QuerySelector("a[href]")?.GetAttribute("href") ?? Regex.Match(e.TextContent, @"https?://\S+").Value;
        var title = e.GetAttribute("title") ?? e.QuerySelector("iframe")?.GetAttribute("title") ?? e.QuerySelector("figcaption")?.TextContent.Trim();
        if (string.IsNullOrWhiteSpace(url))
        {
            Notes.Add($"an embedded <{e.LocalName}> without an address was removed");
            return "";
        }
        url = Watchable(url.Trim());
        if (string.IsNullOrWhiteSpace(title)) title = EmbedName(url);
        Notes.Add($"embed turned into a link: {url}");
        return "[" + Escape(title!) + "](" + url + ")";
    }

    /// <summary>A player's address turned into the page people watch it on (YouTube's embed → watch).</summary>
    private static string Watchable(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) url = "https:" + url;
        var m = Regex.Match(url, @"youtube(?:-nocookie)?\.com/embed/([\w-]+)");
        if (m.Success) return "https://www.youtube.com/watch?v=" + m.Groups[1].Value;
        m = Regex.Match(url, @"player\.vimeo\.com/video/(\d+)");
        if (m.Success) return "https://vimeo.com/" + m.Groups[1].Value;
        return url;
    }

    private static string EmbedName(string url)
    {
        if (url.Contains("youtube.com", StringComparison.OrdinalIgnoreCase) || url.Contains("youtu.be", StringComparison.OrdinalIgnoreCase)) return "Watch the video on YouTube";
        if (url.Contains("vimeo.com", StringComparison.OrdinalIgnoreCase)) return "Watch the video on Vimeo";
        return WebUrl.TryCreate(url, out var uri) ? "View on " + uri.Host : url;
    }

    private string ListBlock(IElement list, int depth = 0)
    {
        var sb = new StringBuilder();
        var ordered = list.TagName == "OL";
        var n = int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        foreach (var li in list.Children.Where(c => c.TagName == "LI"))
        {
            var marker = ordered ? n++ + ". " : "- ";
            var indent = new string(' ', marker.Length);
            var parts = new List<string>();
            var inline = new StringBuilder();
            foreach (var child in li.ChildNodes)
            {
                if (child is IElement { TagName: "UL" or "OL" } sub)
                {
                    if (inline.ToString().Trim().Length > 0) parts.Add(inline.ToString().Trim());
                    inline.Clear();
                    parts.Add(ListBlock(sub, depth + 1));
                }
                else if (IsBlock(child) && child is IElement block)
                {
                    if (inline.ToString().Trim().Length > 0) parts.Add(inline.ToString().Trim());
                    inline.Clear();
                    var inner = new List<string>();
                    Block(block, inner);
                    parts.AddRange(inner.Where(b => b.Length > 0));
                }
                else inline.Append(Inline(child));
            }
            if (inline.ToString().Trim().Length > 0) parts.Add(inline.ToString().Trim());
            var text = string.Join("\n", parts);
            if (text.Length == 0) text = " ";
            var lines = text.Split('\n');
            sb.Append(marker).Append(lines[0]).Append('\n');
            foreach (var line in lines.Skip(1)) sb.Append(line.Length > 0 ? indent + line : "").Append('\n');
        }
        return sb.ToString().TrimEnd('\n');
    }

    private string Table(IElement table)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        var simple = rows.Count > 0 && !table.QuerySelectorAll("td[colspan],th[colspan],td[rowspan],th[rowspan],table table").Any()
            && !rows.SelectMany(r => r.Children).Any(c => c.Children.Any(IsBlock) && c.Children.Any(b => b.TagName is not "P"));
        if (!simple) return KeepHtml(table);
        var cells = rows.Select(r => r.Children.Where(c => c.TagName is "TD" or "TH")
            .Select(c => Collapse(InlineChildren(c)).Replace("\\\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Trim()).ToList()).ToList();
        var width = cells.Max(r => r.Count);
        if (width == 0) return "";
        var header = rows[0].Children.All(c => c.TagName == "TH") || rows[0].ParentElement?.TagName == "THEAD" ? cells[0] : Enumerable.Repeat("", width).ToList();
        var body = header == cells[0] ? cells.Skip(1) : cells;
        var sb = new StringBuilder();
        void Row(IList<string> r) => sb.Append("| ").Append(string.Join(" | ", Enumerable.Range(0, width).Select(i => i < r.Count ? r[i] : ""))).Append(" |\n");
        Row(header);
        sb.Append('|').Append(string.Concat(Enumerable.Repeat("---|", width))).Append('\n');
        foreach (var r in body) Row(r);
        return sb.ToString().TrimEnd('\n');
    }

    private string InlineChildren(INode node)
    {
        var sb = new StringBuilder();
        foreach (var child in node.ChildNodes) sb.Append(Inline(child));
        return sb.ToString();
    }

    private string Inline(INode node)
    {
        switch (node)
        {
            case IText text:
                return Escape(Whitespace().Replace(text.Data, " "));
            case IComment:
                return "";
            case IElement e:
                switch (e.TagName)
                {
                    case "STRONG": case "B": return Wrap("**", InlineChildren(e));
                    case "EM": case "I": case "CITE": return Wrap("*", InlineChildren(e));
                    case "DEL": case "S": case "STRIKE": return Wrap("~~", InlineChildren(e));
                    case "SUP": return Wrap("^", InlineChildren(e));
                    case "SUB": return Wrap("~", InlineChildren(e));
                    case "CODE": case "KBD": case "TT":
                    {
                        var code = e.TextContent;
                        var tick = code.Contains('`') ? "`` " : "`";
                        return code.Length == 0 ? "" : tick + code + (tick.Length > 1 ? " ``" : "`");
                    }
                    case "BR": return "\\\n";
                    case "IMG": return ImageMarkdown(e);
                    case "A":
                    {
                        var inner = InlineChildren(e).Trim();
                        var href = e.GetAttribute("href");
                        if (string.IsNullOrWhiteSpace(href) || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) return inner;
                        if (inner.Length == 0) return "";
                        // A linked picture that opens the picture itself: the image is enough.
                        if (e.Children.Length == 1 && e.Children[0].TagName == "IMG" && IsImageFile(href) && e.TextContent.Trim().Length == 0) return inner;
                        return "[" + inner + "](" + LinkTarget(href.Trim()) + (e.GetAttribute("title") is { Length: > 0 } t ? " \"" + t.Replace("\"", "'", StringComparison.Ordinal) + "\"" : "") + ")";
                    }
                    case "IFRAME": case "EMBED": case "OBJECT": case "VIDEO": case "AUDIO":
                        return Embed(e);
                    case "SCRIPT": case "STYLE": case "NOSCRIPT": case "BUTTON": case "INPUT": case "SELECT": case "TEXTAREA":
                        Notes.Add($"a <{e.LocalName}> element was removed");
                        return "";
                    default:
                        return InlineChildren(e);
                }
            default:
                return "";
        }
    }

    private string ImageMarkdown(IElement img)
    {
        var src = img.GetAttribute("src") ?? img.GetAttribute("data-src") ?? "";
        if (src.Length == 0) return "";
        src = Image?.Invoke(src.Trim()) ?? src.Trim();
        var alt = (img.GetAttribute("alt") ?? "").Replace('\n', ' ').Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        return "![" + alt + "](" + Destination(src) + ")";
    }

    private string LinkTarget(string href) => Destination(Link?.Invoke(href) ?? href);

    private static string Destination(string url) =>
        url.Contains(' ') || url.Contains('(') || url.Contains(')') ? "<" + url.Replace(">", "%3E", StringComparison.Ordinal) + ">" : url;

    private static string Wrap(string mark, string inner)
    {
        var trimmed = inner.Trim();
        if (trimmed.Length == 0) return inner;
        var lead = inner.Length - inner.TrimStart().Length;
        var trail = inner.Length - inner.TrimEnd().Length;
        return inner[..lead] + mark + trimmed + mark + inner[(inner.Length - trail)..];
    }

    /// <summary>Escapes what Markdown would read as markup in plain text.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' or '^' or '~') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"[ \t\r\n\u00a0]+")]
    private static partial Regex Whitespace();

    /// <summary>Line-level tidying: no trailing spaces, no block marker read by accident at a line start, at most one blank line.</summary>
    private static string Tidy(string markdown)
    {
        var lines = markdown.Split('\n');
        var sb = new StringBuilder();
        var blank = 0;
        var fenced = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~~", StringComparison.Ordinal)) fenced = !fenced;
            if (!fenced)
            {
                // A paragraph line that starts with "#", "1." or "+" would become a heading or a list.
                if (AccidentalBlock().IsMatch(line) && !line.StartsWith("## ", StringComparison.Ordinal) && !line.StartsWith("### ", StringComparison.Ordinal)
                    && !line.StartsWith("#### ", StringComparison.Ordinal) && !line.StartsWith("##### ", StringComparison.Ordinal) && !line.StartsWith("###### ", StringComparison.Ordinal))
                    line = "\\" + line;
            }
            if (line.Length == 0)
            {
                if (++blank > 1) continue;
            }
            else blank = 0;
            sb.Append(line).Append('\n');
        }
        return sb.ToString().Trim('\n');
    }

    [GeneratedRegex(@"^(#{1,6}(\s|$)|=+\s*$)")]
    private static partial Regex AccidentalBlock();
}
