using System.Text;
using Markdig;
using Markdig.Extensions.Abbreviations;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ScarGuide.Markdown;

namespace ScarGuide.Readability;

/// <summary>Finds an article's prose (paragraphs, list items, quotes, FAQ) as plain text with file lines.</summary>
public static class ProseExtractor
{
    // The renderer's block and inline syntax (MarkdownRenderer.CreatePipeline) without what only changes the HTML
    // (heading ids, linked headings, scrollable tables), so both see the same paragraphs, lists and tables. As there,
    // the bare-URL parser runs only on text that may hold a bare URL: such a URL is a link, and its address is left out.
    private static readonly MarkdownPipeline Pipeline = CreatePipeline(autoLinks: true);
    private static readonly MarkdownPipeline PipelineWithoutAutoLinks = CreatePipeline(autoLinks: false);

    private static MarkdownPipeline CreatePipeline(bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras();
        if (autoLinks) builder.UseAutoLinks();
        return builder.UseListExtras().UseFigures().UseAbbreviations().UseFootnotes().Build();
    }

    private static HashSet<string> FaqTitles => Markdown.MarkdownRenderer.FaqTitles;

    /// <summary>
    /// The prose of a body that starts on file line <paramref name="bodyLine"/> (1-based), then of the front-matter FAQ
    /// texts in their order. Call it on a body <see cref="MarkdownRenderer.Render"/> accepted: that refuses bodies
    /// nested too deep to parse safely. Left out: code, tables, headings other than FAQ questions, raw HTML, images,
    /// footnotes and link addresses (a link's text stays).
    /// </summary>
    public static IReadOnlyList<ProseBlock> Extract(string body, int bodyLine, IReadOnlyList<FaqText>? faq = null)
    {
        var blocks = FromDocument(Parse(body), bodyLine);
        if (faq is not null)
            foreach (var item in faq) AddAnswer(Parse(item.Markdown), item.Line, blocks);
        return blocks;
    }

    /// <summary>
    /// The prose of a body the renderer has just parsed (before it moves the FAQ section out), so a build parses each
    /// body once for both.
    /// </summary>
    internal static List<ProseBlock> FromDocument(MarkdownDocument document, int bodyLine)
    {
        var blocks = new List<ProseBlock>();
        Collect(document, bodyLine, questionsToo: true, blocks, new Scratch());
        return blocks;
    }

    /// <summary>Adds the prose of a front-matter FAQ text (an answer the renderer has just parsed) starting on file line <paramref name="line"/>.</summary>
    internal static void AddAnswer(MarkdownDocument answer, int line, List<ProseBlock> blocks) =>
        Collect(answer, line, questionsToo: false, blocks, new Scratch());

    private static MarkdownDocument Parse(string markdown) =>
        Markdig.Markdown.Parse(markdown, MarkdownRenderer.MayHoldBareUrl(markdown) ? Pipeline : PipelineWithoutAutoLinks);

    private static void Collect(MarkdownDocument document, int firstLine, bool questionsToo, List<ProseBlock> blocks, Scratch text)
    {
        var lineOffset = firstLine - 1;
        var inFaq = false;
        var stack = text.Blocks;
        foreach (var top in document)
        {
            if (top is HeadingBlock { Level: <= 2 } section)
                inFaq = questionsToo && section.Level == 2 && FaqTitles.Contains(PlainText(section, text).Trim());
            // A question of the FAQ section is read as a sentence; other headings are not prose.
            if (inFaq && top is HeadingBlock { Level: 3 } question)
            {
                Add(question, lineOffset, blocks, text, dropNumbering: true);
                continue;
            }

            stack.Push(top);
            while (stack.Count > 0)
            {
                var block = stack.Pop();
                switch (block)
                {
                    case ParagraphBlock paragraph:
                        Add(paragraph, lineOffset, blocks, text, dropNumbering: false);
                        break;
                    case ListBlock or ListItemBlock or QuoteBlock:
                        var container = (ContainerBlock)block;
                        for (var i = container.Count - 1; i >= 0; i--) stack.Push(container[i]);
                        break;
                }
            }
        }
    }

    /// <summary>What one collection reuses block after block: the text being built and the walks' stacks.</summary>
    private sealed class Scratch
    {
        public readonly StringBuilder Text = new(256);
        public readonly Stack<Block> Blocks = new();
        public readonly Stack<Inline> Inlines = new();
    }

    private static void Add(LeafBlock block, int lineOffset, List<ProseBlock> blocks, Scratch scratch, bool dropNumbering)
    {
        AppendInlines(block, scratch);
        var text = scratch.Text;
        var start = 0;
        var line = block.Line + 1 + lineOffset;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
            if (text[start++] == '\n') line++;
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (dropNumbering) start = SkipNumbering(text, start, end);
        if (HasWord(text, start, end)) blocks.Add(new ProseBlock(text.ToString(start, end - start), line));
    }

    private static string PlainText(LeafBlock block, Scratch scratch)
    {
        AppendInlines(block, scratch);
        return scratch.Text.ToString();
    }

    /// <summary>
    /// The block's text into <paramref name="text"/> (emptied first), keeping its line breaks: a line break wherever an
    /// inline starts on a later source line, so the text's lines are the source's.
    /// </summary>
    private static void AppendInlines(LeafBlock block, Scratch scratch)
    {
        var text = scratch.Text.Clear();
        if (block.Inline is null) return;
        var line = block.Line;
        // No recursion: links and emphasis may nest deeply.
        var stack = scratch.Inlines;
        stack.Clear();
        PushChildren(stack, block.Inline);
        while (stack.Count > 0)
        {
            var inline = stack.Pop();
            for (; line < inline.Line; line++) text.Append('\n');
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    line = inline.Line + 1;
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case AbbreviationInline abbreviation:
                    text.Append(abbreviation.Abbreviation.Label);
                    break;
                case CodeInline:
                    text.Append(' ');
                    break;
                case LinkInline { IsImage: true } or LinkInline { IsAutoLink: true }:
                    break;
                case ContainerInline container:
                    PushChildren(stack, container);
                    break;
            }
        }
    }

    private static void PushChildren(Stack<Inline> stack, ContainerInline parent)
    {
        for (var child = parent.LastChild; child is not null; child = child.PreviousSibling) stack.Push(child);
    }

    // "1. How long..." and "Q2: How long..." number a question (as MarkdownRenderer reads them); the number is not read.
    private static int SkipNumbering(StringBuilder text, int start, int end)
    {
        var i = start;
        var q = i < end && text[i] == 'Q';
        if (q) i++;
        var digits = i;
        while (i < end && char.IsAsciiDigit(text[i])) i++;
        var numbered = i < end && (q ? text[i] is ':' or '.' : i > digits && text[i] is '.' or ')');
        if (!numbered) return start;
        i++;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static bool HasWord(StringBuilder text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }
}
