using ScarGuide.Content;
using ScarGuide.Pipeline;

namespace ScarGuide.Pages;

/// <summary>
/// In a one-shot build (<see cref="BuildOptions.ReleaseAsWritten"/>), lets go of what no later step reads: with
/// <paramref name="plainText"/>, after the search index, every body's plain text; else, after templates and feeds,
/// every page's view and JSON-LD and every body's HTML. With build memory, or where the built context is read
/// afterwards, it does nothing.
/// </summary>
public sealed class ReleaseRenderedPages(bool plainText) : IStep
{
    public string Name => plainText ? "release text" : "release pages";

    public void Run(BuildContext context)
    {
        if (!context.Options.ReleaseAsWritten || context.Work.Remembers) return;
        if (plainText)
        {
            foreach (var page in context.Content)
                if (!page.Rendered.PlainUtf8.IsEmpty) page.Rendered = page.Rendered with { PlainUtf8 = Utf8Text.Empty };
            return;
        }
        foreach (var page in context.OutputPages) page.Release();
        foreach (var page in context.Content)
            if (!page.Rendered.HtmlText.IsEmpty) page.Rendered = page.Rendered with { HtmlText = Utf8Text.Empty };
    }
}
