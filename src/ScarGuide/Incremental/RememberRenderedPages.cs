using ScarGuide.Pipeline;

namespace ScarGuide.Incremental;

/// <summary>After rendering: hands the rendered pages to the <see cref="BuildCache"/> for the next build.</summary>
public sealed class RememberRenderedPages : IStep
{
    public string Name => "remember pages";

    public void Run(BuildContext context) => context.Options.Cache?.Remember(context);
}
