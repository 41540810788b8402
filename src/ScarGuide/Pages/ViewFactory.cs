using System.Collections.Concurrent;
using System.Globalization;
using ScarGuide.Assets;
using ScarGuide.Configuration;
using ScarGuide.Content;
using ScarGuide.Navigation;
using ScarGuide.Pipeline;
using ScarGuide.Taxonomy;
using ScarGuide.Templating;

namespace ScarGuide.Pages;

/// <summary>Turns pipeline data into the read-only views templates see. One place for every URL a template shows.</summary>
public sealed class ViewFactory(BuildContext context)
{
    // Views that depend only on their argument, made once per build: every article and listing repeats them.
    // Safe to use from several threads; a view made twice by a race is equal either way.
    private readonly ConcurrentDictionary<ContentPage, CardView> _cards = new();
    // Keyed in two levels, not by tuples: the comparer of a tuple key has no precompiled code in the installed tool.
    private readonly ConcurrentDictionary<Images.ResponsiveImage, ConcurrentDictionary<string, ImageView>> _photos = new();
    private readonly ConcurrentDictionary<string, Term?> _categoriesByName = new();
    private readonly ConcurrentDictionary<string, Term?> _tagsByName = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Term, TermView>> _termViews = new();
    private readonly ConcurrentDictionary<Person, PersonView> _people = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, IReadOnlyList<NavView>> _navs = new(StringComparer.Ordinal);

    // The theme's strings in this build's language: dates, alt texts and default navigation titles.
    private readonly LanguageStrings _strings = context.Strings;

    /// <summary>A date for templates; <c>display</c> is written the way the build's language writes dates (<c>date_format</c>).</summary>
    public DateView Date(DateTimeOffset date) => Date(date, _strings);

    public DateView? Date(DateTimeOffset? date) => date is { } d ? Date(d) : null;

    /// <summary>A date for templates in the language of <paramref name="strings"/>; independent of the machine's culture.</summary>
    public static DateView Date(DateTimeOffset date, LanguageStrings strings) => new(
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        strings.Date(date));

    public static SourceView Source(FrontMatter.SourceLink source)
    {
        var title = source.IsPaper ? References.AmaStyle.SentenceCase(source.Title) : source.Title;
        return new SourceView(title, source.Link, source.IsPaper, References.AmaStyle.Authors(source.Authors),
            References.AmaStyle.EndsSentence(title), source.Journal, References.AmaStyle.Details(source),
            source.Doi, source.DoiUrl, source.Pmid, source.PubMedUrl, source.Authors);
    }

    public string Href(string sitePath) => context.Href(sitePath);

    /// <summary>Resolves an image reference: site paths get the base path, external URLs stay, size comes from the file.</summary>
    public ImageView? Image(string? src, string? alt)
    {
        if (string.IsNullOrWhiteSpace(src)) return null;
        if (Markdown.MarkdownRenderer.IsExternal(src))
            return new ImageView(src, src, alt ?? "", null, null);
        // A photo's view (16 addresses, three srcsets) is asked for by its article's page and by its card: made once.
        if (context.Images.Find(src) is { } photo)
            return _photos.GetOrAdd(photo, _ => new()).GetOrAdd(alt ?? "", a => Images.ImageViews.Of(photo, a, context.SharedHref, context.SharedAbsolute));
        var path = src.TrimStart('/');
        context.ImageSizes.TryGetValue(path, out var size);
        var known = context.ImageSizes.ContainsKey(path);
        return new ImageView(context.SharedHref(path), context.SharedAbsolute(path), alt ?? "", known ? size.Width : null, known ? size.Height : null);
    }

    public TermView Term(Term term, string kind) => _termViews.GetOrAdd(kind, _ => new()).GetOrAdd(term, t =>
        new TermView(t.Name, t.Slug, context.Href(SitePaths.Term(kind, t.Slug)), t.Articles.Count));

    public IReadOnlyList<TermView> Terms(IEnumerable<string> names, bool categories)
    {
        var list = new List<TermView>();
        foreach (var name in names)
        {
            var term = Find(name, categories);
            if (term is not null && list.All(t => t.Slug != term.Slug)) list.Add(Term(term, categories ? SitePaths.CategorySegment : SitePaths.TagSegment));
        }
        return list;
    }

    private Term? Find(string name, bool categories) => categories
        ? _categoriesByName.GetOrAdd(name, context.Taxonomies.Category)
        : _tagsByName.GetOrAdd(name, context.Taxonomies.Tag);

    public PersonView Person(Person person) => _people.GetOrAdd(person, _ => new PersonView(
        person.Name, person.Credentials, person.DisplayName, person.JobTitle, person.Bio,
        Image(person.Image, _strings.Format("portrait_of", person.Name)),
        person.Key is null ? null : context.Href(SitePaths.Author(person.Key)),
        person.Url));


    /// <summary>Cards are shared by every listing that shows the article, so each is built once.</summary>
    public CardView Card(ContentPage page) => _cards.GetOrAdd(page, _ => new CardView(
        page.Meta.Title, page.Meta.Description, context.Href(page.UrlPath),
        Image(page.Meta.Image, page.Meta.ImageAlt), Date(page.Date), page.ReadingMinutes,
        Terms(page.Meta.Categories, categories: true)));

    public IReadOnlyList<CardView> Cards(IEnumerable<ContentPage> pages) => pages.Select(Card).ToList();

    // A plain loop: LINQ's Select over an array typed as IReadOnlyList runs interface casts that a profile of the
    // composite build showed at several percent of planning (every article's related list goes through here).
    public IReadOnlyList<CardView> Cards(IReadOnlyList<ContentPage> pages)
    {
        var cards = new CardView[pages.Count];
        for (var i = 0; i < cards.Length; i++) cards[i] = Card(pages[i]);
        return cards;
    }

    public IReadOnlyList<CrumbView> Crumbs(IReadOnlyList<Crumb> crumbs) =>
        crumbs.Select((c, i) => new CrumbView(c.Name, c.UrlPath is null ? null : context.Href(c.UrlPath), i + 1)).ToList();

    /// <summary>The main navigation with the entry for this page's section marked current.</summary>
    public IReadOnlyList<NavView> Nav(string urlPath)
    {
        var here = "/" + urlPath;
        string? best = null;
        foreach (var item in context.Config.Navigation)
        {
            var url = item.Url.StartsWith('/') ? item.Url : "/" + item.Url;
            var matches = url == "/" ? here == "/" : here.StartsWith(url, StringComparison.Ordinal);
            if (matches && (best is null || url.Length > best.Length)) best = url;
        }
        // The same for every page of a section.
        return _navs.GetOrAdd(best ?? "", _ => context.Config.Navigation.Select(item =>
        {
            var external = Markdown.MarkdownRenderer.IsExternal(item.Url);
            var url = item.Url.StartsWith('/') ? item.Url : "/" + item.Url;
            var title = item.TitleKey is { } key && _strings.TryGet(key, out var text) ? text : item.Title;
            return new NavView(title, external ? item.Url : context.Href(url), !external && url == best);
        }).ToList());
    }

    public SiteView Site()
    {
        var config = context.Config;
        var newest = context.Articles.Count > 0 ? context.Articles.Max(a => a.Modified) : DateTimeOffset.UnixEpoch;
        var logo = Image(config.Organization.Logo, null);
        return new SiteView(
            config.Title, config.Description, config.Intro, config.BaseUrl, config.BasePath, config.Language,
            config.Organization.Name, logo?.Src,
            context.Assets["css"] is { } css ? context.SharedHref(css) : null,
            context.Assets["search"] is { } js ? context.SharedHref(js) : null,
            context.Href(SitePaths.AtomFeed), context.Href(SitePaths.RssFeed), context.Href(SitePaths.Search), context.Href(SitePaths.SearchIndex),
            context.Href(SitePaths.Home), context.Href(SitePaths.Blog), context.Href(SitePaths.Categories), context.Href(SitePaths.Tags),
            config.ThemeColor, config.Disclaimer ?? _strings["disclaimer"],
            context.Assets["favicon"] is { } icon ? context.SharedHref(icon) : logo?.Src ?? context.SharedHref("favicon.ico"),
            // Derived from content, not the clock, so builds on different days are identical.
            newest.Year.ToString(CultureInfo.InvariantCulture),
            context.Taxonomies.Categories.Select(t => Term(t, "category")).ToList(),
            Publishing.WritePlatformFiles.MetaContentSecurityPolicy,
            context.Glossary.Count > 0 ? context.Href(SitePaths.Glossary) : null,
            config.Direction);
    }


    /// <summary>The term for templates; synonyms that are only its plural ("keloids") are for matching, not for showing.</summary>
    public GlossaryTermView GlossaryTerm(Glossary.GlossaryTerm term) =>
        new(term.Term, term.Slug, term.Definition,
            term.Synonyms.Where(s => !s.Equals(term.Term + "s", StringComparison.OrdinalIgnoreCase) && !s.Equals(term.Term + "es", StringComparison.OrdinalIgnoreCase)).ToList(),
            context.Href(SitePaths.Glossary) + "#" + term.Slug);
}
