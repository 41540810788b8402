using System.Text.Json.Nodes;
using ScarGuide.Configuration;
using ScarGuide.Pages;
using ScarGuide.Pipeline;
using ScarGuide.Templating;
using static ScarGuide.StructuredData.JsonLd;

namespace ScarGuide.StructuredData;

/// <summary>
/// Per page: one JSON-LD <c>@graph</c> built from the same data the page shows (breadcrumb trail, FAQ, dates,
/// people), so the visible page and the structured data cannot drift apart.
/// </summary>
public sealed class BuildStructuredData : PerPageStep<OutputPage>
{
    public override string Name => "structured data";

    // The Organization and WebSite nodes are the same on every page: serialized once per build.
    private IReadOnlyList<JsonNode> _shared = [];

    protected override IReadOnlyList<OutputPage> Items(BuildContext context)
    {
        _shared = SiteNodes(context);
        return context.PagesToRender;
    }

    protected override void Run(OutputPage page, BuildContext context)
    {
        if (page.Kind == PageKind.Redirect) return;
        page.View = page.View with { JsonLd = Serialize(_shared, PageNodes(page, context)) };
    }

    /// <summary>The nodes every page carries: the publisher and the web site with its search action.</summary>
    public static IReadOnlyList<JsonNode> SiteNodes(BuildContext context)
    {
        var config = context.Config;
        var baseUrl = config.BaseUrl;
        var orgId = baseUrl + "#organization";
        var siteId = baseUrl + "#website";
        var logo = config.Organization.Logo;
        return
        [
            Obj(("@type", "Organization"), ("@id", orgId), ("name", config.Organization.Name), ("url", config.Organization.Url ?? baseUrl),
                ("logo", logo is null ? null : Obj(("@type", "ImageObject"), ("url", Absolute(context, logo))))),
            Obj(("@type", "WebSite"), ("@id", siteId), ("name", config.Title), ("url", baseUrl), ("inLanguage", config.Language),
                ("publisher", Ref(orgId)),
                ("potentialAction", Obj(("@type", "SearchAction"),
                    ("target", Obj(("@type", "EntryPoint"), ("urlTemplate", baseUrl + "search/?q={search_term_string}"))),
                    ("query-input", "required name=search_term_string")))),
        ];
    }

    /// <summary>The nodes that describe this page: its breadcrumbs, its type and what it is about.</summary>
    public static List<JsonNode> PageNodes(OutputPage page, BuildContext context)
    {
        var config = context.Config;
        var baseUrl = config.BaseUrl;
        var orgId = baseUrl + "#organization";
        var siteId = baseUrl + "#website";
        var url = page.View.Permalink;
        var pageId = url + "#webpage";
        var crumbId = url + "#breadcrumb";
        var graph = new List<JsonNode>();

        var hasCrumbs = page.Crumbs.Count > 0;
        if (hasCrumbs) graph.Add(Breadcrumbs(page.View.Breadcrumbs, crumbId, context));
        var image = page.View.Image?.Absolute;

        switch (page.Kind)
        {
            case PageKind.Article when page.Source is { } article && page.View.Article is { } view:
            {
                var articleId = url + "#article";
                graph.Add(Obj(("@type", "MedicalWebPage"), ("@id", pageId), ("url", url), ("name", view.Title),
                    ("description", view.Description), ("inLanguage", config.Language), ("isPartOf", Ref(siteId)),
                    ("lastReviewed", view.Reviewed?.Day), ("reviewedBy", article.Reviewer is null ? null : Person(article.Reviewer, context)),
                    ("specialty", "https://schema.org/" + config.Specialty),
                    ("about", view.Categories.Select(c => (JsonNode)Obj(("@type", "Thing"), ("name", c.Name))).ToList()),
                    ("primaryImageOfPage", image is null ? null : Obj(("@type", "ImageObject"), ("url", image))),
                    ("breadcrumb", hasCrumbs ? Ref(crumbId) : null), ("mainEntity", Ref(articleId))));
                graph.Add(Obj(("@type", "BlogPosting"), ("@id", articleId), ("headline", view.Title), ("description", view.Description),
                    ("image", image is null ? null : new JsonArray(JsonValue.Create(image))),
                    ("datePublished", view.Date.Iso), ("dateModified", (view.Updated ?? view.Date).Iso),
                    ("author", article.Author is null ? null : Person(article.Author, context)),
                    ("publisher", Ref(orgId)), ("mainEntityOfPage", Ref(pageId)),
                    ("articleSection", view.Categories.Select(c => c.Name).ToList()),
                    ("keywords", string.Join(", ", view.Tags.Select(t => t.Name))),
                    ("wordCount", view.WordCount), ("inLanguage", config.Language),
                    ("citation", view.Sources.Select(s => (JsonNode)Obj(("@type", "CreativeWork"), ("name", s.Title), ("url", s.Url))).ToList())));
                if (view.Faq.Count > 0) graph.Add(Faq(view.Faq, url, context));
                break;
            }
            case PageKind.Blog or PageKind.Category or PageKind.Tag or PageKind.CategoryIndex or PageKind.TagIndex or PageKind.AuthorIndex:
            {
                var items = page.View.Paginator?.Items.Select(c => c.Url).ToList()
                    ?? page.View.Terms?.Select(t => t.Url).ToList()
                    ?? page.View.People?.Select(p => p.Url!).ToList() ?? [];
                graph.Add(Obj(("@type", "CollectionPage"), ("@id", pageId), ("url", url), ("name", page.View.Title),
                    ("description", page.View.Description), ("inLanguage", config.Language), ("isPartOf", Ref(siteId)),
                    ("breadcrumb", hasCrumbs ? Ref(crumbId) : null),
                    ("mainEntity", Obj(("@type", "ItemList"), ("itemListElement",
                        items.Select((u, i) => (JsonNode)Obj(("@type", "ListItem"), ("position", i + 1), ("url", Absolute(context, u)))).ToList())))));
                break;
            }
            case PageKind.Author when page.Person is { } person:
                graph.Add(Obj(("@type", "ProfilePage"), ("@id", pageId), ("url", url), ("name", page.View.Title),
                    ("inLanguage", config.Language), ("isPartOf", Ref(siteId)), ("breadcrumb", hasCrumbs ? Ref(crumbId) : null),
                    ("mainEntity", Person(person, context, full: true))));
                break;
            default:
                graph.Add(Obj(("@type", page.Kind == PageKind.Search ? "SearchResultsPage" : "WebPage"), ("@id", pageId), ("url", url),
                    ("name", page.View.Title), ("description", page.View.Description), ("inLanguage", config.Language),
                    ("isPartOf", Ref(siteId)), ("breadcrumb", hasCrumbs ? Ref(crumbId) : null)));
                break;
        }
        return graph;
    }

    private static JsonObject Breadcrumbs(IReadOnlyList<CrumbView> crumbs, string id, BuildContext context) =>
        Obj(("@type", "BreadcrumbList"), ("@id", id), ("itemListElement", crumbs.Select(c => (JsonNode)Obj(
            ("@type", "ListItem"), ("position", c.Position), ("name", c.Name),
            ("item", c.Url is null ? null : Absolute(context, c.Url)))).ToList()));

    private static JsonObject Faq(IReadOnlyList<FaqView> faq, string url, BuildContext context) =>
        Obj(("@type", "FAQPage"), ("@id", url + "#faq"), ("mainEntity", faq.Select(f => (JsonNode)Obj(
            ("@type", "Question"), ("name", f.Question),
            ("acceptedAnswer", Obj(("@type", "Answer"), ("text", AnswerText(f.Answer, context)))))).ToList()));

    private static JsonObject Person(Person person, BuildContext context, bool full = false) =>
        Obj(("@type", "Person"), ("name", person.Name), ("jobTitle", person.JobTitle),
            ("url", person.Key is null ? person.Url : context.Absolute(ViewFactory.AuthorPath(person.Key))),
            ("description", full ? person.Bio : null), ("image", full && person.Image is not null ? Absolute(context, person.Image) : null),
            ("sameAs", full && person.Url is not null ? person.Url : null));

    /// <summary>Google allows light HTML in answers; links must be absolute there, and line breaks carry no meaning.</summary>
    private static string AnswerText(string html, BuildContext context)
    {
        var text = AbsoluteUrls.InHtml(html, context.Config).Replace(" rel=\"noopener\"", "", StringComparison.Ordinal);
        return text.Replace("\n", "", StringComparison.Ordinal).Trim();
    }

    private static string Absolute(BuildContext context, string url)
    {
        if (Markdown.MarkdownRenderer.IsExternal(url)) return url;
        var origin = AbsoluteUrls.Origin(context.Config);
        return url.StartsWith(context.Config.BasePath, StringComparison.Ordinal) ? origin + url : context.Absolute(url);
    }
}
