using ScarGuide.Assets;
using ScarGuide.Configuration;
using ScarGuide.Content;
using ScarGuide.Diagnostics;
using ScarGuide.IO;
using ScarGuide.Markdown;
using ScarGuide.Pages;
using ScarGuide.Taxonomy;
using ScarGuide.Templating;

namespace ScarGuide.Pipeline;

/// <summary>A Markdown file as read from disk, before its front matter is parsed.</summary>
public sealed record SourceText(string SourcePath, string FileKey, ContentKind Kind, string Text);

/// <summary>
/// Everything one build knows. Each property is written by one step (named on it) and read by later steps;
/// the pipeline order in <see cref="SiteBuilder"/> is what makes that safe.
/// </summary>
public sealed class BuildContext(BuildOptions options, IOutput output)
{
    public BuildOptions Options { get; } = options;
    public IOutput Output { get; } = output;
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Written by ReadSources.</summary>
    public SiteConfig Config { get; internal set; } = new();

    /// <summary>Written by ReadSources.</summary>
    public IReadOnlyDictionary<string, Person> Authors { get; internal set; } = new Dictionary<string, Person>();

    /// <summary>Written by ReadSources: <c>glossary.yml</c>, in alphabetical order (empty without one).</summary>
    public IReadOnlyList<Glossary.GlossaryTerm> Glossary { get; internal set; } = [];

    /// <summary>Written by ReadSources; emptied by ParseFrontMatter once every file is parsed.</summary>
    public IReadOnlyList<SourceText> Sources { get; internal set; } = [];

    /// <summary>Written by ReadSources; includes theme assets other than CSS and JS.</summary>
    public IReadOnlyList<StaticFile> StaticFiles { get; internal set; } = [];

    /// <summary>Written by ReadSources: the theme's files (a folder, or the built-in theme with the site's overrides).</summary>
    public ThemeFiles ThemeFiles { get; internal set; } = ThemeFiles.BuiltInOnly();

    /// <summary>Loaded by ReadSources on another thread; the first reader waits for it.</summary>
    public Theme Theme
    {
        get
        {
            if (_theme is null) Interlocked.CompareExchange(ref _theme, _themeLoading?.GetAwaiter().GetResult() ?? Theme.Empty, null);
            return _theme;
        }
    }

    private Theme? _theme;
    private Task<Theme>? _themeLoading;

    /// <summary>Written by ReadSources: the theme is loading on another thread; <see cref="Theme"/> waits for it.</summary>
    internal void LoadTheme(Task<Theme> loading)
    {
        _themeLoading = loading;
        _theme = null;
    }

    /// <summary>Written by ParseFrontMatter: every content file that parsed, published or not, in path order.</summary>
    public IReadOnlyList<ContentPage> Content { get; internal set; } = [];

    /// <summary>Written by ValidateContent: published content only.</summary>
    public IReadOnlyList<ContentPage> Articles { get; internal set; } = [];

    /// <summary>Written by ValidateContent.</summary>
    public IReadOnlyList<ContentPage> Pages { get; internal set; } = [];

    /// <summary>Written by ValidateContent: the number of drafts and scheduled articles held back.</summary>
    public int HeldBack { get; internal set; }

    /// <summary>Written by ValidateContent.</summary>
    public LinkTargets Links { get; internal set; } = new(new Dictionary<string, LinkTarget>(), "/");

    /// <summary>Written by BuildTaxonomies.</summary>
    public Taxonomies Taxonomies { get; internal set; } = Taxonomies.Empty;

    /// <summary>Written by ProcessAssets: fingerprinted asset paths by logical name (css, search).</summary>
    public AssetManifest Assets { get; internal set; } = AssetManifest.Empty;

    /// <summary>Written by PlanPages: every page to render, in output-path order.</summary>
    public IReadOnlyList<OutputPage> OutputPages { get; internal set; } = [];

    /// <summary>
    /// Written by SelectPagesToRender: the pages whose HTML must be rendered in this build. Every page unless a
    /// <see cref="BuildOptions.Cache"/> holds the unchanged ones from the previous build.
    /// </summary>
    public IReadOnlyList<OutputPage> PagesToRender { get => _pagesToRender ?? OutputPages; internal set => _pagesToRender = value; }

    private IReadOnlyList<OutputPage>? _pagesToRender;

    /// <summary>Written by ProcessImages: every raster photo with its responsive variants.</summary>
    public Images.ImageSet Images { get; internal set; } = ScarGuide.Images.ImageSet.Empty;

    /// <summary>Written by ReadSources: image sizes by site path (<c>images/x.svg</c>).</summary>
    public IReadOnlyDictionary<string, ImageSize> ImageSizes { get; internal set; } = new Dictionary<string, ImageSize>();

    public string Href(string sitePath) => Config.BasePath + sitePath.TrimStart('/');

    public string Absolute(string sitePath) => Config.BaseUrl + sitePath.TrimStart('/');

    /// <summary>Display path relative to the root, forward slashes (what diagnostics and editors see).</summary>
    public string DisplayPath(string fullPath) =>
        Path.GetRelativePath(Options.RootDirectory, fullPath).Replace('\\', '/');
}
