using ScarGuide.Configuration;
using ScarGuide.Content;
using ScarGuide.Markdown;
using ScarGuide.Pages;
using ScarGuide.Pipeline;
using ScarGuide.Templating;

namespace ScarGuide.StructuredData;

/// <summary>
/// Per page: one JSON-LD <c>@graph</c> built from the same data the page shows (breadcrumb trail, FAQ, dates,
/// people), so the visible page and the structured data cannot drift apart. Nodes are written straight to UTF-8
/// (<see cref="JsonLdWriter"/>): each method below describes one schema.org node, property by property, in output order.
/// Lists are walked by index: no LINQ and no boxed enumerators per page.
/// </summary>
public sealed class BuildStructuredData : IStep
{
    public string Name => "structured data";

    public const string ResultName = "structured data";

    public void Run(BuildContext context)
    {
        var graphs = new PageGraphs(context);
        if (context.ReleasesAsWritten)
        {
            // A one-shot build: each page's graph is made as RenderTemplates writes it, so they are never all held at once.
            foreach (var page in context.OutputPages) page.MakeJsonLdOnRead(graphs.Of);
            return;
        }
        // JSON-LD is derived from what the page shows, so it is reused under the same key as the page's HTML.
        var build = new Reusable<OutputPage, string>(
            ResultName, page => page.OutputPath, page => [context.SiteRenderKey, RenderInputs.Page(page), page.Source?.Meta, page.Translations?.Key], (page, _) => graphs.Of(page));
        context.Work.ForEach(build, context.OutputPages, context.Diagnostics, static (page, jsonLd) => page.JsonLd = jsonLd);
    }
}

/// <summary>One build's JSON-LD writer: the values every page shares, made once, and a graph per page.</summary>
internal sealed class PageGraphs
{
    private readonly BuildContext _context;
    private readonly string _orgId, _siteId, _origin, _basePath, _specialty;

    // The Organization and WebSite nodes are the same on every page: serialized once per build, copied into each page.
    private readonly IReadOnlyList<byte[]> _shared;

    public PageGraphs(BuildContext context)
    {
        var config = context.Config;
        _context = context;
        _orgId = config.BaseUrl + "#organization";
        _siteId = context.Absolute("") + "#website"; // each language is a web site of its own (its title, its search)
        _origin = AbsoluteUrls.Origin(config);
        _basePath = config.BasePath; // SiteConfig parses the base URL each time this is read
        _specialty = "https://schema.org/" + config.Specialty;
        _shared = [JsonLdWriter.ToUtf8(Organization), JsonLdWriter.ToUtf8(WebSite)];
    }

    /// <summary>The page's <c>@graph</c>; empty for a redirect.</summary>
    public string Of(OutputPage page)
    {
        if (page.Kind == PageKind.Redirect) return "";
        var w = JsonLdWriter.StartGraph(_shared);
        PageNodes(w, page);
        return w.EndGraph();
    }

    /// <summary>The publisher, on every page.</summary>
    private void Organization(JsonLdWriter w)
    {
        var config = _context.Config;
        w.StartNode("Organization");
        w.Id(_orgId);
        w.String("name", config.Organization.Name);
        w.String("url", config.Organization.Url ?? config.BaseUrl);
        if (config.Organization.Logo is { } logo)
        {
            w.StartNode("logo", "ImageObject");
            Url(w, "url", logo);
            w.EndNode();
        }
        w.EndNode();
    }

    /// <summary>The web site with its search action, on every page.</summary>
    private void WebSite(JsonLdWriter w)
    {
        var config = _context.Config;
        w.StartNode("WebSite");
        w.Id(_siteId);
        w.String("name", config.Title);
        w.String("url", _context.Absolute(""));
        w.String("inLanguage", config.Language);
        w.Ref("publisher", _orgId);
        w.StartNode("potentialAction", "SearchAction");
        w.StartNode("target", "EntryPoint");
        w.String("urlTemplate", _context.Absolute(SitePaths.Search) + "?q={search_term_string}");
        w.EndNode();
        w.String("query-input", "required name=search_term_string");
        w.EndNode();
        w.EndNode();
    }

    /// <summary>The nodes that describe this page: its breadcrumbs, its type and what it is about.</summary>
    private void PageNodes(JsonLdWriter w, OutputPage page)
    {
        var url = page.View.Permalink;
        var pageId = url + "#webpage";
        var crumbId = url + "#breadcrumb";
        var hasCrumbs = page.Crumbs.Count > 0;
        if (hasCrumbs) Breadcrumbs(w, page.View.Breadcrumbs, crumbId);

        switch (page.Kind)
        {
            case PageKind.Article when page.Source is { } article && page.View.Article is { } view:
            {
                var articleId = url + "#article";
                var image = page.View.Image?.Absolute;
                MedicalWebPage(w, view, article, url, pageId, articleId, image, hasCrumbs ? crumbId : null);
                // A photo gives Google's three shapes (16:9, 4:3, 1:1, each at least 1200 px wide where the source allows).
                BlogPosting(w, view, article.Author, articleId, pageId, page.View.Image is { Crops.Count: > 0 } photo ? photo.Crops : image is null ? [] : [image],
                    page.Translations);
                if (view.Faq.Count > 0) Faq(w, view.Faq, url);
                break;
            }
            case PageKind.Blog or PageKind.Category or PageKind.Tag or PageKind.CategoryIndex or PageKind.TagIndex or PageKind.AuthorIndex:
                w.StartNode("CollectionPage");
                PageHeader(w, page, url, pageId, description: true, hasCrumbs ? crumbId : null);
                w.StartNode("mainEntity", "ItemList");
                if (page.View.Paginator is { } paginator) ListItems(w, paginator.Items, static c => c.Url);
                else if (page.View.Terms is { } terms) ListItems(w, terms, static t => t.Url);
                else if (page.View.People is { } people) ListItems(w, people, static p => p.Url!);
                w.EndNode();
                w.EndNode();
                break;
            case PageKind.Glossary when page.View.Glossary is { } terms:
                w.StartNode("WebPage");
                PageHeader(w, page, url, pageId, description: true, hasCrumbs ? crumbId : null);
                w.Ref("mainEntity", url + "#terms");
                w.EndNode();
                DefinedTermSet(w, terms, url);
                break;
            case PageKind.Author when page.Person is { } person:
                w.StartNode("ProfilePage");
                PageHeader(w, page, url, pageId, description: false, hasCrumbs ? crumbId : null);
                Person(w, "mainEntity", person, full: true);
                w.EndNode();
                break;
            default:
                w.StartNode(page.Kind == PageKind.Search ? "SearchResultsPage" : "WebPage");
                PageHeader(w, page, url, pageId, description: true, hasCrumbs ? crumbId : null);
                w.EndNode();
                break;
        }
    }

    /// <summary>What every non-article page node starts with, after its <c>@type</c>.</summary>
    private void PageHeader(JsonLdWriter w, OutputPage page, string url, string pageId, bool description, string? crumbId)
    {
        w.Id(pageId);
        w.String("url", url);
        w.String("name", page.View.Title);
        if (description) w.String("description", page.View.Description);
        w.String("inLanguage", _context.Config.Language);
        w.Ref("isPartOf", _siteId);
        if (crumbId is not null) w.Ref("breadcrumb", crumbId);
    }

    private void MedicalWebPage(JsonLdWriter w, ArticleView view, ContentPage article, string url, string pageId, string articleId,
        string? image, string? crumbId)
    {
        var reviewer = article.Reviewer;
        w.StartNode("MedicalWebPage");
        w.Id(pageId);
        w.String("url", url);
        w.String("name", view.Title);
        w.String("description", view.Description);
        w.String("inLanguage", _context.Config.Language);
        w.Ref("isPartOf", _siteId);
        w.String("lastReviewed", view.Reviewed?.Day);
        if (reviewer is not null) Person(w, "reviewedBy", reviewer);
        w.String("specialty", _specialty);
        if (article.Meta.About is { } entity)
            About(w, entity, url);
        else if (view.Categories.Count > 0)
        {
            w.StartArray("about");
            for (var i = 0; i < view.Categories.Count; i++)
            {
                w.StartNode("Thing");
                w.String("name", view.Categories[i].Name);
                w.EndNode();
            }
            w.EndArray();
        }
        if (image is not null)
        {
            w.StartNode("primaryImageOfPage", "ImageObject");
            w.String("url", image);
            w.EndNode();
        }
        if (view.Terms.Count > 0)
        {
            w.StartArray("mentions");
            foreach (var term in view.Terms) DefinedTerm(w, term, full: false);
            w.EndArray();
        }
        if (crumbId is not null) w.Ref("breadcrumb", crumbId);
        w.Ref("mainEntity", articleId);
        w.EndNode();
    }

    /// <summary>The glossary as a DefinedTermSet; each term's id is its place on the glossary page, which articles mention.</summary>
    private void DefinedTermSet(JsonLdWriter w, IReadOnlyList<GlossaryTermView> terms, string url)
    {
        w.StartNode("DefinedTermSet");
        w.Id(url + "#terms");
        w.String("name", _context.Config.Title + " glossary");
        w.String("url", url);
        w.StartArray("hasDefinedTerm");
        foreach (var term in terms) DefinedTerm(w, term, full: true);
        w.EndArray();
        w.EndNode();
    }

    private void DefinedTerm(JsonLdWriter w, GlossaryTermView term, bool full)
    {
        w.StartNode("DefinedTerm");
        Url(w, "@id", term.Url);
        w.String("name", term.Term);
        if (full)
        {
            w.String("description", term.Definition);
            if (term.Synonyms.Count > 0)
            {
                w.StartArray("alternateName");
                foreach (var synonym in term.Synonyms) w.StringValue(synonym);
                w.EndArray();
            }
            Url(w, "url", term.Url);
        }
        w.EndNode();
    }

    private void BlogPosting(JsonLdWriter w, ArticleView view, Person? author, string articleId, string pageId, IReadOnlyList<string> images,
        Translation.PageTranslations? translations)
    {
        w.StartNode("BlogPosting");
        w.Id(articleId);
        w.String("headline", view.Title);
        w.String("description", view.Description);
        if (images.Count > 0)
        {
            w.StartArray("image");
            foreach (var image in images) w.StringValue(image);
            w.EndArray();
        }
        w.String("datePublished", view.Date.Iso);
        w.String("dateModified", (view.Updated ?? view.Date).Iso);
        if (author is not null) Person(w, "author", author);
        w.Ref("publisher", _orgId);
        w.Ref("mainEntityOfPage", pageId);
        if (view.Categories.Count > 0)
        {
            w.StartArray("articleSection");
            for (var i = 0; i < view.Categories.Count; i++) w.StringValue(view.Categories[i].Name);
            w.EndArray();
        }
        w.Joined("keywords", view.Tags, static t => t.Name, ", ");
        w.Int("wordCount", view.WordCount);
        w.String("inLanguage", _context.Config.Language);
        if (view.Sources.Count > 0)
        {
            w.StartArray("citation");
            for (var i = 0; i < view.Sources.Count; i++) Citation(w, view.Sources[i]);
            w.EndArray();
        }
        // The default language's article is the original; the others are its translations (schema.org's CreativeWork pair).
        if (translations is { Others.Count: > 0 } t)
        {
            var original = _context.Parent?.LanguageSites[0];
            if (_context == original)
                w.Refs("workTranslation", t.Others.Select(o => o.Site.Absolute(o.Page.UrlPath) + "#article"));
            else if (t.Others.FirstOrDefault(o => o.Site == original) is { Page: not null } source)
                w.Ref("translationOfWork", source.Site.Absolute(source.Page.UrlPath) + "#article");
        }
        w.EndNode();
    }

    /// <summary>
    /// The condition or procedure the page is about, with the stable id <c>url#about</c>: a condition's
    /// <c>possibleTreatment</c> points at the procedure articles' own entities by that id.
    /// </summary>
    private void About(JsonLdWriter w, Medical.MedicalEntity entity, string url)
    {
        w.StartNode("about", entity.Type.ToString());
        w.Id(url + "#about");
        w.String("name", entity.Name);
        if (entity.AlternateNames.Count > 0)
        {
            w.StartArray("alternateName");
            foreach (var name in entity.AlternateNames) w.StringValue(name);
            w.EndArray();
        }
        w.String("bodyLocation", entity.BodyLocation);
        w.String("preparation", entity.Preparation);
        w.String("followup", entity.Followup);
        w.String("howPerformed", entity.HowPerformed);
        Named(w, "adverseOutcome", "MedicalEntity", entity.AdverseOutcomes);
        Named(w, "signOrSymptom", "MedicalSignOrSymptom", entity.SignsOrSymptoms);
        var treatments = entity.PossibleTreatments.Select(t => _context.Links.Find(t)).OfType<LinkTarget>().Where(t => t.IsPublished).ToList();
        if (treatments.Count > 0)
        {
            w.StartArray("possibleTreatment");
            foreach (var treatment in treatments)
            {
                w.StartNode("TherapeuticProcedure");
                w.Id(_context.SharedAbsolute(treatment.UrlPath) + "#about"); // link targets are site paths across languages
                w.EndNode();
            }
            w.EndArray();
        }
        w.EndNode();
    }

    private static void Named(JsonLdWriter w, string property, string type, IReadOnlyList<string> names)
    {
        if (names.Count == 0) return;
        w.StartArray(property);
        foreach (var name in names)
        {
            w.StartNode(type);
            w.String("name", name);
            w.EndNode();
        }
        w.EndArray();
    }

    /// <summary>A paper as a ScholarlyArticle whose <c>sameAs</c> are its DOI and PubMed pages; a web page as a CreativeWork.</summary>
    private static void Citation(JsonLdWriter w, SourceView source)
    {
        w.StartNode(source.IsPaper ? "ScholarlyArticle" : "CreativeWork");
        w.String("name", source.Title);
        w.String("url", source.Url);
        if (source.DoiUrl is not null || source.PubmedUrl is not null)
        {
            w.StartArray("sameAs");
            if (source.DoiUrl is not null) w.StringValue(source.DoiUrl);
            if (source.PubmedUrl is not null) w.StringValue(source.PubmedUrl);
            w.EndArray();
        }
        if (source.AuthorList.Count > 0)
        {
            w.StartArray("author");
            foreach (var name in source.AuthorList)
            {
                w.StartNode("Person");
                w.String("name", name);
                w.EndNode();
            }
            w.EndArray();
        }
        if (source.Journal is not null)
        {
            w.StartNode("isPartOf", "Periodical");
            w.String("name", source.Journal);
            w.EndNode();
        }
        w.EndNode();
    }

    private void Breadcrumbs(JsonLdWriter w, IReadOnlyList<CrumbView> crumbs, string id)
    {
        w.StartNode("BreadcrumbList");
        w.Id(id);
        if (crumbs.Count > 0)
        {
            w.StartArray("itemListElement");
            for (var i = 0; i < crumbs.Count; i++)
            {
                var crumb = crumbs[i];
                w.StartNode("ListItem");
                w.Int("position", crumb.Position);
                w.String("name", crumb.Name);
                if (crumb.Url is not null) Url(w, "item", crumb.Url);
                w.EndNode();
            }
            w.EndArray();
        }
        w.EndNode();
    }

    private void Faq(JsonLdWriter w, IReadOnlyList<FaqView> faq, string url)
    {
        w.StartNode("FAQPage");
        w.Id(url + "#faq");
        w.StartArray("mainEntity");
        for (var i = 0; i < faq.Count; i++)
        {
            var entry = faq[i];
            w.StartNode("Question");
            w.String("name", entry.Question);
            w.StartNode("acceptedAnswer", "Answer");
            w.String("text", AnswerText(entry.Answer));
            w.EndNode();
            w.EndNode();
        }
        w.EndArray();
        w.EndNode();
    }

    /// <summary><c>"itemListElement": [{"@type": "ListItem", "position": 1, "url": ...}, ...]</c>, left out when there are no items.</summary>
    private void ListItems<T>(JsonLdWriter w, IReadOnlyList<T> items, Func<T, string> url)
    {
        if (items.Count == 0) return;
        w.StartArray("itemListElement");
        for (var i = 0; i < items.Count; i++)
        {
            w.StartNode("ListItem");
            w.Int("position", i + 1);
            Url(w, "url", url(items[i]));
            w.EndNode();
        }
        w.EndArray();
    }

    private void Person(JsonLdWriter w, string name, Person person, bool full = false)
    {
        w.StartNode(name, "Person");
        w.String("name", person.Name);
        w.String("jobTitle", person.JobTitle);
        w.String("url", person.Key is null ? person.Url : _context.Absolute(SitePaths.Author(person.Key)));
        if (full)
        {
            w.String("description", person.Bio);
            if (person.Image is not null) Url(w, "image", person.Image);
            w.String("sameAs", person.Url);
        }
        w.EndNode();
    }

    /// <summary>Google allows light HTML in answers; links must be absolute there, and line breaks carry no meaning.</summary>
    private string AnswerText(string html)
    {
        // InHtml only rewrites href="/ and src="/; most answers have no such link, so skip its regex and base URL parsing.
        var text = html.Contains("=\"/", StringComparison.Ordinal) ? AbsoluteUrls.InHtml(html, _context.Config) : html;
        text = text.Replace(" rel=\"noopener\"", "", StringComparison.Ordinal);
        return text.Replace("\n", "", StringComparison.Ordinal).Trim();
    }

    /// <summary>A site path (with or without the base path) or an external URL, written as an absolute URL without building the string.</summary>
    private void Url(JsonLdWriter w, string name, string url)
    {
        if (MarkdownRenderer.IsExternal(url)) w.String(name, url);
        else if (url.StartsWith(_basePath, StringComparison.Ordinal)) w.String(name, _origin, url);
        else w.String(name, _context.Config.BaseUrl, url.AsSpan().TrimStart('/')); // as BuildContext.Absolute
    }
}
