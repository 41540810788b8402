using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace ScarGuide.Markdown;

/// <summary>
/// Markdig extension: wraps each table in a focusable, labelled region, so a wide table scrolls on its own on a
/// phone (keyboard users can scroll it too) and keeps its table semantics.
/// </summary>
public sealed class ScrollableTablesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<WrappedTableRenderer>())
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new WrappedTableRenderer());
    }

    private sealed class WrappedTableRenderer : HtmlTableRenderer
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table\">");
            base.Write(renderer, table);
            renderer.WriteLine("</div>");
        }
    }
}
