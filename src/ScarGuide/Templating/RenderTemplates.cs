using AngleSharp.Html.Parser;
using ScarGuide.Pages;
using ScarGuide.Pipeline;

namespace ScarGuide.Templating;

/// <summary>
/// Per page: renders its layout inside the base layout and writes the HTML. Needs JSON-LD (BuildStructuredData).
/// Notes the element ids of pages whose sections body links point at (CheckSectionLinks reads them).
/// </summary>
public sealed class RenderTemplates : IStep
{
    public string Name => "templates";

    /// <summary>The name its results are remembered under (see <see cref="BuildMemory.LastBuild"/>).</summary>
    public const string ResultName = "templates";

    public void Run(BuildContext context)
    {
        // The site view is the same for every page: built once, before the parallel loop.
        var site = new ViewFactory(context).Site();
        var includes = new IncludeCache();
        // The t filter shows the strings of this build's language (one build per language).
        var strings = context.Strings;
        // Without memory a page's bytes go straight to the output; with memory they are kept for the next build.
        var keep = context.Work.Remembers;
        // A one-shot build lets go of each page's view and JSON-LD, and an article's body HTML, once the page is written.
        var release = context.ReleasesAsWritten;
        var render = new Reusable<OutputPage, byte[]?>(
            ResultName,
            page => page.OutputPath,
            page => [context.SiteRenderKey, RenderInputs.Page(page), page.JsonLd, page.Translations?.Key],
            (page, diagnostics) =>
            {
                var where = page.Source?.SourcePath ?? page.OutputPath;
                page.HoldView(); // the JSON-LD is made from the same view
                var jsonLd = page.JsonLd; // made on this read in a one-shot build
                var view = jsonLd.Length == 0 ? page.View : page.View with { JsonLd = jsonLd };
                if (page.Translations is { } translations)
                    view = view with { Translations = translations.Links, Alternates = translations.Alternates };
                var rendered = context.Theme.TryRenderUtf8(page.Layout, view, site, diagnostics, where, includes, context.Config.Render, strings, out var html);
                if (release)
                {
                    page.Release();
                    // Its body's HTML too: no other page shows it, and the feeds were written before templates.
                    if (page is { Kind: PageKind.Article, Source: { } article }) article.ReleaseHtml();
                }
                if (!rendered) return null;
                if (keep || page.IsSectionTarget) return html.ToArray();
                context.Output.Write(page.OutputPath, html);
                return null;
            });
        context.Work.ForEach(render, context.OutputPages, context.Diagnostics, (page, html) =>
        {
            if (html is null) return;
            if (page.IsSectionTarget) page.RenderedIds = ElementIds.Of(html);
            // Kept bytes are never changed, so memory can hold them as they are instead of a copy.
            if (context.Output is IO.MemoryOutput memory) memory.Keep(page.OutputPath, html);
            else context.Output.Write(page.OutputPath, html);
        });
    }
}

/// <summary>
/// The <c>id</c> attributes of rendered HTML, read by AngleSharp's HTML parser: a theme may quote them with <c>'</c>
/// or not at all, and text, scripts and other attributes may hold <c> id="..."</c> without it being one. Only pages
/// that section links point at are read (about a millisecond for a 30 KB article page). AngleSharp's bare tokenizer
/// was no faster and, without the tree builder, reads tags inside scripts.
/// </summary>
internal static class ElementIds
{
    // One per thread: pages are rendered in parallel, and the parser is not documented as thread-safe.
    [ThreadStatic] private static HtmlParser? t_parser;

    public static IReadOnlySet<string> Of(ReadOnlySpan<byte> html)
    {
        var document = (t_parser ??= new HtmlParser()).ParseDocument(System.Text.Encoding.UTF8.GetString(html));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
            ids.Add(element.Id!);
        return ids;
    }
}
