using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Import;

[Collection("Console")]
public sealed class WordPressImportTests
{
    private static ImportRun Imported(bool uploads = true)
    {
        var run = ImportRun.Write("-- export.xml --\n" + WordPressFixture.Export);
        if (uploads) run.WriteBytes("uploads/2024/03/gel.jpg", TestImages.Jpeg(64, 48));
        var args = new List<string> { "wordpress", "export.xml", "--output", "site" };
        if (uploads) args.AddRange(["--uploads", "uploads"]);
        return run.Import([.. args]).Built();
    }

    [Fact]
    public void Posts_pages_and_people_become_a_site_that_checks_and_builds()
    {
        using var run = Imported();
        Assert.Contains("Imported 3 articles (1 drafts), 1 page, 2 people and 1 images", run.Out);
        Assert.Equal("Sun, scars & you today", run.Page("blog/sun-and-scars/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(run.Page("about-us/index.html").QuerySelector("main"));
        Assert.Contains("name: \"Anna Berg\"", run.Written("input/authors.yml"));
        Assert.Contains("author: \"anna\"", run.Written("input/articles/sun-and-scars.md"));
        Assert.Contains("categories: [\"Aftercare\"]", run.Written("input/articles/sun-and-scars.md"));
        Assert.Contains("tags: [\"sun\"]", run.Written("input/articles/sun-and-scars.md"));
        // init's files come with it, without its sample article.
        Assert.True(File.Exists(Path.Combine(run.Site, ".github/workflows/check.yml")));
        Assert.False(File.Exists(Path.Combine(run.Site, "input/articles/caring-for-a-healing-scar.md")));
        Assert.Contains("title: \"Riverside Skin Clinic\"", run.Written("input/site.yml"));
    }

    [Fact]
    public void Every_old_address_redirects_to_the_new_page()
    {
        using var run = Imported();
        // The new site takes the old one's address (base_url), so each old URL on it redirects.
        Assert.Contains("base_url: \"https://clinic.example/\"", run.Written("input/site.yml"));
        Assert.Contains("url=https://clinic.example/blog/sun-and-scars/", run.Html("2024/03/sun-and-scars/index.html"));
        Assert.Contains("url=https://clinic.example/blog/silicone-gel/", run.Html("2024/04/silicone-gel/index.html"));
        Assert.False(run.Has("about-us/about-us/index.html"));
        // A static host cannot answer /?p=10 by itself: the report lists it for the web server.
        Assert.Contains("| `/?p=10` | `/blog/sun-and-scars/` |", run.Report);
    }

    [Fact]
    public void Images_are_copied_from_uploads_and_thumbnails_map_to_the_original()
    {
        using var run = Imported();
        Assert.True(File.Exists(Path.Combine(run.Site, "input/images/uploads/2024/03/gel.jpg")));
        var article = run.Page("blog/sun-and-scars/index.html");
        var figure = article.QuerySelectorAll("figure").SingleOrDefault(f => f.QuerySelector("figcaption")?.TextContent.Trim() == "Silicone gel is thin and dries in minutes.");
        Assert.NotNull(figure);
        // The imported photo's variants (one folder, img/, named by the photo and its key).
        Assert.Matches(@"/img/gel-\d+\.[0-9a-f]{10}\.jpg$", figure!.QuerySelector("img")!.GetAttribute("src"));
        Assert.DoesNotContain("gel-300x200", run.Html("blog/sun-and-scars/index.html"));
        Assert.DoesNotContain("wp-content/uploads/2024/03/gel", run.Html("blog/silicone-gel/index.html"));
        // The featured image, with its alt text from the attachment.
        Assert.Contains("image: \"/images/uploads/2024/03/gel.jpg\"", run.Written("input/articles/sun-and-scars.md"));
        Assert.Contains("image_alt: \"Clear gel on a fingertip\"", run.Written("input/articles/sun-and-scars.md"));
        // An image that is not in the uploads folder is listed, at its original size.
        Assert.Contains("image not found in --uploads: `https://clinic.example/wp-content/uploads/2024/03/not-there.jpg`", run.Report);
    }

    [Fact]
    public void A_link_to_another_post_becomes_a_link_to_its_page()
    {
        using var run = Imported();
        Assert.Contains("[silicone gel](silicone-gel.md)", run.Written("input/articles/sun-and-scars.md"));
        Assert.NotNull(run.Page("blog/sun-and-scars/index.html").QuerySelector("a[href='/blog/silicone-gel/']"));
    }

    [Fact]
    public void Seo_descriptions_are_kept_and_a_missing_one_is_derived_and_listed()
    {
        using var run = Imported();
        string Description(string path) => run.Page(path).QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.Equal("Why a new scar needs sun protection for a year, and which sunscreen to choose.", Description("blog/sun-and-scars/index.html"));
        Assert.Equal("Who we are: a small dermatology clinic by the river that treats scars in adults and children.", Description("about-us/index.html"));
        Assert.Equal("Silicone gel keeps a healing scar moist, which can help it become flatter and softer over a few months of daily use.", Description("blog/silicone-gel/index.html"));
        Assert.Contains("no SEO description", Section(run.Report, "input/articles/silicone-gel.md"));
    }

    [Fact]
    public void Faq_blocks_and_faq_sections_become_faq_front_matter_with_FAQPage_data()
    {
        using var run = Imported();
        Assert.Contains("q: \"How long should I use it?\"", run.Written("input/articles/silicone-gel.md"));
        var written = run.Written("input/articles/sun-and-scars.md");
        Assert.Contains("q: \"Can I use any sunscreen?\"", written);
        Assert.DoesNotContain("## Frequently Asked Questions", written);
        foreach (var (page, question) in new[] { ("blog/silicone-gel/index.html", "How long should I use it?"), ("blog/sun-and-scars/index.html", "Does sun make scars darker?") })
        {
            var json = string.Concat(run.Page(page).QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
            Assert.Contains("\"FAQPage\"", json);
            Assert.Contains(question, json);
        }
    }

    [Fact]
    public void Unknown_shortcodes_and_blocks_are_listed_with_their_line_and_never_reach_the_page()
    {
        using var run = Imported();
        foreach (var page in new[] { "blog/sun-and-scars/index.html", "blog/silicone-gel/index.html" })
        {
            var text = run.Html(page);
            Assert.DoesNotContain("[contact-form-7", text);
            Assert.DoesNotContain("wp:", text);
        }
        var export = WordPressFixture.Export.Split('\n');
        var formLine = Array.FindIndex(export, l => l.Contains("[contact-form-7", StringComparison.Ordinal)) + 1;
        var kadenceLine = Array.FindIndex(export, l => l.Contains("wp:kadence/image", StringComparison.Ordinal)) + 1;
        Assert.Contains($"line {formLine} of the export: shortcode `[contact-form-7]`", Section(run.Report, "input/articles/sun-and-scars.md"));
        Assert.Contains($"line {kadenceLine} of the export: the block `kadence/image`", Section(run.Report, "input/articles/silicone-gel.md"));
        Assert.Contains("`latest-posts` is filled in by WordPress", Section(run.Report, "input/articles/silicone-gel.md"));
    }

    [Fact]
    public void Embeds_become_links_with_their_title_and_no_third_party_frame()
    {
        using var run = Imported();
        var page = run.Page("blog/sun-and-scars/index.html");
        Assert.Empty(page.QuerySelectorAll("iframe"));
        Assert.Equal("How to apply sunscreen", page.QuerySelector("a[href='https://www.youtube.com/watch?v=abc123']")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("table th"));
    }

    [Fact]
    public void A_medically_reviewed_byline_becomes_the_reviewer_with_credentials()
    {
        using var run = Imported();
        var written = run.Written("input/articles/sun-and-scars.md");
        Assert.Contains("reviewer: \"drlee\"\nreviewed: 2024-03-20", written);
        Assert.DoesNotContain("Medically reviewed by", written);
        Assert.Contains("credentials: \"MD\"", run.Written("input/authors.yml"));
        Assert.Contains("Ana Lee", run.Html("blog/sun-and-scars/index.html"));
    }

    [Fact]
    public void Drafts_are_kept_as_drafts_and_every_item_is_counted()
    {
        using var run = Imported();
        Assert.Contains("draft: true", run.Written("input/articles/laser-for-acne-scars.md"));
        Assert.False(run.Has("blog/laser-for-acne-scars/index.html"));
        Assert.Contains("| post (draft) | 1 | 0 | 1 | 0 |", run.Report);
        Assert.Contains("| post (publish) | 2 | 2 | 0 | 0 |", run.Report);
        Assert.Contains("| revision (inherit) | 1 | 0 | 0 | 1 |", run.Report);
        Assert.Contains("| nav_menu_item (publish) | 1 | 0 | 0 | 1 |", run.Report);
        Assert.Contains("| **total** | 7 | 3 | 1 | 3 |", run.Report);
    }

    [Fact]
    public void The_health_checks_of_check_are_in_the_report()
    {
        using var run = Imported();
        Assert.Contains("check: warning (no-reviewer)", Section(run.Report, "input/articles/silicone-gel.md"));
    }

    [Fact]
    public void Importing_twice_writes_the_same_bytes()
    {
        using var run = ImportRun.Write("-- export.xml --\n" + WordPressFixture.Export);
        run.WriteBytes("uploads/2024/03/gel.jpg", TestImages.Jpeg(64, 48));
        Assert.Equal(0, run.Import("wordpress", "export.xml", "--output", "one", "--uploads", "uploads").Exit);
        Assert.Equal(0, run.Import("wordpress", "export.xml", "--output", "two", "--uploads", "uploads").Exit);
        Assert.Equal(run.Hashes(Path.Combine(run.Root, "one")), run.Hashes(Path.Combine(run.Root, "two")));
    }

    [Fact]
    public void Output_must_be_empty_unless_merging_and_a_merge_never_replaces_a_file()
    {
        using var run = ImportRun.Write("-- export.xml --\n" + WordPressFixture.Export + "\n-- site/input/articles/silicone-gel.md --\nmine\n");
        run.Import("wordpress", "export.xml", "--output", "site");
        Assert.Equal(1, run.Exit);
        Assert.Contains("is not empty", run.Err);

        run.Import("wordpress", "export.xml", "--output", "site", "--merge");
        Assert.Equal(0, run.Exit);
        Assert.Equal("mine", run.Written("input/articles/silicone-gel.md").Trim());
        Assert.Contains("`input/articles/silicone-gel.md` was already in the site", run.Report);
        Assert.Contains("Sun, scars", run.Written("input/articles/sun-and-scars.md"));
    }

    [Fact]
    public void An_export_that_is_not_xml_fails_with_its_line()
    {
        using var run = ImportRun.Write("-- export.xml --\n<?xml version=\"1.0\"?>\n<rss>\n<channel>\n<item><title>x</title>\n</channel>\n</rss>\n");
        run.Import("wordpress", "export.xml", "--output", "site");
        Assert.Equal(1, run.Exit);
        Assert.Matches(@"export\.xml:\d+:\d+: the export is not readable XML", run.Err);
    }

    [Fact]
    public void A_thousand_post_export_imports_in_seconds()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?>\n<rss xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:wp=\"http://wordpress.org/export/1.2/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Big</title><link>https://big.example</link>\n");
        for (var i = 1; i <= 1000; i++)
            sb.Append($"<item><title>Scar care note {i}</title><link>https://big.example/{2000 + i % 20}/01/note-{i}/</link><dc:creator>anna</dc:creator>")
              .Append($"<content:encoded><![CDATA[<p>Note {i} says a healing scar needs gentle care and time.</p>\n\n<h2>More</h2>\n<ul><li>Keep it clean.</li><li>Protect it from the sun.</li></ul><p>See <a href=\"https://big.example/{2000 + (i + 1) % 20}/01/note-{i % 1000 + 1}/\">the next note</a>.</p>]]></content:encoded>")
              .Append($"<wp:post_id>{i}</wp:post_id><wp:post_date>2024-01-01 00:00:00</wp:post_date><wp:post_name>note-{i}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>")
              .Append("<category domain=\"category\" nicename=\"care\"><![CDATA[Care]]></category></item>\n");
        sb.Append("</channel></rss>\n");
        using var run = ImportRun.Write("-- big.xml --\n" + sb);
        var timer = Stopwatch.StartNew();
        run.Import("wordpress", "big.xml", "--output", "site");
        timer.Stop();
        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains("Imported 1000 articles", run.Out);
        Assert.Contains("check: 0 errors", run.Out);
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(60), $"took {timer.Elapsed}");
    }

    private const string Header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.1/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Old Clinic</title><link>http://old.example</link><language>en</language>
        """;

    [Fact]
    public void An_old_export_without_cdata_is_read_with_its_entities()
    {
        using var run = ImportRun.Write("-- old.xml --\n" + Header + """
            <item><title>Scars &amp;amp; stretch marks &#8211; a guide</title><link>http://old.example/2013/05/scars-guide/</link>
            <dc:creator>editor</dc:creator>
            <content:encoded>&lt;p&gt;Stretch marks and scars both &lt;em&gt;fade&lt;/em&gt; with time, though neither goes away completely.&lt;/p&gt;
            &lt;p&gt;Ask a dermatologist which treatment suits your skin.&lt;/p&gt;</content:encoded>
            <wp:post_id>7</wp:post_id><wp:post_date>2013-05-02 10:00:00</wp:post_date><wp:post_name>scars-guide</wp:post_name>
            <wp:status>publish</wp:status><wp:post_type>post</wp:post_type><category domain="category" nicename="guides">Guides</category></item>
            </channel></rss>
            """);
        run.Import("wordpress", "old.xml", "--output", "site").Built();
        var page = run.Page("blog/scars-guide/index.html");
        Assert.Equal("Scars & stretch marks – a guide", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("fade", page.QuerySelector("main p em")!.TextContent);
    }

    [Fact]
    public void Polylang_translations_become_translations_of_their_original()
    {
        static string Item(int id, string title, string slug, string lang, string body) => $"""
            <item><title>{title}</title><link>http://old.example/{(lang == "en" ? "" : lang + "/")}{slug}/</link><dc:creator>editor</dc:creator>
            <content:encoded><![CDATA[<p>{body}</p>]]></content:encoded>
            <wp:post_id>{id}</wp:post_id><wp:post_date>2024-01-02 10:00:00</wp:post_date><wp:post_name>{slug}</wp:post_name>
            <wp:status>publish</wp:status><wp:post_type>post</wp:post_type><category domain="category" nicename="care">Care</category>
            <category domain="language" nicename="{lang}">{lang}</category><category domain="post_translations" nicename="pll_1">pll_1</category></item>
            """;
        using var run = ImportRun.Write("-- multi.xml --\n" + Header
            + Item(1, "Caring for a scar", "caring-for-a-scar", "en", "Keep a healing scar clean, moist and out of the sun for the first months.")
            + Item(2, "Cuidar una cicatriz", "cuidar-una-cicatriz", "es", "Mantén la cicatriz limpia, hidratada y lejos del sol durante los primeros meses.")
            + "</channel></rss>\n");
        run.Import("wordpress", "multi.xml", "--output", "site").Built();
        Assert.Contains("- code: es", run.Written("input/site.yml"));
        Assert.Contains("Cuidar una cicatriz", run.Written("input/articles/caring-for-a-scar.es.md"));
        Assert.Equal("Cuidar una cicatriz", run.Page("es/blog/caring-for-a-scar/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("url=http://old.example/es/blog/caring-for-a-scar/", run.Html("es/cuidar-una-cicatriz/index.html"));
    }

    /// <summary>The report's section for one file.</summary>
    internal static string Section(string report, string file)
    {
        var start = report.IndexOf("### `" + file + "`", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section for {file} in the report:\n{report}");
        var end = report.IndexOf("\n### ", start + 5, StringComparison.Ordinal);
        return end < 0 ? report[start..] : report[start..end];
    }
}
