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
    public static readonly Theme Empty = new(new Dictionary<string, ParsedTemplate>(), new TemplateOptions(), "");

    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    /// <summary>Escapes what HTML requires and nothing more, so accented and non-Latin text stays readable.</summary>
    public static readonly TextEncoder Encoder = MinimalHtmlEncoder.Instance;

    /// <summary>Bounds a runaway template (an endless loop) instead of hanging the build.</summary>
    public const int MaxSteps = 2_000_000;

    public const int MaxRecursion = 50;

    private readonly IReadOnlyDictionary<string, ParsedTemplate> _layouts;
    private readonly TemplateOptions _options;
    private readonly ConcurrentDictionary<string, byte> _reported = new();

    /// <summary>A parsed layout and the theme file it came from (for error messages).</summary>
    public sealed record ParsedTemplate(string Name, string File, IFluidTemplate Template);

    private Theme(IReadOnlyDictionary<string, ParsedTemplate> layouts, TemplateOptions options, string fingerprint)
    {
        Fingerprint = fingerprint;
        _layouts = layouts;
        _options = options;
    }

    /// <summary>A hash of every layout and partial as read: equal fingerprints render equal pages from equal views.</summary>
    public string Fingerprint { get; }

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    public IEnumerable<string> LayoutNames => _layouts.Keys;

    /// <summary>Loads <c>layouts/*.liquid</c> and <c>partials/*.liquid</c>, reporting syntax errors with file and line.</summary>
    public static Theme Load(string themeDirectory, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var options = new TemplateOptions
        {
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in typeof(Theme).Assembly.GetTypes())
            if (type.Namespace == typeof(PageView).Namespace && type.Name.EndsWith("View", StringComparison.Ordinal) || type == typeof(PagerLink))
                options.MemberAccessStrategy.Register(type);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Remember(string kind, string file, string text) => hash.AppendData(Encoding.UTF8.GetBytes($"{kind}/{Path.GetFileName(file)}\0{text}\0"));

        var partials = new Dictionary<string, string>(StringComparer.Ordinal);
        var partialDir = Path.Combine(themeDirectory, "partials");
        if (Directory.Exists(partialDir))
        {
            foreach (var file in Directory.EnumerateFiles(partialDir, "*.liquid").Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file);
                partials[Path.GetFileName(file)] = text;
                Remember("partials", file, text);
                // Parse partials up front too, so their syntax errors name their own file and line.
                TryParse(text, displayPath(file), diagnostics);
            }
        }
        options.FileProvider = new PartialFileProvider(partials);

        var layouts = new Dictionary<string, ParsedTemplate>(StringComparer.Ordinal);
        var layoutDir = Path.Combine(themeDirectory, "layouts");
        if (!Directory.Exists(layoutDir))
        {
            diagnostics.Error("theme-missing", displayPath(layoutDir), 0, 0,
                "The theme has no layouts folder.", "Point --theme at a folder with layouts/ and partials/ (the bundled one is theme/).");
        }
        else
        {
            foreach (var file in Directory.EnumerateFiles(layoutDir, "*.liquid").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var shown = displayPath(file);
                var text = File.ReadAllText(file);
                Remember("layouts", file, text);
                var template = TryParse(text, shown, diagnostics);
                if (template is not null) layouts[name] = new ParsedTemplate(name, shown, template);
            }
        }
        return new Theme(layouts, options, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static IFluidTemplate? TryParse(string text, string file, DiagnosticBag diagnostics)
    {
        if (Parser.TryParse(text, out var template, out var error))
            return template;
        var (line, column) = ErrorPosition(error);
        diagnostics.Error("template-syntax", file, line, column, $"Template syntax error: {error}",
            "Check that every {% tag %} is closed ({% endif %}, {% endfor %}) and quotes match.");
        return null;
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
    public string? Render(string layout, PageView page, SiteView site, DiagnosticBag diagnostics, string pageDescription)
    {
        if (!_layouts.TryGetValue(layout, out var template))
        {
            Report(diagnostics, new Diagnostic(Severity.Error, "layout-missing", pageDescription, 0, 0,
                $"The layout '{layout}' does not exist in the theme.", $"Add theme/layouts/{layout}.liquid or choose an existing layout ({string.Join(", ", _layouts.Keys)})."));
            return null;
        }

        var context = new TemplateContext(_options);
        context.SetValue("page", FluidValue.Create(page, _options));
        context.SetValue("site", FluidValue.Create(site, _options));
        var body = RenderOne(template, context, diagnostics);
        if (body is null) return null;
        if (layout is "redirect" || !_layouts.TryGetValue("base", out var baseLayout))
            return body;
        context.SetValue("content", new StringValue(body, encode: false));
        return RenderOne(baseLayout, context, diagnostics);
    }

    private string? RenderOne(ParsedTemplate template, TemplateContext context, DiagnosticBag diagnostics)
    {
        try
        {
            return template.Template.Render(context, Encoder);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Fluid reports both its step limit and its recursion limit as "maximum level of recursion".
            var message = ex.Message.Contains("recursion", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("steps", StringComparison.OrdinalIgnoreCase)
                ? $"The template was stopped after {MaxSteps:N0} steps or {MaxRecursion} nested includes: an endless loop, or a partial that includes itself?"
                : $"The template failed while rendering: {ex.Message}";
            Report(diagnostics, new Diagnostic(Severity.Error, "template-render", template.File, 0, 0, message,
                "Check loops and included partials in this template."));
            return null;
        }
    }

    private void Report(DiagnosticBag diagnostics, Diagnostic diagnostic)
    {
        if (_reported.TryAdd(diagnostic.File + "\n" + diagnostic.Message, 0))
            diagnostics.Add(diagnostic);
    }

    /// <summary>Serves partials from memory, so <c>{% include 'x' %}</c> never touches the disk while rendering.</summary>
    private sealed class PartialFileProvider(IReadOnlyDictionary<string, string> files) : IFileProvider
    {
        public IFileInfo GetFileInfo(string subpath)
        {
            var name = subpath.Replace('\\', '/').TrimStart('/');
            return files.TryGetValue(name, out var text) ? new MemoryFile(name, text) : new NotFoundFileInfo(name);
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
