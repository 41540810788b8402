using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace ScarGuide.Import;

/// <summary>
/// A post's content made ready for <see cref="HtmlToMarkdown"/>: FAQ blocks taken out as questions and answers, block
/// comments removed (unknown blocks listed with their line), shortcodes turned into HTML or removed and listed, and
/// WordPress's automatic paragraphs applied to classic-editor content.
/// </summary>
internal sealed partial class WordPressContent(string html, int baseLine, IReadOnlyDictionary<int, string> attachmentUrls, List<string> notes)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Core blocks whose HTML converts as it is.</summary>
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "paragraph", "heading", "list", "list-item", "image", "quote", "pullquote", "table", "separator", "spacer", "code", "preformatted",
        "verse", "embed", "html", "more", "nextpage", "group", "columns", "column", "buttons", "button", "media-text", "cover",
        "freeform", "shortcode", "details", "footnotes", "video", "audio", "file", "row", "stack",
        "core-embed/youtube", "core-embed/vimeo", "core-embed/twitter",
    };

    /// <summary>Blocks WordPress fills in when a page is shown: nothing to convert.</summary>
    private static readonly HashSet<string> Dynamic = new(StringComparer.Ordinal)
    {
        "latest-posts", "latest-comments", "archives", "calendar", "categories", "rss", "search", "tag-cloud", "page-list", "navigation",
        "social-links", "social-link", "query", "post-template", "loginout", "site-logo", "site-title", "site-tagline", "block", "template-part",
    };

    /// <summary>Shortcodes WordPress or common plugins define; a bracketed word without attributes is text unless named here.</summary>
    private static readonly HashSet<string> KnownShortcodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "caption", "wp_caption", "gallery", "embed", "audio", "video", "playlist", "contact-form-7", "contact-form", "gravityform",
        "wpforms", "vc_row", "vc_column", "vc_column_text", "et_pb_section", "et_pb_row", "et_pb_column", "et_pb_text", "fusion_builder_container",
        "su_button", "toc", "ez-toc", "googlemaps", "youtube", "vimeo", "soundcloud", "twitter", "instagram", "slideshow", "tweet", "code", "sourcecode",
    };

    public string Html { get; private set; } = "";

    public void Prepare(List<ImportedFaq> faq)
    {
        var text = html.Replace("\r\n", "\n", StringComparison.Ordinal);
        var hasBlocks = text.Contains("<!-- wp:", StringComparison.Ordinal);
        ListBlocksAndShortcodes(text);
        text = FaqBlock().Replace(text, m => { faq.AddRange(FaqItems(m.Groups["inner"].Value)); return ""; });
        text = BlockComment().Replace(text, "");
        text = Captions(text);
        text = Shortcodes(text);
        if (!hasBlocks) text = AutoParagraphs(text);
        Html = text;
    }

    private int LineAt(string text, int index) => baseLine + text.AsSpan(0, index).Count('\n');

    private void ListBlocksAndShortcodes(string text)
    {
        // One note per kind of finding, with every line it occurs on.
        var found = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        void Add(string note, int line)
        {
            if (!found.TryGetValue(note, out var lines)) found[note] = lines = [];
            lines.Add(line);
        }
        foreach (Match m in BlockComment().Matches(text))
        {
            if (m.Groups["close"].Value == "/") continue;
            var name = m.Groups["name"].Value;
            var local = name.StartsWith("core/", StringComparison.Ordinal) ? name[5..] : name;
            if (name is "yoast/faq-block" or "rank-math/faq-block") continue;
            var line = LineAt(text, m.Index);
            if (Dynamic.Contains(local)) Add($"the block `{name}` is filled in by WordPress when a page is shown; nothing was imported for it", line);
            else if (local == "gallery") Add("the gallery block's images were imported one after another; arrange them if needed", line);
            else if (!Known.Contains(local)) Add($"the block `{name}` is not a WordPress core block: its HTML was converted as it was; check the result", line);
        }
        foreach (Match m in ShortcodeTag().Matches(text))
        {
            if (m.Groups["close"].Value == "/" || !IsShortcode(text, m)) continue;
            var name = m.Groups["name"].Value;
            if (name is "caption" or "wp_caption" or "embed") continue;
            Add(name.Equals("gallery", StringComparison.OrdinalIgnoreCase)
                ? "shortcode `[gallery]`: " + (Regex.IsMatch(m.Value, @"ids\s*=") ? "its images were imported one after another" : "it showed the post's attached images, which were not imported")
                : $"shortcode `[{name}]` has no equivalent: it was removed (its inner text kept); rebuild what it showed by hand", LineAt(text, m.Index));
        }
        foreach (var (note, lines) in found)
            notes.Add((lines.Count == 1 ? $"line {lines[0]}" : "lines " + string.Join(", ", lines.Take(8)) + (lines.Count > 8 ? $" and {lines.Count - 8} more" : "")) + " of the export: " + note);
    }

    private static bool IsShortcode(string text, Match m)
    {
        var name = m.Groups["name"].Value;
        return KnownShortcodes.Contains(name) || m.Groups["attrs"].Value.Contains('=') || text.Contains("[/" + name + "]", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<!--\s*(?<close>/?)wp:(?<name>[a-z0-9-]+(?:/[a-z0-9-]+)?)(?<attrs>\s+(?:\{.*?\}|[^>]*?))?\s*/?-->", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"<!--\s*wp:(?<name>yoast/faq-block|rank-math/faq-block)\b.*?-->(?<inner>.*?)<!--\s*/wp:\k<name>\s*-->", RegexOptions.Singleline)]
    private static partial Regex FaqBlock();

    [GeneratedRegex(@"\[(?<close>/?)(?<name>[A-Za-z][\w-]*)(?<attrs>(?:\s[^\[\]]*)?)/?\](?!\()")]
    private static partial Regex ShortcodeTag();

    private static IEnumerable<ImportedFaq> FaqItems(string inner)
    {
        var document = Parser.ParseDocument("<body>" + inner + "</body>");
        var sections = document.QuerySelectorAll(".schema-faq-section, .rank-math-faq-item, .rank-math-list-item");
        foreach (var s in sections)
        {
            var q = s.QuerySelector(".schema-faq-question, .rank-math-question")?.TextContent.Trim() ?? "";
            var a = s.QuerySelector(".schema-faq-answer, .rank-math-answer");
            if (q.Length == 0 || a is null) continue;
            var answer = new HtmlToMarkdown().Convert(a.InnerHtml).Trim();
            if (answer.Length > 0) yield return new ImportedFaq(Regex.Replace(q, @"\s+", " "), answer);
        }
    }

    /// <summary><c>[caption id="" align="" width=""]&lt;img …&gt; The caption[/caption]</c> → a figure.</summary>
    private static string Captions(string text) =>
        Caption().Replace(text, m =>
        {
            var inner = m.Groups["inner"].Value;
            var media = Regex.Match(inner, @"^\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?", RegexOptions.IgnoreCase | RegexOptions.Singleline);
            var caption = media.Success ? inner[media.Length..].Trim() : "";
            if (caption.Length == 0 && Regex.Match(m.Groups["attrs"].Value, "caption=\"([^\"]*)\"") is { Success: true } c) caption = c.Groups[1].Value;
            return "\n\n<figure>" + (media.Success ? media.Value : inner) + (caption.Length > 0 ? "<figcaption>" + caption + "</figcaption>" : "") + "</figure>\n\n";
        });

    [GeneratedRegex(@"\[(?:wp_)?caption(?<attrs>[^\]]*)\](?<inner>.*?)\[/(?:wp_)?caption\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    private string Shortcodes(string text)
    {
        text = Regex.Replace(text, @"\[embed[^\]]*\](.*?)\[/embed\]", m => "\n\n<iframe src=\"" + WebUtility.HtmlEncode(m.Groups[1].Value.Trim()) + "\"></iframe>\n\n", RegexOptions.Singleline);
        text = Regex.Replace(text, @"\[(video|audio)\b([^\]]*)\](?:.*?\[/\1\])?", m =>
        {
            var src = Regex.Match(m.Groups[2].Value, @"(?:src|mp4|mp3|webm|ogg|m4a)=[""']([^""']+)[""']");
            return src.Success ? "\n\n<iframe src=\"" + src.Groups[1].Value + "\"></iframe>\n\n" : "";
        }, RegexOptions.Singleline);
        text = Regex.Replace(text, @"\[gallery\b([^\]]*)\]", m =>
        {
            var ids = Regex.Match(m.Groups[1].Value, @"ids\s*=\s*[""']([\d,\s]+)[""']");
            if (!ids.Success) return "";
            var sb = new StringBuilder("\n\n");
            foreach (var id in ids.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (int.TryParse(id, out var n) && attachmentUrls.TryGetValue(n, out var url)) sb.Append("<p><img src=\"").Append(WebUtility.HtmlEncode(url)).Append("\" alt=\"\"></p>\n\n");
            return sb.ToString();
        });
        // A YouTube or Vimeo address alone on its line was an automatic embed.
        text = Regex.Replace(text, @"(?m)^\s*(https?://(?:www\.)?(?:youtube\.com/watch\?v=[\w-]+|youtu\.be/[\w-]+|vimeo\.com/\d+)[^\s<]*)\s*$", m => "<iframe src=\"" + m.Groups[1].Value + "\"></iframe>");
        return ShortcodeTag().Replace(text, m => IsShortcode(text, m) ? "" : m.Value);
    }

    private static readonly Regex BlockStart = new(@"^\s*</?(p|div|h[1-6]|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|caption|blockquote|pre|figure|figcaption|hr|iframe|dl|dt|dd|section|article|aside|header|footer|nav|form|address|script|style|object|embed|video|audio|details|summary|select|option|fieldset|legend|map|area|math|svg)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>WordPress's <c>wpautop</c>, in short: blank lines separate paragraphs, a single line break is a break.</summary>
    private static string AutoParagraphs(string text)
    {
        var kept = new List<string>();
        text = Regex.Replace(text, @"<pre\b.*?</pre>", m => { kept.Add(m.Value); return "\u0001" + (kept.Count - 1) + "\u0001"; }, RegexOptions.Singleline | RegexOptions.IgnoreCase);
        var sb = new StringBuilder();
        foreach (var chunk in Regex.Split(text, @"\n\s*\n"))
        {
            var c = chunk.Trim();
            if (c.Length == 0) continue;
            if (BlockStart.IsMatch(c) || c.StartsWith('\u0001') || c.StartsWith("<!--", StringComparison.Ordinal)) sb.Append(c);
            else sb.Append("<p>").Append(c.Replace("\n", "<br />\n", StringComparison.Ordinal)).Append("</p>");
            sb.Append("\n\n");
        }
        return Regex.Replace(sb.ToString(), "\u0001(\\d+)\u0001", m => kept[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
    }
}
