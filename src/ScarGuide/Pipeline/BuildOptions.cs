namespace ScarGuide.Pipeline;

/// <summary>What to build and how: folders, base URL override, drafts, future articles, parallelism. Immutable: what builds remember from each other is a <see cref="BuildMemory"/>.</summary>
public sealed record BuildOptions
{
    /// <summary>The folder diagnostics are relative to (usually the repository root).</summary>
    public required string RootDirectory { get; init; }
    public required string InputDirectory { get; init; }
    public required string ThemeDirectory { get; init; }

    /// <summary>
    /// True: the built-in theme is the base and <see cref="ThemeDirectory"/>, if it exists, overrides its files one by
    /// one. False: <see cref="ThemeDirectory"/> is the whole theme (<c>--theme</c>).
    /// </summary>
    public bool BuiltInTheme { get; init; }

    /// <summary>
    /// Also write <c>.br</c> and <c>.gz</c> beside text files: true with <c>--compress</c>, false where nothing is
    /// served from disk (the preview), null to do what site.yml's <c>compress:</c> says.
    /// </summary>
    public bool? Compress { get; init; }
    public string? BaseUrl { get; init; }
    public bool IncludeDrafts { get; init; }
    public bool IncludeFuture { get; init; }
    public bool Parallel { get; init; } = true;

    /// <summary>
    /// A one-shot build (<c>scarguide build</c>): each article's Markdown source is let go once rendered, its JSON-LD is
    /// made as its page is written, and pages' views and bodies are let go once templates and feeds are done, so a
    /// large site is never held whole. Off where the built context is read afterwards (the preview, <c>report</c>,
    /// <c>diff</c>, tests) or results are remembered between builds.
    /// </summary>
    public bool ReleaseAsWritten { get; init; }

    /// <summary>
    /// In a one-shot build (<see cref="ReleaseAsWritten"/>): after a step that lets go of much (the sources, the Markdown
    /// bodies, plain text, pages' HTML), the heap is compacted if it holds at least this many bytes. The default (1 GiB)
    /// leaves a site of 10,000 articles alone and keeps 100,000 well within 4 GB; tests lower it.
    /// </summary>
    public long CompactHeapAbove { get; init; } = HeapCompaction.DefaultThreshold;

    /// <summary>Told as each photo is done (the command line shows a progress line on a terminal).</summary>
    public IProgress<Images.ImageProgress>? ImageProgress { get; init; }

    /// <summary>
    /// "Now" for scheduling and review dates. The library never reads the system clock: the command line passes its
    /// <c>--clock</c> (or the system time), tests a fixed day, so output depends only on the inputs and this value.
    /// </summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>Builds options for a site laid out as <c>root/input</c> and <c>root/theme</c>, as of <paramref name="now"/>.</summary>
    public static BuildOptions ForRoot(string root, DateTimeOffset now) => new()
    {
        Now = now,
        RootDirectory = Path.GetFullPath(root),
        InputDirectory = Path.GetFullPath(Path.Combine(root, "input")),
        ThemeDirectory = Path.GetFullPath(Path.Combine(root, "theme")),
    };
}
