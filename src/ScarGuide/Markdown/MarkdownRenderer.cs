using System.Text;
using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ScarGuide.Diagnostics;

namespace ScarGuide.Markdown;

/// <summary>
/// Turns an article body into HTML, headings, FAQ and plain text in one parse. The Markdig pipeline and the
/// HTML sanitizer are built once and shared by every thread.
/// </summary>
public static partial class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = CreatePipeline(autoLinks: true);

    // Markdig's bare-URL parser stops the text parser at every h, f, m, t and w, which doubles the parse time of
    // ordinary prose. Text without "://", "www.", "mailto:" or "tel:" cannot hold a bare URL, so it is parsed without
    // that parser: the same HTML (the pipelines differ in nothing else, and it adds no renderer), at half the cost.
    private static readonly MarkdownPipeline PipelineWithoutAutoLinks = CreatePipeline(autoLinks: false);

    private static MarkdownPipeline CreatePipeline(bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        if (autoLinks) builder.UseAutoLinks();
        return builder
            .UseListExtras()
            .UseFigures()
            .UseAbbreviations()
            .UseFootnotes()
            .Use<LinkedHeadingsExtension>()
            .Use<ScrollableTablesExtension>()
            .Use<Images.ResponsiveImagesExtension>()
            .Build();
    }

    private static readonly System.Buffers.SearchValues<string> BareUrlStarts =
        System.Buffers.SearchValues.Create(["://", "www.", "mailto:", "tel:"], StringComparison.OrdinalIgnoreCase);

    // One vectorized pass for all four markers: four separate case-insensitive searches showed up in profiles.
    internal static bool MayHoldBareUrl(string markdown) => markdown.AsSpan().ContainsAny(BareUrlStarts);

    private static MarkdownDocument Parse(string markdown) =>
        Markdig.Markdown.Parse(markdown, MayHoldBareUrl(markdown) ? Pipeline : PipelineWithoutAutoLinks);

    // Built on first use: most sites have no raw HTML, and the sanitizer (with AngleSharp) is costly to start.
    private static readonly Lazy<HtmlSanitizer> LazySanitizer = new(CreateSanitizer);

    private static HtmlSanitizer Sanitizer => LazySanitizer.Value;

    // The section title names the FAQ in the article's own language.
    internal static readonly HashSet<string> FaqTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Frequently Asked Questions", "FAQ", "FAQs", "Frequently Asked Questions (FAQ)", "Frequently Asked Questions (FAQs)",
        "Preguntas frecuentes", "Preguntas más frecuentes", "Questions fréquentes", "Foire aux questions",
        "Häufig gestellte Fragen", "Perguntas frequentes", "Domande frequenti",
    };

    private const int MaxNesting = 64;

    /// <summary>Renders a body. Line numbers in diagnostics are file lines: <paramref name="bodyLine"/> is where the body starts.</summary>
    public static RenderedBody Render(string body, string file, int bodyLine, LinkTargets links, DiagnosticBag diagnostics) =>
        Render(body, file, bodyLine, links, diagnostics, out _);

    /// <summary>Like <see cref="Render(string, string, int, LinkTargets, DiagnosticBag)"/>, also giving the body's prose from the same parse.</summary>
    /// <param name="outsideHeap">Hold the HTML and plain text outside the collected heap (a one-shot build, which frees them as it lets them go).</param>
    internal static RenderedBody Render(string body, string file, int bodyLine, LinkTargets links, DiagnosticBag diagnostics, out List<Readability.ProseBlock>? prose,
        bool firstImageLeads = false, bool outsideHeap = false)
    {
        prose = null;
        var depth = MeasureNesting(body);
        if (depth.Depth > MaxNesting)
        {
            diagnostics.Error("markdown-too-deep", file, depth.Line + bodyLine - 1, 1,
                $"The text nests lists or quotes {depth.Depth} levels deep; ScarGuide renders at most {MaxNesting}.",
                "Flatten the nested list or quote.");
            return RenderedBody.Empty;
        }

        var document = Parse(body);
        var lineOffset = bodyLine - 1;
        // Before the FAQ section is taken out of the document: its questions and answers are prose too.
        prose = Readability.ProseExtractor.FromDocument(document, bodyLine);

        // The FAQ section's answers are rendered apart, but their links are the body's like any other (CheckLinks).
        var found = new List<BodyLink>();
        var faq = ExtractFaq(document, file, lineOffset, links, diagnostics, found);
        var headings = CollectHeadings(document, file, lineOffset, diagnostics);
        var scan = new BodyScan(file, lineOffset, links, diagnostics, snippet: false, BodyBuffer(body.Length), found) { FirstImageLeads = firstImageLeads };
        MarkdownWalker.Walk(document, ref scan);
        if (faq.Count > 0) found.Sort((a, b) => (a.Line, a.Column).CompareTo((b.Line, b.Column)));

        var text = scan.Text!;
        return new RenderedBody(RenderBodyHtml(document, scan.HasRawHtml, outsideHeap), headings, faq, Content.Utf8Text.From(text, outsideHeap), CountWords(text), found);
    }

    [ThreadStatic] private static StringWriter? t_html;

    /// <summary>
    /// A body's HTML, rendered into a writer of the calling thread and held as UTF-8 from there: no string of it is made
    /// unless raw HTML needs the sanitizer.
    /// </summary>
    private static Content.Utf8Text RenderBodyHtml(MarkdownDocument document, bool sanitize, bool outsideHeap)
    {
        // A huge article's buffer is not kept for the next one.
        var writer = t_html is { } kept && kept.GetStringBuilder().Capacity <= 2 << 20
            ? kept
            : t_html = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var html = writer.GetStringBuilder().Clear();
        document.ToHtml(writer, Pipeline);
        return sanitize ? Content.Utf8Text.From(Sanitizer.Sanitize(html.ToString())) : Content.Utf8Text.From(html, outsideHeap);
    }

    /// <summary>Renders a short Markdown snippet (a front-matter FAQ answer) with the same links and sanitizing.</summary>
    public static string RenderSnippet(string markdown, string file, int line, LinkTargets links, DiagnosticBag diagnostics) =>
        RenderSnippet(markdown, file, line, links, diagnostics, prose: null, proseLine: line, found: []);

    /// <summary>
    /// Like the public overload, also adding the snippet's prose (from the same parse) to <paramref name="prose"/>, as
    /// starting on file line <paramref name="proseLine"/>, and its links, for link checking, to <paramref name="found"/>.
    /// </summary>
    internal static string RenderSnippet(string markdown, string file, int line, LinkTargets links, DiagnosticBag diagnostics,
        List<Readability.ProseBlock>? prose, int proseLine, List<BodyLink> found)
    {
        var document = Parse(markdown);
        if (prose is not null) Readability.ProseExtractor.AddAnswer(document, proseLine, prose);
        return RenderFragment(document, file, line - 1, links, diagnostics, snippet: true, found);
    }

    /// <summary>A FAQ answer, from either form: links resolved and added to <paramref name="found"/>, raw HTML checked, rendered and sanitized alike.</summary>
    private static string RenderFragment(MarkdownDocument document, string file, int lineOffset, LinkTargets links, DiagnosticBag diagnostics, bool snippet,
        List<BodyLink> found)
    {
        var scan = new BodyScan(file, lineOffset, links, diagnostics, snippet, text: null, found);
        MarkdownWalker.Walk(document, ref scan);
        var html = RenderHtml(document);
        return scan.HasRawHtml ? Sanitizer.Sanitize(html) : html;
    }

    // Markdig pools its HTML renderers per pipeline, so rendering allocates no renderer per page.
    private static string RenderHtml(MarkdownDocument document) => document.ToHtml(Pipeline);

    private static List<FaqItem> ExtractFaq(MarkdownDocument document, string file, int lineOffset, LinkTargets links, DiagnosticBag diagnostics,
        List<BodyLink> found)
    {
        var items = new List<FaqItem>();
        var start = -1;
        for (var i = 0; i < document.Count && start < 0; i++)
            if (document[i] is HeadingBlock { Level: 2 } h && FaqTitles.Contains(InlineText(h).Trim())) start = i;
        if (start < 0) return items;

        var end = start + 1;
        while (end < document.Count && document[end] is not HeadingBlock { Level: <= 2 }) end++;

        var section = document.Skip(start).Take(end - start).ToList();
        foreach (var block in section) document.Remove(block);

        HeadingBlock? question = null;
        var answer = new List<Block>();
        void Flush()
        {
            if (question is null) return;
            var line = question.Line + 1 + lineOffset;
            var text = QuestionNumbering().Replace(InlineText(question).Trim(), "");
            if (answer.Count == 0)
            {
                diagnostics.Error("faq-missing-answer", file, line, question.Column + 1,
                    $"The FAQ question \"{text}\" has no answer.", "Write the answer below the ### question, before the next question.");
            }
            else
            {
                var answerDoc = new MarkdownDocument();
                foreach (var b in answer) answerDoc.Add(b);
                items.Add(new FaqItem(text, RenderFragment(answerDoc, file, lineOffset, links, diagnostics, snippet: false, found), line));
            }
            answer.Clear();
        }

        foreach (var block in section.Skip(1))
        {
            if (block is HeadingBlock { Level: 3 } h) { Flush(); question = h; }
            else if (question is not null) answer.Add(block);
        }
        Flush();

        if (items.Count == 0 && question is null)
            diagnostics.Warning("faq-empty", file, section[0].Line + 1 + lineOffset, 1,
                "The FAQ section has no ### questions.", "Write each question as a ### heading followed by its answer.");
        return items;
    }

    [GeneratedRegex(@"^(?:\d+[.)]|Q\d*[:.])\s*")]
    private static partial Regex QuestionNumbering();

    private static List<Heading> CollectHeadings(MarkdownDocument document, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var headings = new List<Heading>();
        var previousLevel = 1;
        HeadingBlock? open = null;
        var contentSinceOpen = false;
        foreach (var block in document)
        {
            if (block is not HeadingBlock heading)
            {
                contentSinceOpen = true;
                continue;
            }

            var line = heading.Line + 1 + lineOffset;
            var text = InlineText(heading).Trim();
            if (heading.Level == 1)
                diagnostics.Warning("second-h1", file, line, heading.Column + 1,
                    $"The body has a level-1 heading (\"{text}\"); the title is already the page's only <h1>.",
                    "Use ## for sections inside the article.");
            else if (heading.Level > previousLevel + 1)
                diagnostics.Warning("heading-skip", file, line, heading.Column + 1,
                    $"The heading \"{text}\" jumps from level {previousLevel} to level {heading.Level}.",
                    $"Use {new string('#', previousLevel + 1)} here, or add the missing level above it.");

            if (open is not null && !contentSinceOpen && heading.Level <= open.Level)
                diagnostics.Warning("empty-section", file, open.Line + 1 + lineOffset, open.Column + 1,
                    $"The section \"{InlineText(open).Trim()}\" is empty.", "Write its text or remove the heading.");

            open = heading;
            contentSinceOpen = false;
            previousLevel = heading.Level;
            headings.Add(new Heading(heading.Level, text, heading.GetAttributes().Id ?? "", line));
        }
        if (open is not null && !contentSinceOpen)
            diagnostics.Warning("empty-section", file, open.Line + 1 + lineOffset, open.Column + 1,
                $"The section \"{InlineText(open).Trim()}\" is empty.", "Write its text or remove the heading.");
        return headings;
    }

    /// <summary>
    /// One pass over a body or FAQ answer: resolves links (and records them for link checking), warns at raw HTML
    /// the sanitizer will strip, and, for a body, collects the plain text.
    /// </summary>
    private struct BodyScan(string file, int lineOffset, LinkTargets links, DiagnosticBag diagnostics, bool snippet, StringBuilder? text,
        List<BodyLink> found) : IMarkdownVisitor
    {
        private readonly List<BodyLink> Links = found;
        public readonly StringBuilder? Text = text;
        public bool HasRawHtml;

        public void Visit(MarkdownObject node)
        {
            switch (node)
            {
                case LinkInline link:
                    RewriteLink(link);
                    break;
                case HtmlBlock block:
                    CheckRawHtml(block.Lines.ToString(), block);
                    break;
                case HtmlInline inline:
                    CheckRawHtml(inline.Tag, inline);
                    break;
                case LiteralInline literal:
                    Text?.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    Text?.Append(code.Content);
                    break;
                case LineBreakInline or ParagraphBlock or HeadingBlock:
                    Text?.Append(' ');
                    break;
            }
        }

        private readonly int LineOf(MarkdownObject node) => snippet ? lineOffset + 1 : node.Line + 1 + lineOffset;

        private readonly int ColumnOf(MarkdownObject node) => snippet ? 1 : node.Column + 1;

        /// <summary>Set for a page without a hero: its first body photo is its lead image (eager, high priority).</summary>
        public bool FirstImageLeads;

        private void RewriteLink(LinkInline link)
        {
            var url = link.Url;
            if (string.IsNullOrWhiteSpace(url)) return;
            if (link.IsImage && links.Images.Find(url) is { } photo)
            {
                var view = Images.ImageViews.Of(photo, AltText(link), links.Href, links.Href);
                Images.ResponsiveImagesExtension.Attach(link, view, FirstImageLeads);
                FirstImageLeads = false;
                return;
            }
            var line = LineOf(link);
            var column = ColumnOf(link);

            if (IsExternal(url))
            {
                if (!link.IsImage) link.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
                if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
                    diagnostics.Warning("insecure-link", file, line, column,
                        $"The link '{url}' uses http://, which browsers may block or warn about.", "Use https:// if the site supports it.");
                return;
            }
            if (url.StartsWith('#'))
            {
                Links.Add(new BodyLink(url, line, column, null, url[1..]));
                return;
            }
            if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
                return;

            var (path, anchor) = SplitAnchor(url);
            if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                var target = links.Find(path);
                if (target is null)
                {
                    var suggestion = links.Suggest(path);
                    diagnostics.Error("broken-link", file, line, column,
                        $"The link '{url}' points to an article that does not exist.",
                        suggestion is null
                            ? "Check the file name in input/articles/ (links use the file name, like other-article.md)."
                            : $"Did you mean '{suggestion}'?");
                    return;
                }
                if (!target.IsPublished)
                    diagnostics.Warning("link-to-draft", file, line, column,
                        $"The link '{url}' points to an article that is not published (a draft or scheduled).",
                        "Remove the link until that article is published.");
                link.Url = links.Href(target.UrlPath) + (anchor is null ? "" : "#" + anchor);
                Links.Add(new BodyLink(url, line, column, target.UrlPath, anchor));
                return;
            }
            if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            {
                link.Url = links.Href(path) + (anchor is null ? "" : "#" + anchor);
                if (!link.IsImage) Links.Add(new BodyLink(url, line, column, path.TrimStart('/'), anchor));
            }
        }

        private void CheckRawHtml(string raw, MarkdownObject node)
        {
            HasRawHtml = true;
            var match = UnsafeHtml().Match(raw);
            if (!match.Success) return;
            diagnostics.Warning("unsafe-html", file, LineOf(node), ColumnOf(node),
                $"Raw HTML '{match.Value.Trim()}' is not allowed and was removed from the page.",
                "Use Markdown instead; scripts, styles, event handlers, frames and javascript:/data: links are stripped.");
        }
    }

    private static string AltText(LinkInline image)
    {
        var text = new StringBuilder();
        foreach (var inline in image.Descendants<LiteralInline>()) text.Append(inline.Content.AsSpan());
        return text.ToString();
    }

    private static (string Path, string? Anchor) SplitAnchor(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? (url, null) : (url[..hash], url[(hash + 1)..]);
    }

    public static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex(@"<\s*(script|style|iframe|object|embed|form|base|meta|link)\b|\son[a-z]+\s*=|javascript:|vbscript:|data:", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeHtml();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in new[] { "figure", "figcaption", "details", "summary", "abbr", "sup", "sub", "mark", "kbd", "small", "dl", "dt", "dd" })
            sanitizer.AllowedTags.Add(tag);
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("rel");
        sanitizer.AllowedAttributes.Add("loading");
        // A body photo's <picture> (Images/ImageViews.cs) when the page also holds raw HTML.
        sanitizer.AllowedTags.Add("picture");
        sanitizer.AllowedTags.Add("source");
        foreach (var attribute in new[] { "srcset", "sizes", "type", "width", "height", "fetchpriority", "decoding" })
            sanitizer.AllowedAttributes.Add(attribute);
        sanitizer.AllowedSchemes.Remove("data");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAttributes.Remove("style");
        return sanitizer;
    }

    // Plain text is collected into a builder per thread (emptied first), not a new one per body or heading. A body's
    // text and a heading's are collected in builders of their own: InlineText is called while a body is being
    // scanned, and sharing one builder would empty the body's text (search, related and word counts) silently.
    [ThreadStatic] private static StringBuilder? t_body;
    [ThreadStatic] private static StringBuilder? t_inline;

    private static StringBuilder BodyBuffer(int capacity) => Reuse(ref t_body, capacity);

    private static StringBuilder Reuse(ref StringBuilder? buffer, int capacity)
    {
        // A huge article's builder is not kept for the next one.
        var sb = buffer is { Capacity: <= 2 << 20 } kept ? kept : buffer = new StringBuilder(capacity);
        sb.Clear();
        sb.EnsureCapacity(capacity);
        return sb;
    }

    public static string InlineText(LeafBlock block)
    {
        if (block.Inline is null) return "";
        var collect = new InlineTextCollector(Reuse(ref t_inline, 64));
        MarkdownWalker.Walk(block, ref collect);
        return collect.Text.ToString();
    }

    private readonly struct InlineTextCollector(StringBuilder text) : IMarkdownVisitor
    {
        public StringBuilder Text { get; } = text;

        public void Visit(MarkdownObject node)
        {
            if (node is LiteralInline literal) Text.Append(literal.Content.AsSpan());
            else if (node is CodeInline code) Text.Append(code.Content);
        }
    }

    public static int CountWords(StringBuilder text) => WordCounter.Count(text);

    /// <summary>The deepest run of list or quote markers, found before parsing so hostile input cannot exhaust the stack.</summary>
    private static (int Depth, int Line) MeasureNesting(string body)
    {
        var max = 0;
        var maxLine = 0;
        var line = 1;
        var i = 0;
        while (i < body.Length)
        {
            var depth = 0;
            var indent = 0;
            while (i < body.Length && body[i] != '\n')
            {
                var c = body[i];
                if (c == '>') depth++;
                else if (c is ' ') indent++;
                else if (c == '\t') indent += 4;
                else if ((c is '-' or '*' or '+') && i + 1 < body.Length && body[i + 1] == ' ') depth++;
                else break;
                i++;
            }
            depth += indent / 2;
            if (depth > max) { max = depth; maxLine = line; }
            var end = i < body.Length ? body.IndexOf('\n', i) : -1;
            i = end < 0 ? body.Length : end + 1;
            line++;
        }
        return (max, maxLine);
    }
}
