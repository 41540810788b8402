namespace ScarGuide.Configuration;

/// <summary>A main navigation entry from <c>site.yml</c>.</summary>
public sealed record NavItem(string Title, string Url)
{
    /// <summary>The theme string shown instead of <see cref="Title"/> (the default entries are in the page's language).</summary>
    public string? TitleKey { get; init; }
}

/// <summary>The publisher shown in JSON-LD and the footer.</summary>
public sealed record Organization(string Name, string? Url, string? Logo);

/// <summary>Weights and limits of the related-articles engine (<c>related:</c> in site.yml).</summary>
public sealed record RelatedSettings(int Count, double TagWeight, double CategoryWeight, double TextWeight, double MinScore);

/// <summary>The site settings from <c>input/site.yml</c>, with defaults for everything optional.</summary>
public sealed record SiteConfig
{
    public string Title { get; init; } = "ScarGuide";
    public string Description { get; init; } = "";
    public string Intro { get; init; } = "";

    /// <summary>Absolute base URL ending in '/', e.g. <c>https://example.github.io/scarguide/</c>.</summary>
    public string BaseUrl { get; init; } = "http://localhost/";
    public string Language { get; init; } = "en";

    /// <summary><c>ltr</c> or <c>rtl</c>: the writing direction of <see cref="Language"/>.</summary>
    public string Direction { get; init; } = "ltr";

    /// <summary><c>languages:</c>, the default first; empty for a site in one language (<see cref="Language"/>).</summary>
    public IReadOnlyList<LanguageConfig> Languages { get; init; } = [];

    /// <summary><c>translations: { stale: warn | noindex | error }</c>.</summary>
    public StaleTranslationPolicy StaleTranslations { get; init; } = StaleTranslationPolicy.Warn;
    public Organization Organization { get; init; } = new("ScarGuide", null, null);
    public IReadOnlyList<NavItem> Navigation { get; init; } =
        [
            new("Home", "/") { TitleKey = "home" }, new("Blog", "/blog/") { TitleKey = "blog" },
            new("Categories", "/blog/categories/") { TitleKey = "categories" }, new("About", "/about/") { TitleKey = "about" },
        ];
    public int PostsPerPage { get; init; } = 10;
    public string? DefaultImage { get; init; }
    public string? DefaultImageAlt { get; init; }
    public string? Cname { get; init; }
    public int ReviewIntervalMonths { get; init; } = 12;

    /// <summary><c>review_policy: strict</c>: an overdue medical review is an error instead of a warning.</summary>
    public bool StrictReviews { get; init; }

    /// <summary><c>unreviewed: noindex</c>: an article without a medical review is kept out of search engines and the sitemap.</summary>
    public bool NoindexUnreviewed { get; init; }

    /// <summary><c>compress: true</c>: write <c>.br</c> and <c>.gz</c> beside text files, as <c>build --compress</c> does.</summary>
    public bool Compress { get; init; }

    /// <summary>Where <c>scarguide deploy</c> uploads the site (<c>deploy: { targets: [...] }</c>); empty when not set.</summary>
    public IReadOnlyList<Deploy.DeployTarget> DeployTargets { get; init; } = [];

    /// <summary>Responsive photo variants (<c>images:</c>).</summary>
    public Images.ImageSettings Images { get; init; } = new();
    public string ThemeColor { get; init; } = "#0f766e";

    /// <summary><c>disclaimer:</c> in site.yml; null: the theme's <c>disclaimer</c> string in the page's language.</summary>
    public string? Disclaimer { get; init; }
    public string Specialty { get; init; } = "Dermatology";
    public int FeedCount { get; init; } = 20;
    public RelatedSettings Related { get; init; } = new(4, 0.5, 0.15, 0.35, 0.03);

    /// <summary>The reading-level target for articles (<c>readability:</c>).</summary>
    public ScarGuide.Readability.ReadabilitySettings Readability { get; init; } = ScarGuide.Readability.ReadabilitySettings.Default;

    /// <summary>How long a page may render and how large it may grow (<c>render:</c>).</summary>
    public Templating.RenderLimits Render { get; init; } = Templating.RenderLimits.Default;

    /// <summary>The path part of <see cref="BaseUrl"/>, always starting and ending with '/'.</summary>
    public string BasePath
    {
        get
        {
            // Every link a page plans asks for it (BuildContext.Href), and parsing the URL each time was 15% of planning
            // the pages. The last answer is kept outside the record, so `with` and the record's equality never see it.
            var url = BaseUrl;
            if (s_lastBasePath is { } last && string.Equals(last.Url, url, StringComparison.Ordinal)) return last.Path;
            var path = new Uri(url).AbsolutePath is var p && p.EndsWith('/') ? p : p + "/";
            s_lastBasePath = new BasePathOf(url, path);
            return path;
        }
    }

    private sealed record BasePathOf(string Url, string Path);

    private static BasePathOf? s_lastBasePath;
}
