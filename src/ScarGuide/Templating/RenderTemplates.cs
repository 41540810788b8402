using ScarGuide.Pages;
using ScarGuide.Pipeline;

namespace ScarGuide.Templating;

/// <summary>Per page: renders its layout inside the base layout and writes the HTML. Needs JSON-LD (BuildStructuredData).</summary>
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
        var siteKey = new Lazy<string>(() => RenderInputs.Site(context));
        // Without memory a page's bytes go straight to the output; with memory they are kept for the next build.
        var keep = context.Work.Remembers;
        var render = new Reusable<OutputPage, byte[]?>(
            ResultName,
            page => page.OutputPath,
            page => [siteKey.Value, RenderInputs.Page(page), page.JsonLd],
            (page, diagnostics) =>
            {
                var where = page.Source?.SourcePath ?? page.OutputPath;
                var view = page.JsonLd.Length == 0 ? page.View : page.View with { JsonLd = page.JsonLd };
                if (!context.Theme.TryRenderUtf8(page.Layout, view, site, diagnostics, where, includes, context.Config.Render, out var html))
                    return null;
                if (keep) return html.ToArray();
                context.Output.Write(page.OutputPath, html);
                return null;
            });
        context.Work.ForEach(render, context.OutputPages, context.Diagnostics, (page, html) =>
        {
            // Kept bytes are never changed, so memory can hold them as they are instead of a copy.
            if (html is null) return;
            if (context.Output is IO.MemoryOutput memory) memory.Keep(page.OutputPath, html);
            else context.Output.Write(page.OutputPath, html);
        });
    }
}
