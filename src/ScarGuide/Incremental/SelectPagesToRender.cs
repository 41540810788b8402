using ScarGuide.Pipeline;

namespace ScarGuide.Incremental;

/// <summary>
/// Decides which pages the template steps render: every page, or with a <see cref="BuildCache"/> only those whose
/// template inputs changed since the last build (the others keep their bytes). Needs every page planned.
/// </summary>
public sealed class SelectPagesToRender : IStep
{
    public string Name => "select pages";

    public void Run(BuildContext context)
    {
        if (context.Options.Cache is { } cache) context.PagesToRender = cache.SelectPages(context);
    }
}
