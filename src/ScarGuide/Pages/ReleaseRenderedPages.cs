using ScarGuide.Pipeline;

namespace ScarGuide.Pages;

/// <summary>
/// In a one-shot build (<see cref="BuildOptions.ReleaseAsWritten"/>), after templates and feeds: lets go of every page's
/// view and JSON-LD and every body's HTML, which no later step reads. What the search index reads (plain text, headings,
/// FAQ) stays. With build memory, or where the built context is read afterwards, it does nothing.
/// </summary>
public sealed class ReleaseRenderedPages : IStep
{
    public string Name => "release pages";

    public void Run(BuildContext context)
    {
        if (!context.ReleasesAsWritten) return;
        foreach (var page in context.OutputPages) page.Release();
        foreach (var page in context.Content) page.ReleaseHtml();
    }
}
