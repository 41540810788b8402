using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Pages;

public sealed class ArticlePageTests : IDisposable
{
    private readonly TestSite _site = TestSite.Build($"""
        -- input/images/hero.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630"><title>x</title></svg>
        -- input/articles/microneedling.md --
        {Md("Microneedling for scars", """
        Intro paragraph.

        ## How it works

        Tiny needles make **controlled** injuries. See [acne scar types](acne-scars.md).

        ### Depth

        | Scar | Depth |
        |------|-------|
        | Rolling | 1.5 mm |

        ## Aftercare

        - Gentle cleanser
        - Sunscreen

        ## Results

        Results vary.

        ## Frequently Asked Questions

        ### 1. Does it hurt?

        Numbing cream keeps it *comfortable*.

        ### How many sessions?

        Usually three to six.
        """,
            "categories: [\"Dermatology\", \"Scar Removal\"]",
            "tags: [\"microneedling\", \"collagen\"]",
            "image: /images/hero.svg",
            "image_alt: \"Microneedling pen on a cheek\"",
            "updated: 2026-05-02",
            "sources:\n  - title: \"AAD: Scars\"\n    url: \"https://www.aad.org/scars\"")}
        -- input/articles/acne-scars.md --
        {Md("Acne scar types", "Ice pick, boxcar and rolling scars; see [microneedling](microneedling.md) and [sun](sun.md).\n",
            "date: 2026-02-01", "tags: [\"microneedling\", \"acne scars\"]")}
        -- input/articles/sun.md --
        {Md("Sun protection", "Wear sunscreen every day. It helps your skin heal well after [microneedling](microneedling.md) and keeps new scars from going dark.\n", "date: 2026-01-10", "categories: [\"Aftercare\"]")}
        """);

    private AngleSharp.Dom.IDocument Page => _site.Html("blog/microneedling/index.html");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        _site.AssertNoErrors();
        Assert.True(!_site.Warnings.Any(), string.Join("\n", _site.Warnings));
    }

    [Fact]
    public void Breadcrumbs_are_an_ordered_list_ending_in_the_current_page()
    {
        var nav = Page.QuerySelector("nav[aria-label='Breadcrumb']");
        Assert.NotNull(nav);
        var items = nav.QuerySelectorAll("ol > li");
        Assert.Equal(["Home", "Blog", "Microneedling for scars"], items.Select(i => i.TextContent.Trim()));
        Assert.Equal("/", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/blog/", items[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(items[2].QuerySelector("a"));
        Assert.Equal("page", items[2].QuerySelector("[aria-current]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public void Hero_image_has_alt_text_and_size_from_the_file()
    {
        var img = Page.QuerySelector(".hero img")!;
        Assert.Equal("/images/hero.svg", img.GetAttribute("src"));
        Assert.Equal("Microneedling pen on a cheek", img.GetAttribute("alt"));
        Assert.Equal("1200", img.GetAttribute("width"));
        Assert.Equal("630", img.GetAttribute("height"));
    }

    [Fact]
    public void Category_labels_link_to_category_pages_and_tags_to_tag_pages()
    {
        var categories = Page.QuerySelectorAll("a.label--category").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("Dermatology", "/blog/category/dermatology/"), categories);
        Assert.Contains(("Scar Removal", "/blog/category/scar-removal/"), categories);
        var tags = Page.QuerySelectorAll("a.label--tag").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/blog/tag/microneedling/", "/blog/tag/collagen/"], tags);
        Assert.True(_site.Has("blog/category/dermatology/index.html"));
    }

    [Fact]
    public void Title_byline_reviewer_and_dates_are_shown_with_time_elements()
    {
        Assert.Single(Page.QuerySelectorAll("h1"));
        Assert.Equal("Microneedling for scars", Page.QuerySelector("h1")!.TextContent.Trim());
        var byline = Page.QuerySelector(".byline")!;
        Assert.Contains("Jane Doe, MSc", byline.TextContent);
        var review = byline.QuerySelector(".byline__review")!;
        Assert.Contains("Medically reviewed by", review.TextContent);
        Assert.Equal("/authors/dr-lee/", review.QuerySelector("a")!.GetAttribute("href"));
        var times = byline.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2026-06-01", "2026-03-14", "2026-05-02"], times);
        Assert.Matches(@"\d+ min read", byline.TextContent);
    }

    [Fact]
    public void Body_has_linked_headings_tables_lists_and_resolved_article_links()
    {
        var prose = Page.QuerySelector(".prose")!;
        var h2 = prose.QuerySelector("h2#how-it-works")!;
        Assert.Equal("#how-it-works", h2.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(prose.QuerySelector("h3#depth"));
        Assert.NotNull(prose.QuerySelector("table td"));
        Assert.Equal(2, prose.QuerySelectorAll("ul li").Length);
        Assert.NotNull(prose.QuerySelector("strong"));
        Assert.Equal("/blog/acne-scars/", prose.QuerySelector("a[href*='acne']")!.GetAttribute("href"));
        // The FAQ section is moved out of the body into the FAQ block.
        Assert.DoesNotContain("Frequently Asked Questions", prose.TextContent);
    }

    [Fact]
    public void Faq_questions_are_details_with_summary_and_answers()
    {
        var items = Page.QuerySelectorAll("section#faq details");
        Assert.Equal(2, items.Length);
        Assert.Equal("Does it hurt?", items[0].QuerySelector("summary")!.TextContent.Trim());
        Assert.Equal("comfortable", items[0].QuerySelector(".faq__answer em")!.TextContent);
    }

    [Fact]
    public void Related_articles_show_cards_of_other_articles_only()
    {
        var cards = Page.QuerySelectorAll("section#related .card");
        Assert.InRange(cards.Length, 1, 4);
        var links = cards.Select(c => c.QuerySelector(".card__title a")!.GetAttribute("href")).ToList();
        Assert.DoesNotContain("/blog/microneedling/", links);
        Assert.Equal("/blog/acne-scars/", links[0]);
        Assert.NotNull(cards[0].QuerySelector(".card__description"));
    }

    [Fact]
    public void Disclaimer_references_and_footer_are_present()
    {
        Assert.Contains("dermatologist", Page.QuerySelector(".disclaimer")!.TextContent);
        Assert.Equal("https://www.aad.org/scars", Page.QuerySelector("#references a")!.GetAttribute("href"));
        Assert.NotNull(Page.QuerySelector("footer.site-footer"));
        var nav = Page.QuerySelectorAll("nav[aria-label='Main'] a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Home", "Blog", "Categories", "About"], nav);
        Assert.Equal("page", Page.QuerySelector("nav[aria-label='Main'] a[href='/blog/']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public void Table_of_contents_links_to_heading_anchors_that_exist()
    {
        var links = Page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("#how-it-works", links);
        Assert.Contains("#depth", links);
        foreach (var href in links)
            Assert.NotNull(Page.GetElementById(href[1..]));
    }

    [Fact]
    public void Head_has_title_description_canonical_and_open_graph()
    {
        Assert.Equal("Microneedling for scars | Test Clinic", Page.Title);
        Assert.Equal("https://example.org/blog/microneedling/", Page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", Page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("https://example.org/images/hero.svg", Page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("1200", Page.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"));
        Assert.Equal("2026-03-14T00:00:00+00:00", Page.QuerySelector("meta[property='article:published_time']")!.GetAttribute("content"));
        Assert.Equal(2, Page.QuerySelectorAll("meta[property='article:tag']").Length);
        Assert.Equal("summary_large_image", Page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Equal("en", Page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Previous_and_next_links_follow_dates()
    {
        var prevNext = _site.Html("blog/acne-scars/index.html").QuerySelector(".prev-next")!;
        Assert.Equal("/blog/sun/", prevNext.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/blog/microneedling/", prevNext.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }
}
