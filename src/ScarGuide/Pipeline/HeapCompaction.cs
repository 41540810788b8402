using System.Runtime;
using ScarGuide.FrontMatter;
using ScarGuide.Markdown;
using ScarGuide.Related;
using ScarGuide.Search;
using ScarGuide.Templating;

namespace ScarGuide.Pipeline;

/// <summary>
/// A one-shot build of a large site compacts the heap right after the steps that let go of a large share of it: the
/// whole source files (front matter), the Markdown bodies and the fragmentation rendering leaves (Markdown), what
/// counting terms left and the related index (related), every body's plain text (search analysis), pages' HTML
/// (templates). By then most of what was let go has lived long enough to sit in the oldest generation, which the
/// collector visits rarely: at 100,000 articles the heap carried up to 1 GB of it besides the free space between live
/// objects, and the build peaked at 4.2 GiB while its live objects stayed under 3 GiB (docs/performance.md, Scale).
/// </summary>
internal static class HeapCompaction
{
    /// <summary>
    /// Below this many bytes on the heap a step boundary costs nothing extra: a small site's build never compacts
    /// (the collector's own schedule is cheaper there), a 100,000-article one holds 1–3 GB between steps.
    /// </summary>
    public const long DefaultThreshold = 1L << 30;

    public static bool After(IStep step) =>
        step is ParseFrontMatter or RenderMarkdown or RelateArticles or AnalyzeSearch or RenderTemplates;

    /// <summary>Compacts if the heap holds at least <paramref name="threshold"/> bytes; whether it did.</summary>
    public static bool IfAbove(long threshold)
    {
        if (GC.GetTotalMemory(forceFullCollection: false) < threshold) return false;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return true;
    }
}
