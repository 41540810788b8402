using System.Diagnostics;
using ScarGuide.Assets;
using ScarGuide.Content;
using ScarGuide.Diagnostics;
using ScarGuide.Feeds;
using ScarGuide.FrontMatter;
using ScarGuide.Images;
using ScarGuide.IO;
using ScarGuide.Markdown;
using ScarGuide.Navigation;
using ScarGuide.Pages;
using ScarGuide.Publishing;
using ScarGuide.Readability;
using ScarGuide.Related;
using ScarGuide.Search;
using ScarGuide.Sitemap;
using ScarGuide.StructuredData;
using ScarGuide.Taxonomy;
using ScarGuide.Templating;
using ScarGuide.Translation;
using ScarGuide.Validation;

namespace ScarGuide.Pipeline;

/// <summary>How long one step took.</summary>
/// <param name="Allocated">Bytes allocated by all threads while the step ran (what the collector has to clean up).</param>
/// <param name="Cpu">Processor time of the whole process while the step ran (all threads, the runtime's own included):
/// against <paramref name="Elapsed"/> it tells how much of the machine the step kept busy.</param>
public sealed record StepTiming(string Name, TimeSpan Elapsed, long Allocated, TimeSpan Cpu)
{
    /// <summary>Starts measuring a step; <see cref="Meter.Stop"/> gives its timing.</summary>
    internal static Meter Start() => new(Stopwatch.StartNew(), GC.GetTotalAllocatedBytes(), Environment.CpuUsage.TotalTime);

    internal readonly record struct Meter(Stopwatch Watch, long Allocated, TimeSpan Cpu)
    {
        public StepTiming Stop(string name) =>
            new(name, Watch.Elapsed, GC.GetTotalAllocatedBytes() - Allocated, Environment.CpuUsage.TotalTime - Cpu);
    }
}

/// <summary>The outcome of a build: diagnostics, what was built, and per-step timings.</summary>
public sealed record BuildResult(BuildContext Context, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<StepTiming> Timings, TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>How many times a one-shot build compacted the heap after a step that let go of much (see <see cref="BuildOptions.CompactHeapAbove"/>).</summary>
    public int HeapCompactions { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    // For summaries of any build, including one that stopped early (no input folder, a crashed step): counts of
    // what its steps wrote, in every language, zero for the steps that did not run.

    /// <summary>The pages PlanPages planned in every language, or none if it did not run.</summary>
    public IReadOnlyList<OutputPage> PlannedPages => Context.Ran<PlanPages>() ? Context.LanguageSites.SelectMany(s => s.OutputPages).ToList() : [];

    /// <summary>Published articles in every language, or 0 if SelectPublished did not run.</summary>
    public int ArticleCount => Context.Ran<SelectPublished>() ? Context.LanguageSites.Sum(s => s.Articles.Count) : 0;

    /// <summary>Drafts and scheduled articles held back in every language, or 0 if SelectPublished did not run.</summary>
    public int HeldBack => Context.Ran<SelectPublished>() ? Context.LanguageSites.Sum(s => s.HeldBack) : 0;

    /// <summary>Markdown files parsed, or 0 if ParseFrontMatter did not run.</summary>
    public int ContentCount => Context.Ran<ParseFrontMatter>() ? Context.Content.Count : 0;
}

/// <summary>Runs the build pipeline: an explicit, ordered list of steps. Each step is a barrier for the next.</summary>
public static class SiteBuilder
{
    /// <summary>The steps in order; each sees everything before it. Per-item work inside a step goes through <see cref="Work"/>.</summary>
    public static IReadOnlyList<IStep> Steps() =>
    [
        new ReadSources(),
        new ParseFrontMatter(),
        new ProcessImages(),        // needs each page's image and focus; SelectPublished hands its variants to Markdown
        new SplitLanguages(),       // one context per language; the steps marked PerLanguage run once for each
        new PerLanguage(new ResolvePeople()),       // authors and reviewers from authors.yml
        new PerLanguage(new ValidateContent()),     // reports; and each article's review state (NextReview, HeldUnreviewed)
        new CheckTranslations(),    // across languages: stale translations (noindex before anything is listed)
        new PerLanguage(new SelectPublished()),     // what is published, and the link targets
        new PerLanguage(new RenderMarkdown()),      // per page; needs URLs to resolve links between articles
        new PerLanguage(new CheckReadability()),    // scores come from RenderMarkdown
        new PerLanguage(new BuildTaxonomies()),
        new PerLanguage(new RelateArticles()),      // needs plain text and headings from Markdown
        new PerLanguage(new AnalyzeSearch()),       // the last reader of plain text: a one-shot build lets it go here
        new PerLanguage(new LinkNeighbours()),
        new ProcessAssets(),        // fingerprinted names must exist before pages link them
        new PerLanguage(new PlanPages()),           // every page with its breadcrumbs and view
        new LinkTranslations(),     // across languages: switcher and hreflang, once every language's pages are known
        new CheckTranslatedTerms(), // a translation that uses none of the glossary terms its source uses
        new PerLanguage(new CheckLinks()),          // needs every page's URL and headings
        new PerLanguage(new BuildStructuredData()), // per page; workTranslation needs LinkTranslations
        new PerLanguage(new WriteFeeds()),          // before templates: a one-shot build lets each article's HTML go as its page is written
        new PerLanguage(new RenderTemplates()),     // per page; needs its JSON-LD
        new PerLanguage(new CheckSectionLinks()),   // links to the theme's sections (#related), on the rendered pages
        new WriteSitemap(),         // every language's pages in one sitemap
        new PerLanguage(new ReleaseRenderedPages()), // a one-shot build: no step below reads views or HTML bodies
        new PerLanguage(new WriteSearchIndex()),    // merges what AnalyzeSearch kept into the site-wide files
        new CopyStaticFiles(),
        new WritePlatformFiles(),
        new CompressOutput(),       // last: reads back every file written above
    ];

    /// <summary>
    /// Builds into <paramref name="output"/>, which may be memory, a staging folder or nothing. With
    /// <paramref name="memory"/> (kept by the caller between builds of one site), results whose inputs are unchanged
    /// are reused. With <paramref name="until"/>, stops after the step of that name (<c>scarguide related</c> needs
    /// the related index, not pages).
    /// </summary>
    public static BuildResult Build(BuildOptions options, IOutput output, BuildMemory? memory = null, string? until = null,
        Action<string>? onStep = null)
    {
        var context = new BuildContext(options, output, memory);
        var timings = new List<StepTiming>();
        var compactions = 0;
        var total = Stopwatch.StartNew();
        foreach (var step in Steps())
        {
            onStep?.Invoke(step.Name);
            var meter = StepTiming.Start();
            try
            {
                step.Run(context);
                var ran = step is PerLanguage each ? each.Step : step;
                if (!context.Stopped) context.Finished(ran);
                if (!context.Stopped && context.ReleasesAsWritten && HeapCompaction.After(ran)
                    && HeapCompaction.IfAbove(options.CompactHeapAbove))
                    compactions++;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                context.FailedUnexpectedly(step.Name, ex);
            }
            timings.Add(meter.Stop(step.Name));
            if (context.Stopped || step.Name == until) break;
        }
        // The theme loads on another thread and reports its own errors: wait for it even if no step needed it. The image
        // cache's upkeep ends before the build does, so the next build (a preview's) finds it done.
        _ = context.Theme;
        context.FinishCacheUpkeep();
        memory?.End();
        return new BuildResult(context, context.Diagnostics.Sorted(), timings, total.Elapsed) { HeapCompactions = compactions };
    }

    /// <summary>
    /// Builds to disk all-or-nothing: into a staging folder that replaces <paramref name="outputDirectory"/> only if
    /// the build has no errors. Refuses output folders that would overwrite sources.
    /// </summary>
    public static BuildResult BuildToDirectory(BuildOptions options, string outputDirectory, Action<string>? onStep = null)
    {
        var refusal = SafeOutputFolder.Validate(outputDirectory,
            [options.InputDirectory, options.ThemeDirectory, options.RootDirectory]);
        if (refusal is not null)
        {
            var context = new BuildContext(options, new NullOutput());
            context.Diagnostics.Error("unsafe-output", outputDirectory, 0, 0, refusal, "Pass --output with a folder of its own, such as output/.");
            return new BuildResult(context, context.Diagnostics.Sorted(), [], TimeSpan.Zero);
        }

        using var staging = SafeOutputFolder.Begin(outputDirectory, SitePaths.ImageVariants);
        staging.Output.ListPreviousSoon();
        var result = Build(options, staging.Output, onStep: onStep);
        if (!result.Succeeded) return result;
        onStep?.Invoke("commit");
        var meter = StepTiming.Start();
        try
        {
            staging.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The previous site is still in place, its photo variants included (Commit puts them back first).
            result.Context.Diagnostics.Error("output-failed", outputDirectory, 0, 0, $"The new site could not be put in place: {ex.Message}",
                "Check that the output folder and the image cache are writable and on a disk with free space, then build again.");
            return result with { Diagnostics = result.Context.Diagnostics.Sorted() };
        }
        // Placing the photo variants, swapping the folders and removing the old site: part of what a build costs.
        var commit = meter.Stop("commit");
        return result with { Timings = [.. result.Timings, commit], Elapsed = result.Elapsed + commit.Elapsed };
    }
}
