using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ScarGuide.Configuration;
using ScarGuide.Content;
using ScarGuide.Diagnostics;
using ScarGuide.FrontMatter;
using ScarGuide.IO;
using ScarGuide.Markdown;
using ScarGuide.Navigation;
using ScarGuide.Pages;
using ScarGuide.Pipeline;
using ScarGuide.Templating;

namespace ScarGuide.Incremental;

/// <summary>What the last build with a <see cref="BuildCache"/> did again and what it reused.</summary>
/// <param name="FullRenderReason">Why every page was rendered ("first build", "theme changed", ...), or null.</param>
public sealed record BuildCacheStats(
    int FilesParsed, int FilesReused, int BodiesRendered, int BodiesReused, int PagesRendered, int PagesKept, string? FullRenderReason);

/// <summary>
/// Remembers work between builds of one site, so the preview server rebuilds in proportion to what changed:
/// <list type="bullet">
/// <item>source file texts, per file, by size and last-write time (<see cref="FileTextCache"/>);</item>
/// <item>front matter, per file, by its text;</item>
/// <item>rendered Markdown, per file, by its parsed source and the link targets it looked up (so a renamed or
/// unpublished target re-renders the articles linking to it);</item>
/// <item>rendered HTML, per output page, by everything its template sees (view, layout, theme, site settings):
/// a page whose inputs are deeply equal to the last build's keeps its bytes;</item>
/// <item>each related-index document's analysed text, by its title, headings and body (<see cref="Related.RelatedAnalysisCache"/>);</item>
/// <item>feeds, by the same front matter and rendered HTML objects and equal settings (<see cref="Output"/>).</item>
/// </list>
/// Site-wide steps (validation, taxonomies, related lists, planning, sitemap, search) always run in full, so an
/// incremental build writes exactly what a full build writes. One build at a time per cache; the pages are only
/// reused when building into a fresh <see cref="MemoryOutput"/>.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, FrontMatterEntry> _frontMatter = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MarkdownEntry> _markdown = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageState> _pages = new(StringComparer.Ordinal);
    private GlobalKey? _global;
    private int _generation;

    // This build's counts and plan; reset when its pages are remembered.
    private int _filesParsed, _filesReused, _bodiesRendered, _bodiesReused;
    private Dictionary<string, PageKey> _rendering = new(StringComparer.Ordinal);
    private int _kept;
    private string? _fullRenderReason;

    /// <summary>Source file texts, by path, size and last-write time.</summary>
    internal FileTextCache Files { get; } = new();

    /// <summary>Each listed article's analysed text for the related index (see <see cref="Related.RelatedAnalysisCache"/>).</summary>
    internal Related.RelatedAnalysisCache Related { get; } = new();

    // Feed content: rendered HTML (by identity; an unchanged body keeps its string) with absolute links, per origin.
    private readonly ConditionalWeakTable<string, Tuple<string, string>> _absoluteHtml = new();

    /// <summary><see cref="AbsoluteUrls.InHtml"/>, remembered while the same HTML string is alive.</summary>
    internal string AbsoluteHtml(string html, SiteConfig config)
    {
        var origin = AbsoluteUrls.Origin(config);
        if (_absoluteHtml.TryGetValue(html, out var entry) && entry.Item1 == origin) return entry.Item2;
        var result = AbsoluteUrls.InHtml(html, config);
        _absoluteHtml.AddOrUpdate(html, Tuple.Create(origin, result));
        return result;
    }

    // Whole output files (feeds) by path, with the inputs they were made from.
    private readonly ConcurrentDictionary<string, OutputEntry> _outputs = new(StringComparer.Ordinal);

    /// <summary>
    /// The bytes of a generated file: remembered if <paramref name="key"/> equals the last build's for this path
    /// item by item (strings by value, other values with Equals, objects by identity), else <paramref name="make"/>.
    /// The key must name every input of the file; objects stand for themselves only if they are never changed.
    /// </summary>
    internal byte[] Output(string path, object?[] key, Func<byte[]> make)
    {
        if (_outputs.TryGetValue(path, out var entry) && entry.Key.Length == key.Length)
        {
            var same = true;
            for (var i = 0; i < key.Length && same; i++)
                same = ReferenceEquals(entry.Key[i], key[i])
                    || (key[i] is string or ValueType && Equals(entry.Key[i], key[i]));
            if (same)
            {
                entry.Generation = _generation;
                return entry.Bytes;
            }
        }
        var bytes = make();
        _outputs[path] = new OutputEntry(key, bytes) { Generation = _generation };
        return bytes;
    }

    /// <summary>The last completed build's counts.</summary>
    public BuildCacheStats LastBuild { get; private set; } = new(0, 0, 0, 0, 0, 0, "no build yet");

    /// <summary>Front matter of <paramref name="source"/>: remembered if its text is unchanged, else <paramref name="read"/>.</summary>
    internal ParsedSource? FrontMatter(SourceText source, DiagnosticBag diagnostics, Func<SourceText, DiagnosticBag, ParsedSource?> read)
    {
        if (_frontMatter.TryGetValue(source.SourcePath, out var entry)
            && entry.Kind == source.Kind && entry.FileKey == source.FileKey
            && string.Equals(entry.Text, source.Text, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _filesReused);
            return Replay(entry, entry.Result, entry.Diagnostics, diagnostics);
        }

        var own = new DiagnosticBag();
        var result = read(source, own);
        Interlocked.Increment(ref _filesParsed);
        entry = new FrontMatterEntry(source.Text, source.Kind, source.FileKey, result, own.Sorted()) { Generation = _generation };
        _frontMatter[source.SourcePath] = entry;
        return Replay(entry, result, entry.Diagnostics, diagnostics);
    }

    /// <summary>
    /// The rendered body of <paramref name="page"/>: remembered if its parsed source is the same object as last time
    /// (see <see cref="FrontMatter"/>) and every link target it looked up resolves as before, else <paramref name="render"/>.
    /// </summary>
    internal RenderedBody Markdown(ContentPage page, LinkTargets links, DiagnosticBag diagnostics,
        Func<ContentPage, LinkTargets, DiagnosticBag, RenderedBody> render)
    {
        if (_markdown.TryGetValue(page.SourcePath, out var entry)
            && ReferenceEquals(entry.Meta, page.Meta) && ReferenceEquals(entry.Body, page.Body) && entry.BodyLine == page.BodyLine
            && entry.BasePath == links.BasePath && entry.Images == links.Images.Fingerprint
            && entry.Lookups.All(l => l.Key.StartsWith(RecordingTargets.AllKeys, StringComparison.Ordinal)
                ? l.Key == RecordingTargets.AllKeys + links.KeysFingerprint
                : Equals(links.Find(l.Key + ".md"), l.Target)))
        {
            Interlocked.Increment(ref _bodiesReused);
            return Replay(entry, entry.Result, entry.Diagnostics, diagnostics);
        }

        var own = new DiagnosticBag();
        var lookups = new RecordingTargets(links);
        var result = render(page, new LinkTargets(lookups, links.BasePath) { Images = links.Images }, own);
        Interlocked.Increment(ref _bodiesRendered);
        entry = new MarkdownEntry(page.Meta, page.Body, page.BodyLine, links.BasePath, lookups.Recorded(), result, own.Sorted())
            { Generation = _generation, Images = links.Images.Fingerprint };
        _markdown[page.SourcePath] = entry;
        return Replay(entry, result, entry.Diagnostics, diagnostics);
    }

    private T Replay<T>(Entry entry, T result, IReadOnlyList<Diagnostic> remembered, DiagnosticBag diagnostics)
    {
        entry.Generation = _generation;
        foreach (var d in remembered) diagnostics.Add(d);
        return result;
    }

    /// <summary>
    /// Decides which pages to render: those whose template inputs differ from the last build's. The others get
    /// their remembered bytes written now. Runs after planning and link checks, before structured data.
    /// </summary>
    internal IReadOnlyList<OutputPage> SelectPages(BuildContext context)
    {
        _rendering = new Dictionary<string, PageKey>(StringComparer.Ordinal);
        _kept = 0;
        var pages = context.OutputPages;
        var keys = new PageKey[pages.Count];
        for (var i = 0; i < pages.Count; i++) keys[i] = PageKey.Of(pages[i]);

        var global = new GlobalKey(context.Theme.Fingerprint, new ViewFactory(context).Site(), context.Config);
        _fullRenderReason = context.Output is not MemoryOutput ? "not building into memory"
            : _global is null ? "first build"
            : _global.Theme != global.Theme ? "theme changed"
            : !StructuralEquality.Equal(_global.Config, global.Config) ? "site settings changed"
            : !StructuralEquality.Equal(_global.Site, global.Site) ? "site-wide values changed"
            : null;
        _global = global;
        // Pages rendered under other site-wide inputs can never be reused, even if this build fails half way.
        if (_fullRenderReason is not null) _pages.Clear();

        // Comparing is read-only on both sides, so it can run in parallel.
        var same = new bool[pages.Count];
        if (_fullRenderReason is null)
        {
            void Compare(int i) => same[i] = _pages.TryGetValue(pages[i].OutputPath, out var state) && StructuralEquality.Equal(state.Key, keys[i]);
            if (context.Options.Parallel) Parallel.For(0, pages.Count, Compare);
            else for (var i = 0; i < pages.Count; i++) Compare(i);
        }

        var render = new List<OutputPage>();
        for (var i = 0; i < pages.Count; i++)
        {
            if (same[i])
            {
                ((MemoryOutput)context.Output).Keep(pages[i].OutputPath, _pages[pages[i].OutputPath].Bytes);
                _kept++;
            }
            else
            {
                _rendering[pages[i].OutputPath] = keys[i];
                render.Add(pages[i]);
            }
        }
        return render;
    }

    /// <summary>Remembers the pages rendered in this build (those that failed are forgotten) and drops what no longer exists.</summary>
    internal void Remember(BuildContext context)
    {
        var written = (context.Output as MemoryOutput)?.Files;
        var planned = context.OutputPages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _pages.Keys.Where(p => !planned.Contains(p) || _rendering.ContainsKey(p)).ToList())
            _pages.Remove(path);
        if (written is not null)
        {
            foreach (var (path, key) in _rendering)
                if (written.TryGetValue(path, out var bytes)) _pages[path] = new PageState(key, bytes);
        }

        foreach (var (path, entry) in _frontMatter)
            if (entry.Generation != _generation) _frontMatter.TryRemove(path, out _);
        foreach (var (path, entry) in _markdown)
            if (entry.Generation != _generation) _markdown.TryRemove(path, out _);
        // Outputs are made after this step: the ones kept are those the previous build used.
        foreach (var (path, entry) in _outputs)
            if (entry.Generation != _generation) _outputs.TryRemove(path, out _);
        _generation++;

        LastBuild = new BuildCacheStats(_filesParsed, _filesReused, _bodiesRendered, _bodiesReused, _rendering.Count, _kept, _fullRenderReason);
        _filesParsed = _filesReused = _bodiesRendered = _bodiesReused = 0;
        _rendering = new Dictionary<string, PageKey>(StringComparer.Ordinal);
    }

    private abstract class Entry
    {
        public int Generation { get; set; }
    }

    private sealed class FrontMatterEntry(string text, ContentKind kind, string fileKey, ParsedSource? result, IReadOnlyList<Diagnostic> diagnostics) : Entry
    {
        public string Text => text;
        public ContentKind Kind => kind;
        public string FileKey => fileKey;
        public ParsedSource? Result => result;
        public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;
    }

    private sealed class MarkdownEntry(
        FrontMatterData meta, string body, int bodyLine, string basePath, IReadOnlyList<(string Key, LinkTarget? Target)> lookups,
        RenderedBody result, IReadOnlyList<Diagnostic> diagnostics) : Entry
    {
        public FrontMatterData Meta => meta;
        public string Body => body;
        public int BodyLine => bodyLine;
        public string BasePath => basePath;
        public IReadOnlyList<(string Key, LinkTarget? Target)> Lookups => lookups;
        public RenderedBody Result => result;
        public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

        /// <summary>The photos' fingerprint the body was rendered with: its pictures name their variants.</summary>
        public string Images { get; init; } = "";
    }

    private sealed record PageState(PageKey Key, byte[] Bytes);

    private sealed class OutputEntry(object?[] key, byte[] bytes) : Entry
    {
        public object?[] Key => key;
        public byte[] Bytes => bytes;
    }

    private sealed record GlobalKey(string Theme, SiteView Site, SiteConfig Config);

    /// <summary>Everything rendering a page reads besides the theme and site-wide values (see RenderTemplates, BuildStructuredData).</summary>
    private sealed record PageKey(
        PageKind Kind, string Layout, string? SourcePath, IReadOnlyList<Crumb> Crumbs, Person? Person, Person? Author, Person? Reviewer, PageView View)
    {
        // Taken before BuildStructuredData adds the JSON-LD, which is derived from the rest.
        public static PageKey Of(OutputPage page) => new(
            page.Kind, page.Layout, page.Source?.SourcePath, page.Crumbs, page.Person, page.Source?.Author, page.Source?.Reviewer, page.View);
    }

    /// <summary>
    /// The link table as Markdown sees it, noting each file name looked up and what it resolved to, so a remembered
    /// body is reused only while all of them still resolve the same. Only lookups are supported.
    /// </summary>
    private sealed class RecordingTargets(LinkTargets inner) : IReadOnlyDictionary<string, LinkTarget>
    {
        private readonly ConcurrentQueue<(string Key, LinkTarget? Target)> _lookups = new();

        public IReadOnlyList<(string Key, LinkTarget? Target)> Recorded() => _lookups.Distinct().ToArray();

        public bool TryGetValue(string key, out LinkTarget value)
        {
            // Keys arrive normalized (file name, no extension, lower case), so Find resolves them unchanged.
            var target = inner.Find(key + ".md");
            _lookups.Enqueue((key, target));
            value = target!;
            return target is not null;
        }

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public LinkTarget this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        /// <summary>
        /// Recorded, with the key set's fingerprint, when a body enumerates every key (a misspelt link asks for the
        /// closest name): the body is reused only while the set of articles is the same.
        /// </summary>
        public const string AllKeys = "\0all:";

        public IEnumerable<string> Keys
        {
            get
            {
                _lookups.Enqueue((AllKeys + inner.KeysFingerprint, null));
                return inner.FileKeys;
            }
        }

        public IEnumerable<LinkTarget> Values => throw new NotSupportedException();
        public int Count => throw new NotSupportedException();
        public IEnumerator<KeyValuePair<string, LinkTarget>> GetEnumerator() => throw new NotSupportedException();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
