using ScarGuide.Configuration;
using ScarGuide.Pipeline;

namespace ScarGuide.Translation;

/// <summary>
/// Makes one context per language of a multilingual site (<c>languages:</c>): its content, its glossary, its people's
/// words and its title; the steps after this one that work on pages run once per language (<see cref="PerLanguage"/>).
/// A site in one language is left as it is: its one language is the whole site's context.
/// </summary>
public sealed class SplitLanguages : IStep
{
    public string Name => "split languages";

    public void Run(BuildContext context)
    {
        var config = context.Config;
        if (config.Languages.Count == 0) return;
        var sites = new List<BuildContext>(config.Languages.Count);
        foreach (var language in config.Languages)
        {
            var isDefault = sites.Count == 0;
            var own = config with
            {
                Language = language.Code,
                Direction = language.Direction,
                Title = language.Title ?? config.Title,
                Description = language.Description ?? config.Description,
            };
            var glossary = isDefault ? context.Glossary : context.TranslatedGlossaries.GetValueOrDefault(language.Code) ?? [];
            var authors = context.Authors.ToDictionary(a => a.Key, a => a.Value.In(language.Code), StringComparer.Ordinal);
            var content = context.Content.Where(p => string.Equals(p.Language, language.Code, StringComparison.OrdinalIgnoreCase)).ToList();
            if (!isDefault) own = own with { Navigation = language.Navigation ?? Follow(config, sites[0].Content, content) };
            sites.Add(context.ForLanguage(language, own, authors, glossary, content, context.Work.Memory));
        }
        context.LanguageSites = sites;
    }

    /// <summary>
    /// The default language's navigation for another language: a link to a page becomes a link to its translation (with
    /// the translation's title), or to the default language's page when it has none, so no entry leads to a missing page.
    /// Generated pages (home, blog, categories) exist in every language and keep their address within it.
    /// </summary>
    private static IReadOnlyList<Configuration.NavItem> Follow(Configuration.SiteConfig config, IReadOnlyList<Content.ContentPage> sources,
        IReadOnlyList<Content.ContentPage> translations)
    {
        var byPath = sources.GroupBy(p => p.UrlPath).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byKey = translations.Where(p => p.IsPublished).GroupBy(p => p.TranslationKey).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return config.Navigation.Select(item =>
        {
            if (Markdown.MarkdownRenderer.IsExternal(item.Url)) return item;
            var path = item.Url.TrimStart('/');
            if (!byPath.TryGetValue(path.Length == 0 || path.EndsWith('/') ? path : path + "/", out var source)) return item;
            return byKey.TryGetValue(source.TranslationKey, out var translated)
                ? new Configuration.NavItem(translated.Meta.Title, "/" + translated.UrlPath)
                : item with { Url = config.BaseUrl + path };
        }).ToList();
    }
}

/// <summary>Runs a step once for each language of the site, in the order of <c>languages:</c> (once, for a site in one language).</summary>
public sealed class PerLanguage(IStep step) : IStep
{
    public string Name => step.Name;

    public IStep Step => step;

    public void Run(BuildContext context)
    {
        foreach (var site in context.LanguageSites)
        {
            step.Run(site);
            if (context.Stopped) return;
            if (site != context) site.Finished(step);
        }
    }
}
