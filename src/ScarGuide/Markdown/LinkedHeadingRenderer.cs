using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ScarGuide.Markdown;

/// <summary>Renders section headings as self-links (<c>&lt;h2 id="x"&gt;&lt;a href="#x"&gt;</c>) so readers can share a section.</summary>
internal sealed class LinkedHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        var tag = "h" + Math.Clamp(obj.Level, 1, 6);
        var id = obj.GetAttributes().Id;
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(obj).Write('>');
        if (obj.Level >= 2 && !string.IsNullOrEmpty(id))
        {
            renderer.Write("<a class=\"heading-link\" href=\"#").WriteEscapeUrl(id).Write("\">");
            renderer.WriteLeafInline(obj);
            renderer.Write("</a>");
        }
        else
        {
            renderer.WriteLeafInline(obj);
        }
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
