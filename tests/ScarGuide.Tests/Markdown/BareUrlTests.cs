using ScarGuide.Diagnostics;
using ScarGuide.Markdown;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Markdown;

/// <summary>Bare URLs become links; prose without one is parsed without the bare-URL parser and must not change.</summary>
public sealed class BareUrlTests
{
    [Fact]
    public void Bare_urls_become_safe_links_without_trailing_punctuation()
    {
        using var site = TestSite.Build($"-- input/articles/a.md --\n{Md("A", "Read https://example.org/care-guide. Or visit www.example.org today.\n")}")
            .AssertNoErrors();
        var links = site.Html("blog/a/index.html").QuerySelectorAll(".prose a");
        Assert.Equal(["https://example.org/care-guide", "http://www.example.org"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["https://example.org/care-guide", "www.example.org"], links.Select(a => a.TextContent));
        Assert.Equal("noopener", links[0].GetAttribute("rel"));
    }

    [Fact]
    public void Every_bundled_article_renders_the_same_with_and_without_the_bare_url_parser()
    {
        var links = new LinkTargets(new Dictionary<string, LinkTarget>(), "/");
        var withoutUrls = 0;
        foreach (var file in Directory.GetFiles(RepoRoot.Combine("input", "articles"), "*.md"))
        {
            var text = File.ReadAllText(file);
            var body = text[(text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
            // A first paragraph with a bare URL switches on the bare-URL parser for the whole body (FAQ included).
            const string marker = "Intro https://example.org/x\n\n";
            var plain = MarkdownRenderer.Render(body, file, 1, links, new DiagnosticBag());
            var withUrl = MarkdownRenderer.Render(marker + body, file, 1, links, new DiagnosticBag());
            if (!MarkdownRenderer.MayHoldBareUrl(body)) withoutUrls++;
            Assert.StartsWith("<p>Intro <a href=\"https://example.org/x\" rel=\"noopener\">https://example.org/x</a></p>\n", withUrl.Html, StringComparison.Ordinal);
            Assert.EndsWith(plain.Html, withUrl.Html, StringComparison.Ordinal);
            Assert.Equal(plain.Faq.Select(f => (f.Question, f.AnswerHtml)), withUrl.Faq.Select(f => (f.Question, f.AnswerHtml)));
            Assert.Equal(plain.Headings.Select(h => h.Id), withUrl.Headings.Select(h => h.Id));
            Assert.EndsWith(plain.PlainText, withUrl.PlainText, StringComparison.Ordinal);
        }
        Assert.True(withoutUrls >= 3, "too few bundled articles take the path without the bare-URL parser");
    }
}
