using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using ScarGuide.Templating;

namespace ScarGuide.Images;

/// <summary>
/// Markdig extension: a body image that is a processed photo renders as a <c>&lt;picture&gt;</c> (the Markdown
/// renderer attaches its view while resolving links); any other image renders as Markdig renders it.
/// </summary>
public sealed class ResponsiveImagesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.Replace<LinkInlineRenderer>(new PictureRenderer());
    }

    /// <summary>A body image's view and whether it is the page's lead image, attached to its <see cref="LinkInline"/>.</summary>
    internal sealed record BodyPicture(ImageView View, bool Priority);

    internal static void Attach(LinkInline link, ImageView view, bool priority) => link.SetData(typeof(BodyPicture), new BodyPicture(view, priority));

    private sealed class PictureRenderer : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (link.IsImage && link.GetData(typeof(BodyPicture)) is BodyPicture picture && renderer.EnableHtmlForInline)
                renderer.Write(ImageViews.Picture(picture.View, ImageViews.ProseSizes, link.Title, picture.Priority));
            else
                base.Write(renderer, link);
        }
    }
}
