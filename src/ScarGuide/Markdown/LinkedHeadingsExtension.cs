using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ScarGuide.Markdown;

/// <summary>Markdig extension: renders section headings as self-links (see <see cref="LinkedHeadingRenderer"/>).</summary>
public sealed class LinkedHeadingsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.Replace<HeadingRenderer>(new LinkedHeadingRenderer());
    }
}
