using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.EndToEnd;

/// <summary>Builds the real input/ with the real theme/, as the README's build command does.</summary>
public sealed class BundledSiteFixture
{
    public BuildResult Result { get; }
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public BundledSiteFixture()
    {
        var output = new MemoryOutput();
        Result = SiteBuilder.Build(BuildOptions.ForRoot(RepoRoot.Path, TestSite.Now), output);
        Files = output.Files;
    }
}

public sealed class BundledSiteTests(BundledSiteFixture site) : IClassFixture<BundledSiteFixture>
{
    private static readonly AngleSharp.Html.Parser.HtmlParser Parser = new();

    private AngleSharp.Dom.IDocument Html(string path) =>
        Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(site.Files[path]));

    [Fact]
    public void Bundled_site_has_no_errors_and_no_warnings()
    {
        Assert.True(site.Result.Diagnostics.Count == 0, string.Join("\n", site.Result.Diagnostics));
    }

    [Fact]
    public void Bundled_site_has_every_kind_of_page()
    {
        var articles = Directory.GetFiles(RepoRoot.Combine("input", "articles"), "*.md");
        var english = articles.Where(a => !a.EndsWith(".es.md", StringComparison.Ordinal)).ToList();
        var spanish = articles.Length - english.Count;
        Assert.True(english.Count >= 10);
        Assert.True(spanish >= 5);
        foreach (var article in english)
            Assert.True(site.Files.ContainsKey($"blog/{Path.GetFileNameWithoutExtension(article)}/index.html"), article);
        Assert.Equal(spanish, site.Result.Context.LanguageSites[1].Articles.Count);
        foreach (var path in new[] { "es/index.html", "es/blog/index.html", "es/blog/microagujas-para-cicatrices/index.html", "es/acerca-de/index.html",
                     "es/search/index.html", "es/404.html", "es/feed.xml", "es/search-index.json", "es/glossary/index.html" })
            Assert.True(site.Files.ContainsKey(path), path);
        foreach (var path in new[] { "index.html", "blog/index.html", "blog/categories/index.html", "blog/tags/index.html",
                     "about/index.html", "search/index.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml", "rss.xml",
                     "search-index.json", ".nojekyll", "_headers", "authors/dr-samuel-okafor/index.html" })
            Assert.True(site.Files.ContainsKey(path), path);
        Assert.Contains(site.Files.Keys, k => k.StartsWith("blog/category/", StringComparison.Ordinal));
        Assert.Contains(site.Files.Keys, k => k.StartsWith("images/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_article_has_ten_to_the_articles_requirements()
    {
        foreach (var language in site.Result.Context.LanguageSites)
        foreach (var page in language.Articles)
        {
            var doc = Html(language.LanguagePrefix + page.UrlPath + "index.html");
            var words = page.Rendered.WordCount;
            Assert.InRange(words, 600, 1_600);
            Assert.InRange(doc.QuerySelectorAll("#faq details").Length, 4, 7);
            Assert.NotNull(doc.QuerySelector(".byline__review a"));
            Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector(".hero img")?.GetAttribute("alt")), page.SourcePath);
            Assert.InRange(doc.QuerySelectorAll("#related .card").Length, page.Language == "es" ? 2 : 3, 4); // six Spanish articles relate less
            // Related articles are found within the article's language.
            Assert.All(doc.QuerySelectorAll("#related .card a[href*='/blog/']").Select(a => a.GetAttribute("href")!),
                href => Assert.Equal(language.LanguagePrefix == "es/", href.StartsWith("/scarguide/es/", StringComparison.Ordinal)));
            Assert.Contains(page.Language == "es" ? "dermatólogo" : "dermatologist", doc.QuerySelector(".disclaimer")!.TextContent);
        }
    }

    [Fact]
    public void Flagship_related_list_shows_acne_scar_and_collagen_topics_not_sun_protection()
    {
        var related = site.Result.Context.LanguageSites[0].Articles.Single(a => a.Slug == "microneedling-for-scars").Related.Select(r => r.Slug).ToList();
        Assert.Equal("acne-scar-types", related[0]);
        Assert.Contains("subcision-for-rolling-acne-scars", related);
        Assert.DoesNotContain("sun-protection-after-treatment", related);
    }

    [Fact]
    public void Every_internal_link_and_anchor_in_the_site_resolves()
    {
        const string basePath = "/scarguide/";
        foreach (var (path, bytes) in site.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var doc = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes));
            foreach (var href in doc.QuerySelectorAll("a[href], link[href], img[src], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var (target, anchor) = href.Split('#') is var parts ? (parts[0], parts.Length > 1 ? parts[1] : null) : default;
                var file = target.Length == 0 ? path : target[basePath.Length..];
                if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
                Assert.True(target.Length == 0 || target.StartsWith(basePath, StringComparison.Ordinal), $"{path}: {href} misses the base path");
                Assert.True(site.Files.ContainsKey(file), $"{path}: {href} points to a missing file {file}");
                if (anchor is { Length: > 0 } && file.EndsWith(".html", StringComparison.Ordinal))
                    Assert.True(Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(site.Files[file])).GetElementById(Uri.UnescapeDataString(anchor)) is not null, $"{path}: {href} anchor missing"); // a browser decodes a fragment before it looks for the id (Spanish headings: #por-qué-…)
            }
        }
    }

    [Fact]
    public void Search_index_for_the_bundled_site_is_small()
    {
        Assert.InRange(site.Files["search-index.json"].Length, 1_000, 60_000);
    }
}
