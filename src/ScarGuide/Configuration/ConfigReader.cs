using ScarGuide.Diagnostics;
using ScarGuide.FrontMatter;

namespace ScarGuide.Configuration;

/// <summary>Reads <c>site.yml</c> and <c>authors.yml</c>, reporting problems with file and line.</summary>
public static class ConfigReader
{
    private static readonly HashSet<string> SiteKeys = new(StringComparer.Ordinal)
    {
        "title", "description", "intro", "base_url", "language", "organization", "navigation", "posts_per_page",
        "default_image", "default_image_alt", "cname", "review_interval_months", "theme_color", "disclaimer",
        "specialty", "feed_count", "related", "render", "review_policy", "unreviewed", "readability", "compress", "images",
        "languages", "translations", "deploy",
    };

    public static SiteConfig ReadSite(string? text, string file, DiagnosticBag diagnostics, string? baseUrlOverride)
    {
        var config = new SiteConfig();
        if (text is not null)
        {
            var map = YamlValues.ParseMapping(text, file, 0, diagnostics, "site configuration");
            if (map is not null)
                config = Read(new YamlValues(map, file, 0, diagnostics), config);
        }
        else
        {
            diagnostics.Warning("site-config-missing", file, 0, 0,
                "No site.yml was found; using defaults.", "Create input/site.yml with at least title and base_url.");
        }

        var baseUrl = baseUrlOverride ?? config.BaseUrl;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            diagnostics.Error("base-url", baseUrlOverride is null ? file : "--base-url", 0, 0,
                $"base_url '{baseUrl}' is not an absolute web address.", "Use a full address such as https://example.github.io/scarguide/.");
            return config;
        }
        return config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" };
    }

    private static SiteConfig Read(YamlValues v, SiteConfig d)
    {
        foreach (var key in v.Keys())
        {
            if (!SiteKeys.Contains(key))
                v.Diagnostics.Warning("unknown-key", v.File, v.LineOfKey(key), 1,
                    $"'{key}' is not a site setting ScarGuide knows.", "Remove it or check its spelling.");
        }

        var org = v.Mapping("organization");
        var related = v.Mapping("related");
        var render = v.Mapping("render");
        var nav = ReadNavigation(v);

        return d with
        {
            Title = v.String("title") ?? d.Title,
            Description = v.String("description") ?? d.Description,
            Intro = v.String("intro") ?? d.Intro,
            BaseUrl = v.String("base_url") ?? d.BaseUrl,
            Language = v.String("language") ?? d.Language,
            Organization = org is null
                ? d.Organization with { Name = v.String("title") ?? d.Organization.Name }
                : new Organization(org.String("name") ?? v.String("title") ?? d.Organization.Name, org.String("url"), org.String("logo")),
            Navigation = v.Node("navigation") is null ? d.Navigation : nav,
            PostsPerPage = v.Int("posts_per_page", 1, 1000) ?? d.PostsPerPage,
            DefaultImage = v.String("default_image") ?? d.DefaultImage,
            DefaultImageAlt = v.String("default_image_alt") ?? d.DefaultImageAlt,
            Cname = v.String("cname") ?? d.Cname,
            ReviewIntervalMonths = v.Int("review_interval_months", 1, 120) ?? d.ReviewIntervalMonths,
            ThemeColor = v.String("theme_color") ?? d.ThemeColor,
            Disclaimer = v.String("disclaimer") ?? d.Disclaimer,
            Specialty = v.String("specialty") ?? d.Specialty,
            FeedCount = v.Int("feed_count", 1, 1000) ?? d.FeedCount,
            Compress = v.Bool("compress") ?? d.Compress,
            Images = v.Mapping("images") is { } images ? Images.ImageSettingsReader.Read(images, d.Images) : d.Images,
            Related = related is null ? d.Related : new RelatedSettings(
                related.Int("count", 0, 50) ?? d.Related.Count,
                related.Double("tag_weight") ?? d.Related.TagWeight,
                related.Double("category_weight") ?? d.Related.CategoryWeight,
                related.Double("text_weight") ?? d.Related.TextWeight,
                related.Double("min_score") ?? d.Related.MinScore),
            Render = render is null ? d.Render : ReadRender(render, d.Render),
            Readability = YamlValues.ReadabilityOf(v)?.Over(d.Readability) ?? d.Readability,
            StrictReviews = Choice(v, "review_policy", ["warn", "strict"]) is { } policy ? policy == "strict" : d.StrictReviews,
            NoindexUnreviewed = Choice(v, "unreviewed", ["index", "noindex"]) is { } unreviewed ? unreviewed == "noindex" : d.NoindexUnreviewed,
            DeployTargets = v.Mapping("deploy") is { } deploy ? Deploy.DeployTarget.ReadAll(deploy) : d.DeployTargets,
            Languages = v.Node("languages") is null ? d.Languages : ReadLanguages(v),
            StaleTranslations = v.Mapping("translations") is { } translations && Choice(translations, "stale", ["warn", "noindex", "error"]) is { } stale
                ? Enum.Parse<StaleTranslationPolicy>(stale, ignoreCase: true) : d.StaleTranslations,
        } is var config && config.Languages.Count > 0
            ? config with { Language = config.Languages[0].Code, Direction = config.Languages[0].Direction }
            : config;
    }

    private static List<NavItem> ReadNavigation(YamlValues v)
    {
        var nav = new List<NavItem>();
        foreach (var item in v.MapList("navigation", "- title: \"Blog\"  url: \"/blog/\""))
        {
            var title = item.String("title");
            var url = item.String("url");
            if (title is null || url is null)
                v.Diagnostics.Error("nav-incomplete", v.File, item.LineOf(item.Map), 1,
                    "A navigation entry needs a 'title' and a 'url'.", "Write `- title: \"Blog\"` and `url: \"/blog/\"`.");
            else
                nav.Add(new NavItem(title, url));
        }
        return nav;
    }

    /// <summary>
    /// <c>languages:</c>: codes must be BCP 47 tags (letters, digits, hyphens: <c>es</c>, <c>es-US</c>, <c>zh-Hant</c>), each once;
    /// they become folder names and <c>hreflang</c> values, so anything else is refused here rather than later.
    /// </summary>
    private static List<LanguageConfig> ReadLanguages(YamlValues v)
    {
        var languages = new List<LanguageConfig>();
        foreach (var item in v.MapList("languages", "- code: es  name: \"Español\""))
        {
            var line = item.LineOf(item.Map);
            foreach (var key in item.Keys().Where(k => k is not ("code" or "name" or "direction" or "title" or "description" or "navigation")))
                v.Diagnostics.Warning("unknown-key", v.File, item.LineOfKey(key), 1,
                    $"'{key}' is not a language setting ScarGuide knows.", "A language has code, name, direction, title, description and navigation.");
            var code = item.String("code");
            if (code is null || !Translation.LanguageCodes.IsValid(code))
            {
                v.Diagnostics.Error("language-code", v.File, line, 1,
                    code is null ? "A language needs a 'code'." : $"'{code}' is not a language code (BCP 47, such as en, es or es-US).",
                    "Write `- code: es` with `name: \"Español\"`.");
                continue;
            }
            if (languages.Any(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                v.Diagnostics.Error("language-duplicate", v.File, line, 1, $"The language '{code}' is listed twice.", "Keep one entry per language.");
                continue;
            }
            var direction = Choice(item, "direction", ["ltr", "rtl"]) ?? "ltr";
            languages.Add(new LanguageConfig(code, item.String("name") ?? code, direction, item.String("title"), item.String("description"), line)
            {
                Prefix = languages.Count == 0 ? "" : code.ToLowerInvariant() + "/",
                Navigation = item.Node("navigation") is null ? null : ReadNavigation(item),
            });
        }
        if (languages.Count == 0 && v.Node("languages") is YamlDotNet.RepresentationModel.YamlSequenceNode { Children.Count: 0 })
            v.Diagnostics.Error("language-code", v.File, v.LineOfKey("languages"), 1, "`languages:` lists no language.",
                "List the default language first: `- code: en` with `name: \"English\"`, then the others.");
        return languages;
    }

    /// <summary>A setting that takes one of a few words; anything else is an error listing them.</summary>
    private static string? Choice(YamlValues v, string key, string[] choices)
    {
        var value = v.String(key);
        if (value is null || choices.Contains(value, StringComparer.Ordinal)) return value;
        v.Diagnostics.Error("wrong-type", v.File, v.LineOfKey(key), 1,
            $"'{key}' must be {string.Join(" or ", choices)}, got '{value}'.", $"Write `{key}: {choices[0]}`.");
        return null;
    }

    private static Templating.RenderLimits ReadRender(YamlValues render, Templating.RenderLimits d)
    {
        foreach (var key in render.Keys().Where(k => k is not ("timeout_seconds" or "max_page_megabytes")))
            render.Diagnostics.Warning("unknown-key", render.File, render.LineOfKey(key), 1,
                $"'render.{key}' is not a setting ScarGuide knows.", "Use timeout_seconds or max_page_megabytes.");
        var seconds = render.Double("timeout_seconds");
        if (seconds is <= 0 or > 3600)
        {
            render.Diagnostics.Error("wrong-type", render.File, render.LineOfKey("timeout_seconds"), 1,
                $"'render.timeout_seconds' must be more than 0 and at most 3600, got {seconds}.", "Write it like `timeout_seconds: 5`.");
            seconds = null;
        }
        return new Templating.RenderLimits(
            seconds is { } s ? TimeSpan.FromSeconds(s) : d.Timeout,
            render.Int("max_page_megabytes", 1, 2000) ?? d.MaxPageMegabytes);
    }

    public static IReadOnlyDictionary<string, Person> ReadAuthors(string? text, string file, DiagnosticBag diagnostics)
    {
        var authors = new Dictionary<string, Person>(StringComparer.Ordinal);
        if (text is null) return authors;
        var map = YamlValues.ParseMapping(text, file, 0, diagnostics, "authors file");
        if (map is null) return authors;
        var root = new YamlValues(map, file, 0, diagnostics);
        foreach (var key in root.Keys())
        {
            var entry = root.Mapping(key);
            if (entry is null) continue;
            var name = entry.String("name");
            if (string.IsNullOrWhiteSpace(name))
            {
                diagnostics.Error("author-name", file, root.LineOfKey(key), 1,
                    $"Author '{key}' has no name.", $"Add `name: \"Full Name\"` under {key}.");
                continue;
            }
            var translated = new Dictionary<string, (string? JobTitle, string? Bio)>(StringComparer.OrdinalIgnoreCase);
            if (entry.Mapping("translations") is { } translations)
                foreach (var code in translations.Keys())
                    if (translations.Mapping(code) is { } t) translated[code] = (t.String("job_title"), t.String("bio"));
            authors[key] = new Person(key, name, entry.String("credentials"), entry.String("job_title"),
                entry.String("bio"), entry.String("image"), NullIfEmpty(entry.String("url"))) { Translations = translated };
        }
        return authors;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
