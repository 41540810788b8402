using ScarGuide.Configuration;
using ScarGuide.Content;
using ScarGuide.Pipeline;

namespace ScarGuide.Translation;

/// <summary>
/// Translations follow the medical review. A translation records the source's <c>reviewed</c> date it was made from
/// (<c>source_reviewed:</c>); when the source has been reviewed again since, and the translation has no review of its
/// own as recent, the translation is stale: a warning at its line, a notice on the page, and what
/// <c>translations: { stale: warn | noindex | error }</c> says. Runs before SelectPublished, so a page held out of
/// search is never listed.
/// </summary>
public sealed class CheckTranslations : IStep
{
    public string Name => "check translations";

    public void Run(BuildContext context)
    {
        var sites = context.LanguageSites;
        if (sites.Count < 2) return;
        var policy = context.Config.StaleTranslations;
        CheckThemeStrings(context, sites);
        var sources = sites[0].Content.GroupBy(p => p.TranslationKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        foreach (var site in sites.Skip(1))
        {
            foreach (var group in site.Content.GroupBy(p => p.TranslationKey, StringComparer.Ordinal))
            {
                var page = group.First();
                foreach (var twin in group.Skip(1))
                    context.Diagnostics.Error("translation-duplicate", twin.SourcePath, twin.Meta.LineOf("translation_key"), 1,
                        $"{page.SourcePath} is already the {site.Language!.Name} translation of '{KeyName(page)}'.",
                        "Give one of them another `translation_key:` (or file name), or delete the extra copy.");
                if (!sources.TryGetValue(page.TranslationKey, out var source) || source.Meta.Reviewed is not { } reviewed) continue;
                if (page.Meta.Reviewed is { } own && own.Date >= reviewed.Date) continue; // a review of its own, as recent: current
                if (page.Meta.SourceReviewed is not { } from)
                {
                    context.Diagnostics.Warning("translation-source-review", page.SourcePath, 1, 1,
                        $"This translation of {source.SourcePath} does not say which medical review it was translated from.",
                        $"Add `source_reviewed: {reviewed:yyyy-MM-dd}` if it follows the source as reviewed then.");
                    continue;
                }
                if (from.Date >= reviewed.Date) continue;

                var line = page.Meta.LineOf("source_reviewed");
                var message = $"The source ({source.SourcePath}) was medically reviewed on {reviewed:yyyy-MM-dd}, after the review this translation was made from ({from:yyyy-MM-dd}).";
                const string fix = "Bring the translation up to date with the source, then set `source_reviewed:` to the source's `reviewed:` date.";
                if (policy == StaleTranslationPolicy.Error) context.Diagnostics.Error("stale-translation", page.SourcePath, line, 1, message, fix);
                else context.Diagnostics.Warning("stale-translation", page.SourcePath, line, 1,
                    policy == StaleTranslationPolicy.Noindex ? message + " It is kept out of search engines until then." : message, fix);
                page.Stale = new StaleSource(sites[0].Language!.Name, sites[0].Absolute(source.UrlPath), reviewed, from);
                page.HeldStale = policy == StaleTranslationPolicy.Noindex;
            }
        }
    }

    /// <summary>Theme strings the default language has and another lacks: pages in that language show them in the default language.</summary>
    private static void CheckThemeStrings(BuildContext context, IReadOnlyList<BuildContext> sites)
    {
        var defaultLanguage = sites[0].Language!;
        foreach (var site in sites.Skip(1))
        {
            var missing = context.ThemeStrings.Missing(site.Language!.Code, defaultLanguage.Code);
            if (missing.Count == 0) continue;
            var file = $"theme/{Templating.ThemeStrings.Folder}/{site.Language.Code}.yml";
            context.Diagnostics.Warning("theme-string-untranslated", file, 1, 1,
                $"{missing.Count} theme strings have no {site.Language.Name} text, so {site.Language.Name} pages show them in {defaultLanguage.Name}: {string.Join(", ", missing.Take(8))}{(missing.Count > 8 ? ", …" : "")}.",
                $"Add them to {file} (`scarguide theme eject i18n/{defaultLanguage.Code}.yml` shows every key), each as `key: \"text\"`.");
        }
    }

    private static string KeyName(ContentPage page) => page.TranslationKey[(page.TranslationKey.IndexOf(':') + 1)..];
}
