using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Import;

[Collection("Console")]
public sealed class JekyllHugoImportTests
{
    private const string Jekyll = """
        -- blog/_config.yml --
        title: "Harbour Dermatology"
        url: "https://harbour.example"
        baseurl: ""
        permalink: pretty
        -- blog/_posts/2024-01-05-sun-and-scars.md --
        ---
        title: "Sun and new scars"
        categories: aftercare sun
        tags: [sunscreen, "new scars"]
        author: mia-holm
        redirect_from:
          - /old/sun.html
        image: /assets/img/scar.png
        ---
        A new scar burns easily, so keep it covered in the first year.

        ![A covered scar]({{ site.baseurl }}/assets/img/scar.png)

        Next, read about [silicone]({% post_url 2024-02-01-silicone %}) and our [clinic]({% link about.md %}).

        {% include newsletter.html %}
        -- blog/_posts/2024-02-01-silicone.md --
        ---
        title: Silicone sheets
        description: "How silicone sheets help a scar settle, and how long to wear them each day."
        category: Treatments
        ---
        Silicone sheets keep a scar moist and may help it flatten over a few months.
        -- blog/_posts/2024-03-01-lasers.markdown --
        ---
        title: Lasers
        published: false
        ---
        Not ready yet.
        -- blog/_posts/2024-04-01-keloids.md --
        ---
        title: "Keloids"
        categories: [Conditions]
        description: "A keloid is a raised scar that grows past the wound,
        and it can come back after treatment."
        ---
        A keloid is a raised scar that grows beyond the edges of the wound.
        -- blog/about.md --
        ---
        title: About the clinic
        permalink: /about-us/
        ---
        We are a small clinic by the harbour, treating scars in adults and children.
        """;

    [Fact]
    public void Jekyll_posts_and_pages_become_a_site_with_their_old_addresses()
    {
        using var run = ImportRun.Write(Jekyll);
        run.WriteBytes("blog/assets/img/scar.png", TestImages.Png(40, 30));
        run.Import("jekyll", "blog", "--output", "site").Built();

        var post = run.Written("input/articles/sun-and-scars.md");
        Assert.Contains("categories: [\"aftercare\", \"sun\"]", post);
        Assert.Contains("tags: [\"sunscreen\", \"new scars\"]", post);
        Assert.Contains("author: \"mia-holm\"", post);
        Assert.Contains("image: \"/images/assets/img/scar.png\"", post);
        Assert.Contains("[silicone](silicone.md)", post);
        Assert.Contains("[clinic](/about/)", post);
        Assert.DoesNotContain("{%", post);
        Assert.Contains("draft: true", run.Written("input/articles/lasers.md"));
        // Quoted text that runs on unindented is not YAML, but Jekyll reads it: so does the import, and says so.
        Assert.Contains("description: \"A keloid is a raised scar that grows past the wound, and it can come back after treatment.\"", run.Written("input/articles/keloids.md"));
        Assert.Contains("read line by line", WordPressImportTests.Section(run.Report, "input/articles/keloids.md"));

        // permalink: pretty → /:categories/:year/:month/:day/:title/, plus redirect_from and the page's permalink.
        Assert.Contains("url=https://harbour.example/blog/sun-and-scars/", run.Html("aftercare/sun/2024/01/05/sun-and-scars/index.html"));
        Assert.Contains("url=https://harbour.example/blog/sun-and-scars/", run.Html("old/sun.html"));
        Assert.Contains("url=https://harbour.example/about/", run.Html("about-us/index.html"));
        Assert.NotNull(run.Page("blog/sun-and-scars/index.html").QuerySelector("a[href='/blog/silicone/']"));
        Assert.DoesNotContain("newsletter", run.Html("blog/sun-and-scars/index.html"));

        var section = WordPressImportTests.Section(run.Report, "input/articles/sun-and-scars.md");
        Assert.Contains("Liquid `{% include newsletter.html %}` has no equivalent", section);
        Assert.Contains("no description", section);
        Assert.Contains("| post (published: false) | 1 | 0 | 1 | 0 |", run.Report);
    }

    private const string Hugo = """
        -- hugo/config.toml --
        baseURL = "https://lake.example/"
        title = "Lake Skin Clinic"
        defaultContentLanguage = "en"
        [permalinks]
          posts = "/:year/:month/:slug/"
        [languages.en]
          weight = 1
        [languages.es]
          weight = 2
        -- hugo/content/posts/first-weeks.md --
        +++
        Title = "The first weeks of a scar"
        Date = 2024-02-03
        Tags = ["healing"]
        Categories = ["Aftercare"]
        Aliases = ["/old/first-weeks/"]
        Description = "What happens to a new scar in the first weeks, and how to look after it at home."
        +++
        A new scar is pink and raised at first.

        {{< youtube abc123 >}}

        See [the silicone guide]({{< ref "silicone/index.md" >}}).

        {{< newsletter >}}
        -- hugo/content/posts/first-weeks.es.md --
        ---
        title: "Las primeras semanas de una cicatriz"
        date: 2024-02-03
        categories: ["Cuidados"]
        description: "Qué le pasa a una cicatriz nueva en las primeras semanas y cómo cuidarla en casa."
        ---
        Una cicatriz nueva es rosada y elevada al principio.
        -- hugo/content/posts/silicone/index.md --
        {
          "title": "Silicone guide",
          "date": "2024-03-01",
          "slug": "silicone-guide",
          "draft": false,
          "categories": ["Treatments"]
        }
        Silicone gel keeps a scar moist, which can help it flatten over a few months.

        {{< figure src="sheet.png" alt="A silicone sheet on an arm" caption="A sheet is cut to size." >}}
        -- hugo/content/about.md --
        ---
        title: About us
        ---
        We are a lakeside clinic with three dermatologists who care for scars.
        -- hugo/content/posts/_index.md --
        ---
        title: Posts
        ---
        """;

    [Fact]
    public void Hugo_content_in_toml_yaml_and_json_becomes_a_site_with_bundles_shortcodes_and_translations()
    {
        using var run = ImportRun.Write(Hugo);
        run.WriteBytes("hugo/content/posts/silicone/sheet.png", TestImages.Png(40, 30));
        run.Import("hugo", "hugo", "--output", "site").Built();

        var first = run.Written("input/articles/first-weeks.md");
        Assert.Contains("title: \"The first weeks of a scar\"", first);
        Assert.Contains("[Watch the video on YouTube](https://www.youtube.com/watch?v=abc123)", first);
        Assert.Contains("[the silicone guide](silicone-guide.md)", first);
        Assert.Contains("categories: [\"Cuidados\"]", run.Written("input/articles/first-weeks.es.md"));
        Assert.Contains("- code: es", run.Written("input/site.yml"));
        Assert.True(File.Exists(Path.Combine(run.Site, "input/images/posts/silicone/sheet.png")));

        // permalinks, aliases and the bundle's slug.
        Assert.Contains("url=https://lake.example/blog/first-weeks/", run.Html("2024/02/the-first-weeks-of-a-scar/index.html"));
        Assert.Contains("url=https://lake.example/blog/first-weeks/", run.Html("old/first-weeks/index.html"));
        Assert.Contains("url=https://lake.example/blog/silicone-guide/", run.Html("2024/03/silicone-guide/index.html"));
        var bundle = run.Page("blog/silicone-guide/index.html");
        Assert.Equal("A sheet is cut to size.", bundle.QuerySelectorAll("figure figcaption").Select(f => f.TextContent.Trim()).Single(t => t.StartsWith("A sheet", StringComparison.Ordinal)));
        Assert.True(run.Has("es/blog/first-weeks/index.html"));
        Assert.True(run.Has("about/index.html"));

        Assert.Contains("shortcode `newsletter` has no equivalent", WordPressImportTests.Section(run.Report, "input/articles/first-weeks.md"));
        Assert.Contains("section list pages (_index.md)", run.Report);
    }
}
