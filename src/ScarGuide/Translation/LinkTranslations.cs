using ScarGuide.Pages;
using ScarGuide.Pipeline;
using ScarGuide.Templating;

namespace ScarGuide.Translation;

/// <summary>What one page knows of its translations: the switcher's links, the hreflang alternates, and the pages themselves.</summary>
/// <param name="Key">Everything above as one string, for build memory: a page renders anew when a translation appears or moves.</param>
public sealed record PageTranslations(
    IReadOnlyList<TranslationView> Links, IReadOnlyList<AlternateView> Alternates,
    IReadOnlyList<(BuildContext Site, OutputPage Page)> Others, string Key);

/// <summary>
/// After every language's pages are planned: ties each page to its translations. An article or page is a translation
/// of another with the same translation key (file name without the language, or <c>translation_key:</c>); a generated
/// page (home, blog, listings, search, glossary, authors) of one with the same address in another language's folder.
/// hreflang alternates are built from the same groups, so they are reciprocal by construction, and name only indexable
/// pages that exist; the default language's member is <c>x-default</c>.
/// </summary>
public sealed class LinkTranslations : IStep
{
    public string Name => "link translations";

    public void Run(BuildContext context)
    {
        var sites = context.LanguageSites;
        if (sites.Count < 2 || context.Config.Languages.Count < 2) return;

        var groups = new Dictionary<string, List<(BuildContext Site, OutputPage Page)>>(StringComparer.Ordinal);
        foreach (var site in sites)
            foreach (var page in site.OutputPages)
                if (GroupOf(page) is { } key)
                {
                    if (!groups.TryGetValue(key, out var members)) groups[key] = members = [];
                    // Two pages of one language with one key (a slug and a translation_key that collide): the first stands.
                    if (members.All(m => m.Site != site)) members.Add((site, page));
                }

        var home = sites.ToDictionary(s => s, s => s.Href(SitePaths.Home));
        foreach (var site in sites)
        {
            foreach (var page in site.OutputPages)
            {
                if (GroupOf(page) is not { } key) continue;
                var members = groups[key];
                var links = sites.Select(s =>
                {
                    var member = members.FirstOrDefault(m => m.Site == s);
                    var language = s.Language!;
                    return member.Page is null
                        ? new TranslationView(language.Code, language.Name, home[s], s == site, false, language.Direction)
                        : new TranslationView(language.Code, language.Name, s.Href(member.Page.UrlPath), s == site, true, language.Direction);
                }).ToList();
                // Loops over the (site, page) members, not Where/Select: LINQ's iterators over tuples have no precompiled code
                // in the installed tool.
                var alternates = new List<AlternateView>();
                var indexable = new List<(BuildContext Site, OutputPage Page)>(members.Count);
                var others = new List<(BuildContext Site, OutputPage Page)>(members.Count);
                foreach (var m in members)
                {
                    if (m.Page.Indexable) indexable.Add(m);
                    if (m.Site != site) others.Add(m);
                }
                if (page.Indexable && indexable.Count > 1)
                {
                    foreach (var m in indexable) alternates.Add(new AlternateView(m.Site.Language!.Code, m.Site.Absolute(m.Page.UrlPath)));
                    if (indexable.FirstOrDefault(m => m.Site == sites[0]) is { Page: not null } fallback)
                        alternates.Add(new AlternateView("x-default", fallback.Site.Absolute(fallback.Page.UrlPath)));
                }
                var keyText = string.Join('\n', links.Select(l => $"{l.Code} {l.Url} {l.Exists}").Concat(alternates.Select(a => $"{a.Hreflang} {a.Href}")));
                page.Translations = new PageTranslations(links, alternates, others, keyText);
            }
        }
    }

    /// <summary>What a page shares with its translations; null for pages that have none (redirects).</summary>
    private static string? GroupOf(OutputPage page) => page.Kind switch
    {
        PageKind.Redirect => null,
        PageKind.Article or PageKind.Page when page.Source is { } source => source.TranslationKey,
        _ => "path:" + page.UrlPath,
    };
}
