using ScarGuide.Configuration;
using ScarGuide.Content;
using ScarGuide.Navigation;
using ScarGuide.Pipeline;
using ScarGuide.Taxonomy;
using ScarGuide.Templating;

namespace ScarGuide.Pages;

/// <summary>
/// Decides every HTML page of the site (articles, static pages, home, listings, terms, authors, search, 404,
/// redirects), with its breadcrumb trail and view. Runs after taxonomies and related lists are known.
/// </summary>
public sealed class PlanPages : IStep
{
    /// <summary>An author page shows this many recent articles of each kind (a reviewer may review thousands).</summary>
    public const int AuthorPageArticles = 24;

    public string Name => "plan pages";

    public void Run(BuildContext context)
    {
        var views = new ViewFactory(context);
        var strings = context.Strings;
        var glossary = new Glossary.GlossaryLinker(context.Glossary, context.Href(SitePaths.Glossary), strings["more_in_glossary"]);
        var pages = new List<OutputPage>();
        var tagCount = context.Taxonomies.Tags.Count;

        pages.Add(Home(context, views));
        // Marking glossary terms depends on the body and the glossary only; a reused result keeps its string, which
        // lets a build with memory see at once that the article's view did not change.
        var glossaryKey = string.Join('\n', context.Glossary.Select(t => $"{t.Term}\0{t.Slug}\0{string.Join('\0', t.Synonyms)}"))
            + "\n" + context.Href(SitePaths.Glossary) + "\n" + strings["more_in_glossary"];
        var link = new Reusable<ContentPage, (Utf8Text Html, IReadOnlyList<Glossary.GlossaryTerm> Used)>(
            "glossary links", a => a.SourcePath, a => [a.Rendered.HtmlText, glossaryKey], (a, _) =>
            {
                if (glossary.IsEmpty) return (a.Rendered.HtmlText, []); // nothing to mark: not worth decoding the body
                var html = a.Rendered.Html;
                var (linked, used) = glossary.Link(html);
                // Unchanged (no term in it): the view shares the body's UTF-8 instead of holding a second copy.
                return (string.Equals(linked, html, StringComparison.Ordinal) ? a.Rendered.HtmlText : Utf8Text.From(linked), used);
            });
        var linked = context.Work.Map(link, context.Articles, context.Diagnostics);
        // Article views are independent of each other (shared views are made once, thread-safely).
        pages.AddRange(context.Work.Map(Enumerable.Range(0, linked.Length).ToArray(),
            i => Article(context, views, linked[i], context.Articles[i])));
        foreach (var page in context.Pages) pages.Add(StaticPage(context, views, page));

        // Listings (the blog, each category, each tag) are independent too: thousands of pages on a large site.
        var listings = new List<Func<IEnumerable<OutputPage>>>
        {
            () => Paginate(context, views, PageKind.Blog, SitePaths.Blog, strings.Format("blog_title", context.Config.Title),
                strings["blog_description"], context.Articles, n => Breadcrumbs.ForBlog(strings, n), "Blog"),
        };
        foreach (var term in context.Taxonomies.Categories)
            listings.Add(() => TermPages(context, views, term, PageKind.Category, SitePaths.CategorySegment, strings["categories"], SitePaths.Categories));
        foreach (var term in context.Taxonomies.Tags)
            listings.Add(() => TermPages(context, views, term, PageKind.Tag, SitePaths.TagSegment, strings["tags"], SitePaths.Tags));
        foreach (var listing in context.Work.Map(listings, listing => listing().ToList())) pages.AddRange(listing);
        pages.Add(TermIndex(context, views, PageKind.CategoryIndex, strings["categories"], strings["categories_description"], SitePaths.Categories,
            context.Taxonomies.Categories, SitePaths.CategorySegment));
        if (tagCount > 0 || context.Taxonomies.Categories.Count > 0)
            pages.Add(TermIndex(context, views, PageKind.TagIndex, strings["tags"], strings["tags_description"], SitePaths.Tags,
                context.Taxonomies.Tags, SitePaths.TagSegment));

        var authorPages = new List<OutputPage>();
        // The keys sorted, not OrderBy over the dictionary's pairs: LINQ's sorter of KeyValuePairs has no precompiled code
        // in the installed tool (compiled at run time on every build).
        foreach (var key in context.Authors.Keys.Order(StringComparer.Ordinal))
        {
            var person = context.Authors[key];
            var written = context.Articles.Where(a => a.Author?.Key == key).ToList();
            var reviewed = context.Articles.Where(a => a.Reviewer?.Key == key).ToList();
            if (written.Count + reviewed.Count > 0) authorPages.Add(Author(context, views, person, written, reviewed));
        }
        pages.AddRange(authorPages);
        if (authorPages.Count > 0) pages.Add(AuthorIndex(context, views, authorPages));

        pages.Add(Special(context, views, PageKind.Search, SitePaths.FileOf(SitePaths.Search), SitePaths.Search, "search", strings["search"],
            strings["search_description"], Breadcrumbs.ForPage(strings, strings["search"])));
        if (context.Glossary.Count > 0) pages.Add(GlossaryPage(context, views, pages));
        pages.Add(Special(context, views, PageKind.NotFound, SitePaths.NotFound, SitePaths.NotFound, "404", strings["page_not_found"],
            strings["not_found_description"], Breadcrumbs.ForPage(strings, strings["page_not_found"])));
        pages.AddRange(Redirects(context, views, pages));

        context.OutputPages = pages.OrderBy(p => p.OutputPath, StringComparer.Ordinal).ToList();
    }

    private static PageView View(BuildContext context, ViewFactory views, string urlPath, string title, string description,
        IReadOnlyList<Crumb> crumbs, MetaView meta, string kind) => new()
    {
        Kind = kind,
        Title = title,
        Description = description,
        Url = context.Href(urlPath),
        Permalink = context.Absolute(urlPath),
        Breadcrumbs = views.Crumbs(crumbs),
        Nav = views.Nav(urlPath),
        Meta = meta,
        Image = views.Image(context.Config.DefaultImage, context.Config.DefaultImageAlt ?? context.Config.Title),
    };

    private static MetaView WebsiteMeta(bool index) => new("website", null, null, null, [], index ? "index, follow" : "noindex, follow");

    private static OutputPage Home(BuildContext context, ViewFactory views)
    {
        var lead = context.Articles.FirstOrDefault(a => a.Meta.Featured) ?? context.Articles.FirstOrDefault();
        var latest = context.Articles.Where(a => a != lead).Take(6).ToList();
        var home = new HomeView(lead is null ? null : views.Card(lead), views.Cards(latest),
            context.Taxonomies.Categories.Select(t => views.Term(t, "category")).ToList());
        var config = context.Config;
        return new OutputPage
        {
            Kind = PageKind.Home, OutputPath = SitePaths.FileOf(SitePaths.Home), UrlPath = SitePaths.Home, Layout = "home", Crumbs = [], Indexable = true,
            LastModified = context.Articles.Count > 0 ? context.Articles.Max(a => a.Modified) : null,
            Items = lead is null ? latest : [lead, .. latest],
            View = View(context, views, "", config.Title, config.Description, [], WebsiteMeta(true), "home") with { Home = home },
        };
    }

    private static OutputPage Article(BuildContext context, ViewFactory views,
        (Utf8Text Html, IReadOnlyList<Glossary.GlossaryTerm> Used) linked, ContentPage article)
    {
        var meta = article.Meta;
        var firstCategory = meta.Categories.Count > 0 ? context.Taxonomies.Category(meta.Categories[0]) : null;
        var crumbs = Breadcrumbs.ForArticle(context.Strings, article, firstCategory);
        // A one-shot build makes the view as the page is written (everything it is made from is final by now); the
        // preview keeps it, since a rebuild compares views to find what changed.
        if (context.ReleasesAsWritten)
            return new OutputPage
            {
                Kind = PageKind.Article, OutputPath = SitePaths.FileOf(article.UrlPath), UrlPath = article.UrlPath,
                Layout = meta.Layout ?? "article", Crumbs = crumbs, Indexable = !article.Noindex, LastModified = article.Modified,
                Source = article, Person = article.Author,
                MakeViewOnRead = () => ArticleView(context, views, linked, article, crumbs),
            };
        return new OutputPage
        {
            Kind = PageKind.Article, OutputPath = SitePaths.FileOf(article.UrlPath), UrlPath = article.UrlPath,
            Layout = meta.Layout ?? "article", Crumbs = crumbs, Indexable = !article.Noindex, LastModified = article.Modified,
            Source = article, Person = article.Author,
            View = ArticleView(context, views, linked, article, crumbs),
        };
    }

    private static PageView ArticleView(BuildContext context, ViewFactory views,
        (Utf8Text Html, IReadOnlyList<Glossary.GlossaryTerm> Used) linked, ContentPage article, IReadOnlyList<Crumb> crumbs)
    {
        var (content, terms) = linked;
        var meta = article.Meta;
        var headings = article.Rendered.Headings;
        var showToc = meta.Toc ?? headings.Count(h => h.Level == 2) >= 3;
        var faq = article.Rendered.Faq.Select((f, i) => new FaqView(f.Question, f.AnswerHtml, $"faq-{i + 1}")).ToList();
        var view = new ArticleView(
            meta.Title, meta.Description, content, views.Date(article.Date),
            article.Modified > article.Date ? views.Date(article.Modified) : null,
            views.Date(meta.Reviewed), views.Date(article.NextReview), views.Person(article.Author ?? new Person(null, meta.Author ?? "", null, null, null, null, null)),
            article.Reviewer is null ? null : views.Person(article.Reviewer),
            views.Terms(meta.Categories, categories: true), views.Terms(meta.Tags, categories: false),
            showToc ? headings.Where(h => h.Level is 2 or 3).Select(h => new TocView(h.Level, h.Text, h.Id)).ToList() : [],
            faq, meta.Sources.Select(ViewFactory.Source).ToList(), views.Cards(article.Related),
            article.Previous is null ? null : views.Card(article.Previous), article.Next is null ? null : views.Card(article.Next),
            article.ReadingMinutes, article.Rendered.WordCount, terms.Select(views.GlossaryTerm).ToList());
        var pageMeta = new MetaView("article", views.Date(article.Date).Iso, views.Date(article.Modified).Iso,
            meta.Categories.FirstOrDefault(), meta.Tags, article.Noindex ? "noindex, follow" : "index, follow");
        var page = View(context, views, article.UrlPath, meta.Title, meta.Description, crumbs, pageMeta, "article");
        return page with
        {
            Article = view, Params = meta.Params, Stale = StaleOf(views, article),
            ReadingGrade = article.Rendered.Reading is { Words: > 0, Formula: Readability.ReadingFormula.English } reading ? Math.Round(reading.FleschKincaidGrade, 1) : null,
            Image = views.Image(meta.Image, meta.ImageAlt) ?? page.Image,
            PrevUrl = article.Previous is null ? null : context.Href(article.Previous.UrlPath),
            NextUrl = article.Next is null ? null : context.Href(article.Next.UrlPath),
        };
    }

    private static OutputPage StaticPage(BuildContext context, ViewFactory views, ContentPage page)
    {
        var crumbs = Breadcrumbs.ForPage(context.Strings, page.Meta.Title);
        var view = View(context, views, page.UrlPath, page.Meta.Title, page.Meta.Description, crumbs,
            WebsiteMeta(!page.Meta.Noindex), "page");
        return new OutputPage
        {
            Kind = PageKind.Page, OutputPath = SitePaths.FileOf(page.UrlPath), UrlPath = page.UrlPath,
            Layout = page.Meta.Layout ?? "page", Crumbs = crumbs, Indexable = !page.Meta.Noindex,
            LastModified = page.Meta.Updated ?? page.Meta.Date, Source = page,
            View = view with
            {
                Content = page.Rendered.Html, Params = page.Meta.Params, Stale = StaleOf(views, page),
                Image = views.Image(page.Meta.Image, page.Meta.ImageAlt) ?? view.Image,
            },
        };
    }

    /// <summary>Pages of a listing: page 1 at <paramref name="basePath"/>, page n at <c>basePath/page/n/</c>.</summary>
    private static IEnumerable<OutputPage> Paginate(BuildContext context, ViewFactory views, PageKind kind, string basePath,
        string title, string description, IReadOnlyList<ContentPage> items, Func<int, IReadOnlyList<Crumb>> crumbsFor, string viewKind)
    {
        var size = context.Config.PostsPerPage;
        var total = Math.Max(1, (items.Count + size - 1) / size);
        string PathOf(int n) => SitePaths.Paged(basePath, n);

        // A loop, not Select over the window: LINQ's iterators over its (number, gap) tuples have no precompiled code in
        // the installed tool.
        List<PagerLink> PagerLinks(int current)
        {
            var window = Window(current, total);
            var links = new List<PagerLink>(window.Count);
            foreach (var (number, gapBefore) in window)
                links.Add(new PagerLink(number, context.Href(PathOf(number)), number == current, gapBefore));
            return links;
        }

        for (var n = 1; n <= total; n++)
        {
            var slice = items.Skip((n - 1) * size).Take(size).ToList();
            var crumbs = crumbsFor(n);
            var paginator = new PaginatorView(n, total, items.Count, views.Cards(slice),
                n > 1 ? context.Href(PathOf(n - 1)) : null, n < total ? context.Href(PathOf(n + 1)) : null,
                PagerLinks(n));
            var pageTitle = n == 1 ? title : context.Strings.Format("paged_title", title, n);
            var view = View(context, views, PathOf(n), pageTitle, description, crumbs, WebsiteMeta(true), viewKind.ToLowerInvariant());
            yield return new OutputPage
            {
                Kind = kind, OutputPath = SitePaths.FileOf(PathOf(n)), UrlPath = PathOf(n), Layout = "list", Crumbs = crumbs,
                Indexable = true, LastModified = slice.Count > 0 ? slice.Max(a => a.Modified) : null, Items = slice,
                View = view with { Paginator = paginator, PrevUrl = paginator.PrevUrl, NextUrl = paginator.NextUrl },
            };
        }
    }

    /// <summary>
    /// The page numbers a pager shows: first, last, and two either side of the current one. Listing every number
    /// would make each page of a 500-page blog carry 500 links (output growing with the square of the pages).
    /// </summary>
    public static IReadOnlyList<(int Number, bool GapBefore)> Window(int current, int total, int around = 2)
    {
        var numbers = new SortedSet<int> { 1, total };
        for (var n = Math.Max(1, current - around); n <= Math.Min(total, current + around); n++) numbers.Add(n);
        var previous = 0;
        var list = new List<(int, bool)>(numbers.Count);
        foreach (var n in numbers)
        {
            list.Add((n, previous > 0 && n > previous + 1));
            previous = n;
        }
        return list;
    }

    private static IEnumerable<OutputPage> TermPages(BuildContext context, ViewFactory views, Term term, PageKind kind,
        string segment, string indexName, string indexPath)
    {
        var path = SitePaths.Term(segment, term.Slug);
        var strings = context.Strings;
        var description = strings.Format(kind == PageKind.Category ? "category_description" : "tag_description", term.Name, term.Articles.Count);
        return Paginate(context, views, kind, path, term.Name, description, term.Articles,
            n => Breadcrumbs.ForTerm(strings, indexName, indexPath, term.Name, path, n), segment);
    }

    private static OutputPage TermIndex(BuildContext context, ViewFactory views, PageKind kind, string name, string description, string path,
        IReadOnlyList<Term> terms, string segment)
    {
        var crumbs = Breadcrumbs.ForTermIndex(context.Strings, name);
        return new OutputPage
        {
            Kind = kind, OutputPath = SitePaths.FileOf(path), UrlPath = path, Layout = "terms", Crumbs = crumbs, Indexable = true,
            LastModified = Newest(terms.SelectMany(t => t.Articles)),
            View = View(context, views, path, name, description, crumbs, WebsiteMeta(true), segment == "category" ? "categories" : "tags")
                with { Terms = terms.Select(t => views.Term(t, segment)).ToList() },
        };
    }

    /// <summary>The latest <see cref="ContentPage.Modified"/>, or null for none; of equal instants the first, as Max keeps.</summary>
    // A loop, not Select(a => (DateTimeOffset?)a.Modified).Max(): LINQ's iterator yielding nullable dates has no
    // precompiled code in the installed tool.
    private static DateTimeOffset? Newest(IEnumerable<ContentPage> articles)
    {
        DateTimeOffset? newest = null;
        foreach (var article in articles)
            if (newest is not { } latest || article.Modified > latest) newest = article.Modified;
        return newest;
    }

    private static OutputPage Author(BuildContext context, ViewFactory views, Person person, List<ContentPage> written, List<ContentPage> reviewed)
    {
        var path = SitePaths.Author(person.Key!);
        var crumbs = Breadcrumbs.ForAuthor(context.Strings, person.Name);
        var description = Trim(person.Bio ?? context.Strings.Format("author_description", person.DisplayName), 160);
        var view = View(context, views, path, person.DisplayName, description, crumbs, WebsiteMeta(true), "author");
        return new OutputPage
        {
            Kind = PageKind.Author, OutputPath = SitePaths.FileOf(path), UrlPath = path, Layout = "author", Crumbs = crumbs,
            Indexable = true, Person = person, Items = written,
            LastModified = Newest(written.Concat(reviewed)),
            View = view with
            {
                Author = new AuthorPageView(views.Person(person), views.Cards(written.Take(AuthorPageArticles)),
                    views.Cards(reviewed.Take(AuthorPageArticles)), written.Count, reviewed.Count),
                Image = views.Image(person.Image, context.Strings.Format("portrait_of", person.Name)) ?? view.Image,
            },
        };
    }

    /// <summary><c>/authors/</c>: everyone who writes or reviews, with their role; the middle crumb of author pages.</summary>
    private static OutputPage AuthorIndex(BuildContext context, ViewFactory views, List<OutputPage> authorPages)
    {
        const string path = SitePaths.Authors;
        var crumbs = Breadcrumbs.ForAuthorIndex(context.Strings);
        var people = authorPages.Select(p => views.Person(p.Person!)).ToList();
        return new OutputPage
        {
            Kind = PageKind.AuthorIndex, OutputPath = SitePaths.FileOf(path), UrlPath = path, Layout = "authors", Crumbs = crumbs,
            Indexable = true, LastModified = authorPages.Max(p => p.LastModified),
            View = View(context, views, path, context.Strings["authors_title"], context.Strings["authors_description"], crumbs, WebsiteMeta(true), "authors")
                with { People = people },
        };
    }

    /// <summary><c>/glossary/</c>: every term of glossary.yml with its definition; articles link their first uses here.</summary>
    private static OutputPage GlossaryPage(BuildContext context, ViewFactory views, List<OutputPage> pages)
    {
        const string path = SitePaths.Glossary;
        if (pages.Any(p => p.UrlPath == path))
            context.Diagnostics.Error("glossary-collision", context.DisplayPath(Path.Combine(context.Options.InputDirectory, "glossary.yml")), 1, 1,
                "A page already has the address /glossary/, where the glossary goes.", "Give that page another `slug:`.");
        var strings = context.Strings;
        var crumbs = Breadcrumbs.ForPage(strings, strings["glossary"]);
        return new OutputPage
        {
            Kind = PageKind.Glossary, OutputPath = SitePaths.FileOf(path), UrlPath = path, Layout = "glossary", Crumbs = crumbs, Indexable = true,
            View = View(context, views, path, strings["glossary"], strings.Format("glossary_description", context.Glossary.Count, context.Config.Title),
                crumbs, WebsiteMeta(true), "glossary") with { Glossary = context.Glossary.Select(views.GlossaryTerm).ToList() },
        };
    }

    private static OutputPage Special(BuildContext context, ViewFactory views, PageKind kind, string output, string urlPath,
        string layout, string title, string description, IReadOnlyList<Crumb> crumbs) => new()
    {
        Kind = kind, OutputPath = output, UrlPath = urlPath, Layout = layout, Crumbs = crumbs, Indexable = false,
        View = View(context, views, urlPath, title, description, crumbs, WebsiteMeta(false), layout)
            with { Popular = views.Cards(context.Articles.Take(5)) },
    };

    /// <summary>Old URLs (<c>aliases:</c>) become small pages that send readers and crawlers to the article.</summary>
    private static IEnumerable<OutputPage> Redirects(BuildContext context, ViewFactory views, List<OutputPage> pages)
    {
        var taken = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        foreach (var page in context.Articles.Concat(context.Pages))
        {
            foreach (var alias in page.Meta.Aliases)
            {
                var target = Aliases.Normalize(alias);
                if (target is null) continue; // reported by ValidateContent
                if (!taken.Add(target.OutputPath))
                {
                    context.Diagnostics.Error("alias-collision", page.SourcePath, page.Meta.LineOf("aliases"), 1,
                        $"The alias '{alias}' is the address of another page.", "Remove the alias or choose another old address.");
                    continue;
                }
                var view = View(context, views, target.UrlPath, page.Meta.Title, page.Meta.Description, [], WebsiteMeta(false), "redirect");
                yield return new OutputPage
                {
                    Kind = PageKind.Redirect, OutputPath = target.OutputPath, UrlPath = target.UrlPath, Layout = "redirect", Crumbs = [],
                    Indexable = false, Source = page,
                    View = view with { RedirectTo = context.Absolute(page.UrlPath), Permalink = context.Absolute(page.UrlPath) },
                };
            }
        }
    }

    private static StaleView? StaleOf(ViewFactory views, ContentPage page) => page.Stale is { } stale
        ? new StaleView(stale.LanguageName, stale.Url, views.Date(stale.Reviewed), views.Date(stale.TranslatedFrom))
        : null;

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
