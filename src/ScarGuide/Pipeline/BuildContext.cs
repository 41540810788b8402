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
public sealed record SourceText(string SourcePath, string FileKey, ContentKind Kind, string Text)
{
    /// <summary>
    /// In a one-shot build (<see cref="BuildOptions.ReleaseAsWritten"/>): the file, not read yet (<see cref="Text"/> is
    /// empty); ParseFrontMatter reads it as it parses it.
    /// </summary>
    internal string? Unread { get; init; }
}

/// <summary>
/// Everything one build knows. Each property is written once, by the step named on it (a second write throws), and
/// read by later steps; the pipeline order in <see cref="SiteBuilder"/> is what makes that safe. Reading a property
/// before its step has run throws: code that may look at a stopped or partial build asks <see cref="Ran{TStep}"/> first.
/// </summary>
public sealed class BuildContext
{
    public BuildContext(BuildOptions options, IOutput output, BuildMemory? memory = null)
    {
        Options = options;
        Output = output;
        Diagnostics = new();
        Work = new(options.Parallel, memory);
    }

    /// <summary>
    /// One language's part of a multilingual build: its own content, taxonomies, pages and feeds, written under
    /// <see cref="Configuration.LanguageConfig.Prefix"/>; the site's files (theme, photos, assets) and diagnostics are the parent's.
    /// </summary>
    private BuildContext(BuildContext parent, Configuration.LanguageConfig language, BuildMemory? memory)
    {
        Parent = parent;
        Options = parent.Options;
        Output = language.Prefix.Length == 0 ? parent.Output : new PrefixedOutput(parent.Output, language.Prefix);
        Diagnostics = parent.Diagnostics;
        Work = new(parent.Options.Parallel, memory, scope: language.Prefix);
        LanguagePrefix = language.Prefix;
        Language = language;
    }

    /// <summary>Written by SplitLanguages: a context for <paramref name="language"/> whose config, people and glossary are that language's.</summary>
    internal BuildContext ForLanguage(Configuration.LanguageConfig language, SiteConfig config, IReadOnlyDictionary<string, Person> authors,
        IReadOnlyList<Glossary.GlossaryTerm> glossary, IReadOnlyList<ContentPage> content, BuildMemory? memory) =>
        new(this, language, memory) { Config = config, Authors = authors, Glossary = glossary, Content = content };

    public BuildOptions Options { get; }
    public IOutput Output { get; }
    public DiagnosticBag Diagnostics { get; }

    /// <summary>Runs per-item work for the steps: in parallel or not, reusing the last build's results with memory.</summary>
    public Work Work { get; }

    /// <summary>
    /// A one-shot build (<see cref="BuildOptions.ReleaseAsWritten"/>, no build memory): steps let go of what no later step
    /// reads. With memory everything is kept for the next build.
    /// </summary>
    public bool ReleasesAsWritten => Options.ReleaseAsWritten && !Work.Remembers;

    /// <summary>The whole site's context: the parent of a language's, else this one.</summary>
    public BuildContext Root => Parent ?? this;

    /// <summary>The whole site's context, for one language's (null for the whole site's own).</summary>
    public BuildContext? Parent { get; }

    /// <summary>What this context's page addresses start with: <c>es/</c> for a language other than the default, else empty.</summary>
    public string LanguagePrefix { get; } = "";

    /// <summary>The language this context builds (null for the whole site's context of a multilingual site before SplitLanguages).</summary>
    public Configuration.LanguageConfig? Language { get; }

    /// <summary>
    /// Written by SplitLanguages: one context per language, the default first; a site in one language has one, this
    /// context itself, so it builds exactly as before languages existed.
    /// </summary>
    public IReadOnlyList<BuildContext> LanguageSites { get => _languageSites ?? (_self ??= [this]); internal set => _languageSites = Once(_languageSites, value, nameof(LanguageSites)); }
    private IReadOnlyList<BuildContext>? _languageSites;
    private BuildContext[]? _self; // a site in one language: not a new list on every read

    /// <summary>Written by ReadSources: <c>glossary.&lt;code&gt;.yml</c> of each language other than the default, by code.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Glossary.GlossaryTerm>> TranslatedGlossaries
    {
        get => _translatedGlossaries ?? new Dictionary<string, IReadOnlyList<Glossary.GlossaryTerm>>();
        internal set => _translatedGlossaries = Once(_translatedGlossaries, value, nameof(TranslatedGlossaries));
    }
    private IReadOnlyDictionary<string, IReadOnlyList<Glossary.GlossaryTerm>>? _translatedGlossaries;

    /// <summary>Set by a step after which nothing can say anything useful (no input folder): the build stops there.</summary>
    public bool Stopped { get; private set; }

    internal void Stop()
    {
        Stopped = true;
        Parent?.Stop();
    }

    private readonly HashSet<Type> _ran = [];

    /// <summary>Whether the step has run to its end in this build (a stopped build, or one built until an earlier step, has not run the rest).</summary>
    public bool Ran<TStep>() where TStep : IStep => _ran.Contains(typeof(TStep));

    internal void Finished(IStep step) => _ran.Add(step.GetType());

    private static T Read<T>(T? value, string property, string writer) where T : class =>
        value ?? throw new InvalidOperationException($"BuildContext.{property} is written by {writer}, which has not run.");

    private static T Once<T>(T? current, T value, string property) where T : class =>
        current is null ? value : throw new InvalidOperationException($"BuildContext.{property} is written once, by the step named on it.");

    /// <summary>Written by ReadSources.</summary>
    public SiteConfig Config { get => Read(_config, nameof(Config), "ReadSources"); internal set => _config = Once(_config, value, nameof(Config)); }
    private SiteConfig? _config;

    /// <summary>Written by ReadSources.</summary>
    public IReadOnlyDictionary<string, Person> Authors { get => Read(_authors, nameof(Authors), "ReadSources"); internal set => _authors = Once(_authors, value, nameof(Authors)); }
    private IReadOnlyDictionary<string, Person>? _authors;

    /// <summary>Written by ReadSources: <c>glossary.yml</c>, in alphabetical order (empty without one).</summary>
    public IReadOnlyList<Glossary.GlossaryTerm> Glossary { get => Read(_glossary, nameof(Glossary), "ReadSources"); internal set => _glossary = Once(_glossary, value, nameof(Glossary)); }
    private IReadOnlyList<Glossary.GlossaryTerm>? _glossary;

    /// <summary>Written by ReadSources (<see cref="SetSources"/>); emptied by ParseFrontMatter once every file is parsed.</summary>
    public IReadOnlyList<SourceText> Sources => Read(_sources, nameof(Sources), "ReadSources");
    private IReadOnlyList<SourceText>? _sources;

    internal void SetSources(IReadOnlyList<SourceText> sources) => _sources = Once(_sources, sources, nameof(Sources));

    /// <summary>Written by ParseFrontMatter once every file is parsed: the whole texts are not needed again.</summary>
    internal void ReleaseSources() => _sources = [];

    /// <summary>Written by ReadSources; includes theme assets other than CSS and JS.</summary>
    public IReadOnlyList<StaticFile> StaticFiles { get => Parent?.StaticFiles ?? Read(_staticFiles, nameof(StaticFiles), "ReadSources"); internal set => _staticFiles = Once(_staticFiles, value, nameof(StaticFiles)); }
    private IReadOnlyList<StaticFile>? _staticFiles;

    /// <summary>Written by ReadSources: the theme's files (a folder, or the built-in theme with the site's overrides).</summary>
    public ThemeFiles ThemeFiles { get => Parent?.ThemeFiles ?? Read(_themeFiles, nameof(ThemeFiles), "ReadSources"); internal set => _themeFiles = Once(_themeFiles, value, nameof(ThemeFiles)); }
    private ThemeFiles? _themeFiles;

    /// <summary>Written by ReadSources: the theme's strings (<c>i18n/*.yml</c>, built-in and the site's, key by key), loaded on another thread; the first reader waits for them.</summary>
    public ThemeStrings ThemeStrings => Parent?.ThemeStrings ?? Read(_themeStrings?.GetAwaiter().GetResult(), nameof(ThemeStrings), "ReadSources");

    // The task is the value: a finished task hands every reader its one result.
    private Task<ThemeStrings>? _themeStrings;

    /// <summary>Written by ReadSources: the theme's strings are loading on another thread; <see cref="ThemeStrings"/> waits for them.</summary>
    internal void LoadThemeStrings(Task<ThemeStrings> loading) => _themeStrings = loading;

    /// <summary>
    /// The theme's strings in this context's language (<see cref="SiteConfig.Language"/>, falling back to the site's
    /// default language, the first of <see cref="SiteConfig.Languages"/>, and English): what pages and templates show.
    /// Readable after ReadSources (a language's context: after SplitLanguages).
    /// </summary>
    public LanguageStrings Strings => ThemeStrings.For(Config.Language, Config.Languages.Count > 0 ? Config.Languages[0].Code : null);

    /// <summary>Loaded by ReadSources on another thread; the first reader waits for it (no theme loaded: the empty theme).</summary>
    public Theme Theme => Parent?.Theme ?? _theme?.GetAwaiter().GetResult() ?? Theme.Empty;

    private Task<Theme>? _theme;

    /// <summary>Written by ReadSources: the theme is loading on another thread; <see cref="Theme"/> waits for it.</summary>
    internal void LoadTheme(Task<Theme> loading) => _theme = loading;

    private Task? _cacheUpkeep;

    /// <summary>
    /// Written by ProcessImages: it saves the image index and prunes the image cache on another thread while later steps
    /// run; the build waits for it before it ends (<see cref="FinishCacheUpkeep"/>).
    /// </summary>
    internal void KeepCacheMeanwhile(Task upkeep) => _cacheUpkeep = upkeep;

    /// <summary>Waits for the image cache's upkeep, if any. It swallows its own I/O errors; anything else is a bug of ours, reported as in a step.</summary>
    internal void FinishCacheUpkeep()
    {
        try { _cacheUpkeep?.GetAwaiter().GetResult(); }
        catch (Exception ex) when (ex is not OutOfMemoryException) { FailedUnexpectedly("images", ex); }
    }

    /// <summary>A bug of ours, not the editor's, in the step named: reported like any problem instead of a stack trace; the build stops.</summary>
    internal void FailedUnexpectedly(string step, Exception ex)
    {
        Diagnostics.Error("internal-error", "(build)", 0, 0, $"The '{step}' step failed unexpectedly: {ex.GetType().Name}: {ex.Message}",
            "Please report this with the input that caused it; run `scarguide check` to see other problems.");
        Stop();
    }

    /// <summary>Written by ParseFrontMatter: every content file that parsed, published or not, in path order.</summary>
    public IReadOnlyList<ContentPage> Content { get => Read(_content, nameof(Content), "ParseFrontMatter"); internal set => _content = Once(_content, value, nameof(Content)); }
    private IReadOnlyList<ContentPage>? _content;

    /// <summary>Written by SelectPublished: published content only.</summary>
    public IReadOnlyList<ContentPage> Articles { get => Read(_articles, nameof(Articles), "SelectPublished"); internal set => _articles = Once(_articles, value, nameof(Articles)); }
    private IReadOnlyList<ContentPage>? _articles;

    /// <summary>Written by SelectPublished.</summary>
    public IReadOnlyList<ContentPage> Pages { get => Read(_pages, nameof(Pages), "SelectPublished"); internal set => _pages = Once(_pages, value, nameof(Pages)); }
    private IReadOnlyList<ContentPage>? _pages;

    /// <summary>Written by SelectPublished: the number of drafts and scheduled articles held back.</summary>
    public int HeldBack { get => _heldBack ?? throw new InvalidOperationException("BuildContext.HeldBack is written by SelectPublished, which has not run."); internal set => _heldBack = _heldBack is null ? value : throw new InvalidOperationException("BuildContext.HeldBack is written once, by SelectPublished."); }
    private int? _heldBack;

    /// <summary>Written by SelectPublished.</summary>
    public LinkTargets Links { get => Read(_links, nameof(Links), "SelectPublished"); internal set => _links = Once(_links, value, nameof(Links)); }
    private LinkTargets? _links;

    /// <summary>Written by BuildTaxonomies.</summary>
    public Taxonomies Taxonomies { get => Read(_taxonomies, nameof(Taxonomies), "BuildTaxonomies"); internal set => _taxonomies = Once(_taxonomies, value, nameof(Taxonomies)); }
    private Taxonomies? _taxonomies;

    /// <summary>Written by ProcessAssets: fingerprinted asset paths by logical name (css, search).</summary>
    public AssetManifest Assets { get => Parent?.Assets ?? Read(_assets, nameof(Assets), "ProcessAssets"); internal set => _assets = Once(_assets, value, nameof(Assets)); }
    private AssetManifest? _assets;

    /// <summary>Written by PlanPages: every page to render, in output-path order.</summary>
    public IReadOnlyList<OutputPage> OutputPages { get => Read(_outputPages, nameof(OutputPages), "PlanPages"); internal set => _outputPages = Once(_outputPages, value, nameof(OutputPages)); }
    private IReadOnlyList<OutputPage>? _outputPages;

    /// <summary>Written by CheckLinks: links to sections the theme may write, checked on the rendered pages by CheckSectionLinks.</summary>
    public IReadOnlyList<Validation.SectionLink> SectionLinks { get => Read(_sectionLinks, nameof(SectionLinks), "CheckLinks"); internal set => _sectionLinks = Once(_sectionLinks, value, nameof(SectionLinks)); }
    private IReadOnlyList<Validation.SectionLink>? _sectionLinks;

    /// <summary>Written by RelateArticles: the index over listed articles (<c>scarguide related</c> explains its scores).</summary>
    public Related.RelatedIndex RelatedIndex
    {
        get => _relatedIndexReleased
            ? throw new InvalidOperationException("BuildContext.RelatedIndex was let go once every article's list was made (a one-shot build).")
            : Read(_relatedIndex, nameof(RelatedIndex), "RelateArticles");
        internal set => _relatedIndex = Once(_relatedIndex, value, nameof(RelatedIndex));
    }
    private Related.RelatedIndex? _relatedIndex;
    private bool _relatedIndexReleased;

    /// <summary>A one-shot build, once RelateArticles has made every list: nothing later queries the index.</summary>
    internal void ReleaseRelatedIndex()
    {
        _relatedIndex = null;
        _relatedIndexReleased = true;
    }

    /// <summary>Written by RelateArticles: the search analyzer, and each listed article's body counts from the split both steps read.</summary>
    internal Search.SearchBodies SearchBodies { get => Read(_searchBodies, nameof(SearchBodies), "RelateArticles"); set => _searchBodies = Once(_searchBodies, value, nameof(SearchBodies)); }
    private Search.SearchBodies? _searchBodies;

    /// <summary>Written by AnalyzeSearch: every listed article's stems and scores, merged into the index by WriteSearchIndex.</summary>
    internal Search.SearchDocuments SearchDocuments { get => Read(_searchDocuments, nameof(SearchDocuments), "AnalyzeSearch"); set => _searchDocuments = Once(_searchDocuments, value, nameof(SearchDocuments)); }
    private Search.SearchDocuments? _searchDocuments;

    /// <summary>Written by ProcessImages: every raster photo with its responsive variants.</summary>
    public Images.ImageSet Images { get => Parent?.Images ?? Read(_images, nameof(Images), "ProcessImages"); internal set => _images = Once(_images, value, nameof(Images)); }
    private Images.ImageSet? _images;

    /// <summary>
    /// What every page's rendering reads (see <see cref="ScarGuide.Pages.RenderInputs.Site"/>), as a key for build memory: made
    /// once per build, when structured data or templates first ask, and only if the build has memory.
    /// </summary>
    internal IContentKey SiteRenderKey => LazyInitializer.EnsureInitialized(ref _siteRenderKey, () => ScarGuide.Pages.RenderInputs.Site(this));
    private IContentKey? _siteRenderKey;

    /// <summary>Written by ReadSources: sizes of the images ProcessImages does not make variants of, by site path (<c>images/x.svg</c>).</summary>
    public IReadOnlyDictionary<string, ImageSize> ImageSizes { get => Parent?.ImageSizes ?? Read(_imageSizes, nameof(ImageSizes), "ReadSources"); internal set => _imageSizes = Once(_imageSizes, value, nameof(ImageSizes)); }
    private IReadOnlyDictionary<string, ImageSize>? _imageSizes;

    /// <summary>The address of one of this language's pages (<c>blog/x/</c> → <c>/base/es/blog/x/</c>).</summary>
    public string Href(string sitePath) => Config.BasePath + LanguagePrefix + sitePath.TrimStart('/');

    public string Absolute(string sitePath) => Config.BaseUrl + LanguagePrefix + sitePath.TrimStart('/');

    /// <summary>The address of a file every language shares (a stylesheet, a photo): never under a language's folder.</summary>
    public string SharedHref(string sitePath) => Config.BasePath + sitePath.TrimStart('/');

    public string SharedAbsolute(string sitePath) => Config.BaseUrl + sitePath.TrimStart('/');

    /// <summary>Display path relative to the root, forward slashes (what diagnostics and editors see).</summary>
    public string DisplayPath(string fullPath) =>
        Path.GetRelativePath(Options.RootDirectory, fullPath).Replace('\\', '/');
}
