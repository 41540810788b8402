using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using ScarGuide.Diagnostics;

namespace ScarGuide.Templating;

/// <summary>
/// The Liquid layouts and partials of a theme, each parsed once. Rendering is thread-safe: a fresh
/// <see cref="TemplateContext"/> per page, shared parsed templates and options.
/// </summary>
public sealed partial class Theme
{
    // No options: a theme without layouts never renders. Making Fluid's options or parser here would cost every
    // build ~45 ms on its main thread (BuildContext starts with this theme), before reading could overlap it.
    public static readonly Theme Empty = new(new Dictionary<string, ParsedTemplate>(), new Dictionary<string, IFluidTemplate>(), options: null, "",
        new Dictionary<string, (string, int)>());

    /// <summary>Escapes what HTML requires and nothing more, so accented and non-Latin text stays readable.</summary>
    public static readonly TextEncoder Encoder = MinimalHtmlEncoder.Instance;

    /// <summary>Bounds a runaway template (an endless loop) instead of hanging the build.</summary>
    public const int MaxSteps = 2_000_000;

    public const int MaxRecursion = 50;

    private readonly IReadOnlyDictionary<string, ParsedTemplate> _layouts;
    private readonly TemplateOptions? _options;

    /// <summary>A parsed layout and the theme file it came from (for error messages).</summary>
    public sealed record ParsedTemplate(string Name, string File, IFluidTemplate Template);

    private readonly IReadOnlyDictionary<string, IFluidTemplate> _partials;

    // Where each string key is first used as "key" | t: named in the diagnostic when the key has no text.
    private readonly IReadOnlyDictionary<string, (string File, int Line)> _stringUses;

    private Theme(IReadOnlyDictionary<string, ParsedTemplate> layouts, IReadOnlyDictionary<string, IFluidTemplate> partials, TemplateOptions? options, string fingerprint,
        IReadOnlyDictionary<string, (string File, int Line)> stringUses)
    {
        _stringUses = stringUses;
        _partials = partials;
        Fingerprint = fingerprint;
        _layouts = layouts;
        _options = options;
    }

    /// <summary>A hash of every layout and partial as read: equal fingerprints render equal pages from equal views.</summary>
    public string Fingerprint { get; }

    /// <summary>Loads <c>layouts/*.liquid</c> and <c>partials/*.liquid</c> of a folder that is a whole theme.</summary>
    public static Theme Load(string themeDirectory, Func<string, string> displayPath, DiagnosticBag diagnostics) =>
        Load(ThemeFiles.FromFolder(themeDirectory, displayPath), diagnostics);

    /// <summary>
    /// What templates may read: every view in Views.cs. Listed, not found by scanning the assembly: loading its ~800
    /// types took about 10 ms of each build's start (a test checks the list against such a scan).
    /// </summary>
    internal static readonly Type[] ViewTypes =
    [
        typeof(AlternateView), typeof(ArticleView), typeof(AuthorPageView), typeof(CardView), typeof(CrumbView), typeof(DateView),
        typeof(FaqView), typeof(GlossaryTermView), typeof(HomeView), typeof(ImageView), typeof(MetaView), typeof(NavView),
        typeof(PageView), typeof(PagerLink), typeof(PaginatorView), typeof(PersonView), typeof(SiteView), typeof(SourceView),
        typeof(StaleView), typeof(TermView), typeof(TocView), typeof(TranslationView),
    ];

    /// <summary>Loads <c>layouts/*.liquid</c> and <c>partials/*.liquid</c>, reporting syntax errors with file and line.</summary>
    public static Theme Load(ThemeFiles files, DiagnosticBag diagnostics)
    {
        var options = new TemplateOptions
        {
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.Filters.AddFilter("t", Translate);
        // Partials that {% include %} parses on first use get their ranges bounded like everything parsed here.
        options.TemplateParsed = (_, template) => BoundRanges.Apply(template);
        foreach (var type in ViewTypes)
            options.MemberAccessStrategy.Register(type);
        // An article's body is held as UTF-8: `{{ a.content | raw }}` decodes it into the page as it is written, instead
        // of making a string of it first (Utf8HtmlValue); the raw filter keeps it so and behaves as before on anything else.
        options.MemberAccessStrategy.Register<ArticleView, FluidValue>("content", article => new Utf8HtmlValue(article.ContentText, encode: true));
        if (options.Filters.TryGetValue("raw", out var raw))
            options.Filters.AddFilter("raw", (input, arguments, context) => input is Utf8HtmlValue html ? html.Raw() : raw(input, arguments, context));

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Remember(string kind, string name, string text) => hash.AppendData(Encoding.UTF8.GetBytes($"{kind}/{name}\0{text}\0"));

        // Only files directly in layouts/ and partials/ (sub-folders are not looked at, as before built-in themes).
        // A loop: LINQ over (name, file) tuples had no precompiled code in the shipped tool.
        static List<(string Name, ThemeFile File)> Liquid(ThemeFiles files, string folder)
        {
            var found = new List<(string Name, ThemeFile File)>();
            foreach (var file in files.Under(folder))
            {
                var name = file.RelativePath[(folder.Length + 1)..];
                if (!name.Contains('/') && name.EndsWith(".liquid", StringComparison.Ordinal)) found.Add((name, file));
            }
            return found;
        }

        var stringUses = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        var partials = new Dictionary<string, string>(StringComparer.Ordinal);
        var parsedPartials = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var (name, file) in Liquid(files, "partials"))
        {
            var text = file.ReadText();
            partials[name] = text;
            Remember("partials", name, text);
            NoteStringUses(text, file.DisplayPath, stringUses);
            // Parse partials up front too, so their syntax errors name their own file and line.
            if (TryParse(text, file.DisplayPath, diagnostics) is { } parsed) parsedPartials[name] = parsed;
        }
        options.FileProvider = new PartialFileProvider(partials);

        var layouts = new Dictionary<string, ParsedTemplate>(StringComparer.Ordinal);
        if (!files.HasLayouts)
        {
            var layoutDir = Path.Combine(files.Folder ?? "theme", "layouts");
            diagnostics.Error("theme-missing", files.DisplayPath(layoutDir), 0, 0,
                "The theme has no layouts folder.",
                "Point --theme at a folder with layouts/ and partials/, or leave --theme out to use the built-in theme (`scarguide theme eject` copies its files to start from).");
        }
        else
        {
            foreach (var (fileName, file) in Liquid(files, "layouts"))
            {
                var name = fileName[..^".liquid".Length];
                var text = file.ReadText();
                Remember("layouts", fileName, text);
                NoteStringUses(text, file.DisplayPath, stringUses);
                var template = TryParse(text, file.DisplayPath, diagnostics);
                if (template is not null) layouts[name] = new ParsedTemplate(name, file.DisplayPath, template);
            }
        }
        return new Theme(layouts, parsedPartials, options, Convert.ToHexStringLower(hash.GetHashAndReset()), stringUses);
    }

    /// <summary><c>{{ "key" | t }}</c> or <c>{{ 'key' | t: a, b }}</c>: the key is group 2.</summary>
    [GeneratedRegex(@"([""'])([^""'\r\n]+)\1\s*\|\s*t\b(?!\w)")]
    public static partial Regex StringUsePattern();

    /// <summary>The string keys a template's text uses literally, with their lines (for diagnostics and tests).</summary>
    public static IEnumerable<(string Key, int Line)> StringUses(string text)
    {
        foreach (Match m in StringUsePattern().Matches(text))
            yield return (m.Groups[2].Value, text.AsSpan(0, m.Index).Count('\n') + 1);
    }

    private static void NoteStringUses(string text, string file, Dictionary<string, (string File, int Line)> uses)
    {
        foreach (var (key, line) in StringUses(text)) uses.TryAdd(key, (file, line));
    }

    private static IFluidTemplate? TryParse(string text, string file, DiagnosticBag diagnostics)
    {
        if (Syntax.Parser.TryParse(text, out var template, out var error))
            return BoundRanges.Apply(template);
        var (line, column) = ErrorPosition(error);
        diagnostics.Error("template-syntax", file, line, column, $"Template syntax error: {error}",
            "Check that every {% tag %} is closed ({% endif %}, {% endfor %}) and quotes match.");
        return null;
    }

    /// <summary>Fluid's parser, built when the first template is parsed (on the thread that loads the theme).</summary>
    private static class Syntax
    {
        public static readonly FluidParser Parser = new ThemeParser();
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();

    private static (int Line, int Column) ErrorPosition(string error)
    {
        var m = PositionPattern().Match(error);
        return m.Success ? (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)) : (1, 1);
    }

    /// <summary>
    /// Renders <paramref name="layout"/> and wraps it in the <c>base</c> layout (unless the layout is stand-alone).
    /// Returns null after reporting the error once per template and message.
    /// </summary>
    /// <param name="includes">Partials rendered by <c>include_cached</c> in this build; without it they are rendered each time.</param>
    /// <param name="limits">How long the page may render and how large it may grow; <see cref="RenderLimits.Default"/> if null.</param>
    /// <param name="strings">What the <c>t</c> filter shows: the page's language; the built-in English if null.</param>
    public string? Render(string layout, PageView page, SiteView site, DiagnosticBag diagnostics, string pageDescription, IncludeCache? includes = null,
        RenderLimits? limits = null, LanguageStrings? strings = null) =>
        RenderPage(layout, page, site, diagnostics, pageDescription, includes, limits ?? RenderLimits.Default, strings ?? LanguageStrings.BuiltInEnglish)?.ToString();

    /// <summary>
    /// Like <see cref="Render"/>, but gives the page as UTF-8 in a buffer of the calling thread, valid until that
    /// thread renders its next page: a build writes pages without making a string and a byte array of each.
    /// </summary>
    public bool TryRenderUtf8(string layout, PageView page, SiteView site, DiagnosticBag diagnostics, string pageDescription, IncludeCache? includes,
        RenderLimits limits, LanguageStrings strings, out ReadOnlySpan<byte> utf8)
    {
        utf8 = default;
        var html = RenderPage(layout, page, site, diagnostics, pageDescription, includes, limits, strings);
        if (html is null) return false;
        utf8 = Buffers.Encode(html);
        return true;
    }

    private StringBuilder? RenderPage(string layout, PageView page, SiteView site, DiagnosticBag diagnostics, string pageDescription, IncludeCache? includes,
        RenderLimits limits, LanguageStrings strings)
    {
        if (!_layouts.TryGetValue(layout, out var template))
        {
            Report(diagnostics, new Diagnostic(Severity.Error, "layout-missing", pageDescription, 0, 0,
                $"The layout '{layout}' does not exist in the theme.", $"Add theme/layouts/{layout}.liquid or choose an existing layout ({string.Join(", ", _layouts.Keys)})."));
            return null;
        }

        var buffers = Buffers;
        var context = new TemplateContext(_options!);
        context.SetValue("page", FluidValue.Create(page, _options));
        context.SetValue("site", FluidValue.Create(site, _options));
        context.AmbientValues[ThemeParser.PartialsKey] = _partials;
        context.AmbientValues[StringsKey] = new PageStrings(this, strings, diagnostics);
        if (includes is not null) context.AmbientValues[ThemeParser.CacheKey] = includes;
        // One deadline for the layout and the base layout around it: the page as a whole must finish in time.
        var deadline = limits.DeadlineFromNow();
        buffers.Body.Start(limits, deadline);
        if (!RenderOne(template, context, buffers.Body, diagnostics, pageDescription)) return null;
        if (layout is "redirect" || !_layouts.TryGetValue("base", out var baseLayout))
            return buffers.Body.Builder;
        context.SetValue("content", new RenderedContentValue(buffers.Body.Builder));
        buffers.Page.Start(limits, deadline);
        return RenderOne(baseLayout, context, buffers.Page, diagnostics, pageDescription) ? buffers.Page.Builder : null;
    }

    private const string StringsKey = "scarguide.strings";

    /// <summary>What the <c>t</c> filter needs while one page renders: its language's strings and where to report.</summary>
    private sealed class PageStrings(Theme theme, LanguageStrings strings, DiagnosticBag diagnostics)
    {
        private HashSet<string>? _missing;

        public LanguageStrings Strings => strings;

        /// <summary>Once per page and key, like template errors (see <see cref="Report"/>): the sorted diagnostics show it once per build.</summary>
        public void Missing(string key)
        {
            if ((_missing ??= new(StringComparer.Ordinal)).Add(key)) theme.ReportMissingString(diagnostics, strings.Language, key);
        }
    }

    /// <summary>
    /// <c>{{ "key" | t }}</c>, <c>{{ "page_of" | t: 2, 5 }}</c>: the text of a theme string in the page's language, with
    /// <c>{0}</c>, <c>{1}</c> replaced by the arguments. Returned as ordinary text, so output encodes it like any value.
    /// An unknown key shows itself and is reported by the page (the build's sorted diagnostics show it once).
    /// </summary>
    private static ValueTask<FluidValue> Translate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var key = input.ToStringValue();
        var page = context.AmbientValues.GetValueOrDefault(StringsKey) as PageStrings;
        var strings = page?.Strings ?? LanguageStrings.BuiltInEnglish;
        if (!strings.TryGet(key, out var text))
        {
            text = key;
            page?.Missing(key);
        }
        if (arguments.Count > 0)
        {
            var values = new string[arguments.Count];
            for (var i = 0; i < values.Length; i++) values[i] = arguments.At(i).ToStringValue();
            text = LanguageStrings.Fill(text, values);
        }
        return new StringValue(text);
    }

    private void ReportMissingString(DiagnosticBag diagnostics, string language, string key)
    {
        var (file, line) = _stringUses.TryGetValue(key, out var use) ? use : ($"{ThemeStrings.Folder}/{language}.yml", 0);
        Report(diagnostics, new Diagnostic(Severity.Warning, "theme-string-missing", file, line, 0,
            $"The theme string '{key}' has no text in language '{language}' nor in English; pages show the key itself.",
            $"Add `{key}: \"…\"` to theme/{ThemeStrings.Folder}/{ThemeStrings.English}.yml (and to the file of each other language)."));
    }

    private bool RenderOne(ParsedTemplate template, TemplateContext context, BoundedWriter writer, DiagnosticBag diagnostics, string pageDescription)
    {
        try
        {
            // Fluid completes synchronously when nothing it renders is asynchronous (our views never are).
            var pending = template.Template.RenderAsync(writer, Encoder, context);
            if (!pending.IsCompletedSuccessfully) pending.AsTask().GetAwaiter().GetResult();
            return true;
        }
        catch (RenderLimitException limit)
        {
            Report(diagnostics, new Diagnostic(Severity.Error, "template-render", template.File, 0, 0, limit.Message,
                "Check loops (for, range) and included partials in this template; nothing was published."));
            return false;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Fluid reports both its step limit and its recursion limit as "maximum level of recursion".
            var message = ex.Message.Contains("recursion", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("steps", StringComparison.OrdinalIgnoreCase)
                ? $"The template was stopped after {MaxSteps:N0} steps or {MaxRecursion} nested includes: an endless loop, or a partial that includes itself?"
                : $"The template failed while rendering: {ex.Message}";
            Report(diagnostics, new Diagnostic(Severity.Error, "template-render", template.File, 0, 0, message,
                "Check loops and included partials in this template."));
            return false;
        }
    }

    [ThreadStatic] private static RenderBuffers? t_buffers;

    // A thread keeps its buffers for the next page, unless a huge page (a 20 MB article) grew them: that page's
    // memory goes back instead of staying with the thread (the preview server lives for hours). A page stopped
    // by a limit may have left them that large too.
    private static RenderBuffers Buffers => t_buffers is { IsOversized: false } buffers ? buffers : t_buffers = new RenderBuffers();

    /// <summary>Per-thread writers and a UTF-8 buffer, reused page after page instead of grown anew for each.</summary>
    private sealed class RenderBuffers
    {
        private byte[] _utf8 = new byte[64 * 1024];
        private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

        public BoundedWriter Body { get; } = new(new StringBuilder(32 * 1024));

        public BoundedWriter Page { get; } = new(new StringBuilder(64 * 1024));

        public bool IsOversized => _utf8.Length > 4 << 20 || Page.Builder.Capacity > 2 << 20 || Body.Builder.Capacity > 2 << 20;

        public ReadOnlySpan<byte> Encode(StringBuilder html)
        {
            var needed = Encoding.UTF8.GetMaxByteCount(html.Length);
            if (needed > _utf8.Length) _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
            // One stateful encoder over the chunks, so a surrogate pair split between two chunks stays whole.
            _encoder.Reset();
            var length = 0;
            foreach (var chunk in html.GetChunks())
                length += _encoder.GetBytes(chunk.Span, _utf8.AsSpan(length), flush: false);
            length += _encoder.GetBytes([], _utf8.AsSpan(length), flush: true);
            return _utf8.AsSpan(0, length);
        }
    }

    /// <summary>
    /// Every page that fails reports its error, although many pages share one: the build's diagnostics drop the
    /// repeats when sorted, while a page's remembered result (with memory) must carry its own error, or a reused page
    /// would fail silently once the page that reported first was fixed.
    /// </summary>
    private static void Report(DiagnosticBag diagnostics, Diagnostic diagnostic) => diagnostics.Add(diagnostic);

    /// <summary>Serves partials from memory, so <c>{% include 'x' %}</c> never touches the disk while rendering.</summary>
    private sealed class PartialFileProvider(IReadOnlyDictionary<string, string> texts) : IFileProvider
    {
        // Fluid asks for the file on every include of every page: answer from files made once.
        private readonly Dictionary<string, MemoryFile> _files = texts.ToDictionary(p => p.Key, p => new MemoryFile(p.Key, p.Value), StringComparer.Ordinal);

        public IFileInfo GetFileInfo(string subpath)
        {
            var name = subpath.Replace('\\', '/').TrimStart('/');
            return _files.TryGetValue(name, out var file) ? file : new NotFoundFileInfo(name);
        }

        public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

        public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
    }

    private sealed class MemoryFile(string name, string text) : IFileInfo
    {
        private readonly byte[] _bytes = System.Text.Encoding.UTF8.GetBytes(text);
        public bool Exists => true;
        public long Length => _bytes.Length;
        public string? PhysicalPath => null;
        public string Name => name;
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
