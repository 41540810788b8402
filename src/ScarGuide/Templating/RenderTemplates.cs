using ScarGuide.Pages;
using ScarGuide.Pipeline;

namespace ScarGuide.Templating;

/// <summary>Per page: renders its layout inside the base layout and writes the HTML. Needs JSON-LD (BuildStructuredData).</summary>
public sealed class RenderTemplates : PerPageStep<OutputPage>
{
    private SiteView? _site;
    private IncludeCache? _includes;

    public override string Name => "templates";

    protected override IReadOnlyList<OutputPage> Items(BuildContext context)
    {
        // The site view is the same for every page: build it once, before the parallel loop.
        _site = new ViewFactory(context).Site();
        _includes = new IncludeCache();
        return context.PagesToRender;
    }

    protected override void Run(OutputPage page, BuildContext context)
    {
        var where = page.Source?.SourcePath ?? page.OutputPath;
        if (context.Theme.TryRenderUtf8(page.Layout, page.View, _site!, context.Diagnostics, where, _includes, context.Config.Render, out var html))
            context.Output.Write(page.OutputPath, html);
    }
}
