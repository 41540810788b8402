using System.Text.RegularExpressions;
using ScarGuide.Bench.Corpus;
using ScarGuide.Tests.Testing;
using YamlDotNet.RepresentationModel;

namespace ScarGuide.Tests.Bench;

/// <summary>
/// The benchmark corpus is part of the published measurements, so its determinism and its shape (the one the
/// performance issue compares generators on) are tested like any other feature.
/// </summary>
public sealed partial class CorpusGeneratorTests
{
    private static Dictionary<string, string> HashFolder(string folder) => TestSite.Hashes(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes));

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_a_different_corpus()
    {
        using var first = TestSite.Generated(60);
        using var second = TestSite.Generated(60);
        using var other = TestSite.Generated(60, seed: 7);
        var a = HashFolder(Path.Combine(first.Root, "input"));
        Assert.Equal(a, HashFolder(Path.Combine(second.Root, "input")));
        Assert.Equal(60, a.Keys.Count(k => k.StartsWith("articles/", StringComparison.Ordinal)));

        var c = HashFolder(Path.Combine(other.Root, "input"));
        var articles = a.Where(kv => kv.Key.StartsWith("articles/", StringComparison.Ordinal)).ToList();
        Assert.True(articles.Count(kv => c.GetValueOrDefault(kv.Key) != kv.Value) > 50, "another seed should change almost every article");
    }

    [Fact]
    public void Regenerating_a_smaller_corpus_leaves_no_stale_article_and_real_articles_are_refused()
    {
        using var site = TestSite.Generated(30);
        var input = Path.Combine(site.Root, "input");
        CorpusGenerator.Generate(input, 10);
        Assert.Equal(10, Directory.GetFiles(Path.Combine(input, "articles")).Length);

        using var real = TestSite.Write($"-- input/articles/mine.md --\n{Articles.Md("Mine", "Text.\n")}");
        var error = Assert.Throws<InvalidOperationException>(() => CorpusGenerator.Generate(Path.Combine(real.Root, "input"), 5));
        Assert.Contains("choose an empty folder", error.Message);
        Assert.True(File.Exists(Path.Combine(real.Root, "input", "articles", "mine.md")));
    }

    [Fact]
    public void Articles_have_the_shape_the_generators_were_compared_on()
    {
        const int count = 300;
        using var site = TestSite.Generated(count);
        var folder = Path.Combine(site.Root, "input", "articles");
        var slugs = Directory.GetFiles(folder, "*.md").Select(Path.GetFileName).ToHashSet();
        var allTags = new HashSet<string>();
        var words = new List<int>();
        var withTable = 0;
        foreach (var path in Directory.GetFiles(folder, "*.md"))
        {
            var text = File.ReadAllText(path);
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text[4..end]));
            var front = (YamlMappingNode)yaml.Documents[0].RootNode;
            var body = text[(end + 5)..];
            var name = Path.GetFileName(path);

            var categories = ((YamlSequenceNode)front["categories"]).Children.Count;
            Assert.True(categories is >= 1 and <= 3, $"{name}: {categories} categories");
            var tags = ((YamlSequenceNode)front["tags"]).Children.Select(t => ((YamlScalarNode)t).Value!).ToList();
            Assert.True(tags.Count is >= 3 and <= 6, $"{name}: {tags.Count} tags");
            allTags.UnionWith(tags);

            // Some articles give their FAQ in front matter, the others as a Markdown section.
            var heading = body.IndexOf("## Frequently Asked Questions", StringComparison.Ordinal);
            var questions = front.Children.TryGetValue(new YamlScalarNode("faq"), out var faq)
                ? ((YamlSequenceNode)faq).Children.Count
                : heading < 0 ? 0 : Regex.Matches(body[heading..], "^### ", RegexOptions.Multiline).Count;
            Assert.True(questions is >= 3 and <= 7, $"{name}: {questions} FAQ entries");

            var links = MarkdownLink().Matches(body).Select(m => m.Groups[1].Value).ToList();
            Assert.True(links.Count is >= 2 and <= 4, $"{name}: {links.Count} links to other articles");
            Assert.All(links, l => Assert.True(slugs.Contains(l) && l != name, $"{name} links to {l}"));

            words.Add(body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length);
            if (Regex.IsMatch(body, @"^\|.*\|\s*$", RegexOptions.Multiline)) withTable++;
        }

        Assert.InRange(allTags.Count, 150, 220);
        Assert.InRange(words.Average(), 1000, 1400);
        Assert.InRange(withTable, count / 10, count - count / 10);
    }

    [Fact]
    public void A_generated_corpus_builds_cleanly_with_every_feature_and_serial_equals_parallel()
    {
        const int count = 200;
        using var site = TestSite.Generated(count);
        site.Rebuild().AssertNoErrors();
        // Like a real archive the corpus has overdue reviews, repeated titles and descriptions, a few articles nobody
        // links to and articles above the reading-level target, so the benchmark pays for those checks too; each
        // warning must be true.
        Assert.All(site.Warnings, w => Assert.Contains(w.Code, (string[])["review-overdue", "duplicate-title", "duplicate-description", "orphan", "reading-level"]));
        Assert.All(site.Warnings.Where(w => w.Code == "reading-level"),
            w => Assert.True(site.Result.Context.Content.Single(p => p.SourcePath == w.File).Rendered.Reading!.FleschKincaidGrade > 8, w.ToString()));
        var fronts = Directory.GetFiles(Path.Combine(site.Root, "input", "articles")).Select(File.ReadAllLines).ToList();
        int Repeats(string key) => count - fronts.Select(lines => lines.First(l => l.StartsWith(key + ": ", StringComparison.Ordinal)))
            .Distinct(StringComparer.OrdinalIgnoreCase).Count();
        Assert.Equal(Repeats("title"), site.Warnings.Count(w => w.Code == "duplicate-title"));
        Assert.Equal(Repeats("description"), site.Warnings.Count(w => w.Code == "duplicate-description"));
        var parallel = site.FileHashes();
        var serial = site.Rebuild(o => o with { Parallel = false }).FileHashes();
        Assert.Equal(parallel, serial);

        var articles = site.Files.Keys.Where(k => k.StartsWith("blog/", StringComparison.Ordinal) && k.Count(c => c == '/') == 2
            && k is not "blog/index.html" and not "blog/tags/index.html" and not "blog/categories/index.html").ToList();
        Assert.Equal(count, articles.Count);
        foreach (var page in articles.Take(25))
        {
            var html = site.Html(page);
            Assert.Equal(4, html.QuerySelectorAll("#related article.card").Length);
            Assert.InRange(html.QuerySelectorAll("#faq details").Length, 3, 7);
            Assert.NotNull(html.QuerySelector("nav[aria-label='Breadcrumb']"));
            Assert.Single(site.JsonLd(page, "FAQPage"));
        }
        // Twenty articles a page, like the compared generators' blog index.
        Assert.Equal(20, site.Html("blog/index.html").QuerySelectorAll("main article.card").Length);
        Assert.True(site.Has($"blog/page/{count / 20}/index.html") && !site.Has($"blog/page/{count / 20 + 1}/index.html"));
        Assert.True(site.Has("sitemap.xml") && site.Has("feed.xml") && site.Has("search-index.json"));
        Assert.True(site.Files.Keys.Where(k => k.StartsWith("blog/tag/", StringComparison.Ordinal)).Select(k => k.Split('/')[2]).Distinct().Count() > 100);
        Assert.Contains(site.Files.Keys, k => k.StartsWith("blog/category/", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\]\(([a-z0-9-]+\.md)\)")]
    private static partial Regex MarkdownLink();
}
