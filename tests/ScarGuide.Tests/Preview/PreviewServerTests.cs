using System.Net;
using System.Text;
using ScarGuide.IO;
using ScarGuide.Pipeline;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Preview;

/// <summary>The preview server over real HTTP on loopback: serving, live reload, failures and path safety.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private PreviewSite _site = null!;

    public async Task InitializeAsync() => _site = await PreviewSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Serves_the_site_under_its_base_path_with_the_preview_address_in_links()
    {
        using var home = await _site.GetAsync("/sub/");
        var html = await home.Content.ReadAsStringAsync();

        Assert.Equal("/sub/", _site.Server.BasePath);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Microneedling for scars", html);
        Assert.Contains($"<link rel=\"canonical\" href=\"{_site.Server.Origin}/sub/\">", html);
        Assert.DoesNotContain("https://example.org/sub/", html);
    }

    [Theory]
    [InlineData("/", "/sub/")]
    [InlineData("/sub", "/sub/")]
    [InlineData("/sub/blog/microneedling", "/sub/blog/microneedling/")]
    [InlineData("/sub/blog?page=2", "/sub/blog/?page=2")]
    public async Task Redirects_to_the_folder_address(string path, string location)
    {
        using var response = await _site.GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Injects_the_live_reload_script_before_the_end_of_the_body_of_html_only()
    {
        var page = await _site.TextAsync("/sub/blog/microneedling/");
        var feed = await _site.TextAsync("/sub/feed.xml");
        using var script = await _site.GetAsync("/sub/__scarguide/livereload.js");

        Assert.Contains("<script src=\"/sub/__scarguide/livereload.js\"></script></body>", page);
        Assert.DoesNotContain("livereload", feed);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_built_site_never_contains_the_live_reload_script()
    {
        var output = new MemoryOutput();
        var result = SiteBuilder.Build(BuildOptions.ForRoot(_site.Root, Testing.TestSite.Now), output);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("blog/microneedling/index.html", output.Files.Keys);
        foreach (var (path, bytes) in output.Files)
            Assert.False(Encoding.UTF8.GetString(bytes).Contains("__scarguide", StringComparison.Ordinal), path);
    }

    [Theory]
    [InlineData("/sub/", "text/html")]
    [InlineData("/sub/blog/microneedling/", "text/html")]
    [InlineData("/sub/sitemap.xml", "application/xml")]
    [InlineData("/sub/search-index.json", "application/json")]
    [InlineData("/sub/robots.txt", "text/plain")]
    [InlineData("/sub/images/hero.svg", "image/svg+xml")]
    public async Task Sends_the_right_content_type(string path, string type)
    {
        using var response = await _site.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Stylesheets_are_served_as_css()
    {
        var home = await _site.TextAsync("/sub/");
        var href = System.Text.RegularExpressions.Regex.Match(home, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;
        using var css = await _site.GetAsync(href);

        Assert.Matches(@"^/sub/assets/site\.[0-9a-f]{8}\.css$", href);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Answers_if_none_match_with_304_and_head_with_headers_only()
    {
        using var first = await _site.GetAsync("/sub/blog/sun/");
        var etag = first.Headers.ETag;
        var length = (await first.Content.ReadAsByteArrayAsync()).Length;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/sub/blog/sun/");
        conditional.Headers.IfNoneMatch.Add(etag!);
        using var notModified = await _site.Http.SendAsync(conditional);
        using var head = await _site.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/sub/blog/sun/"));

        Assert.NotNull(etag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(etag, head.Headers.ETag);
        Assert.Equal(length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_edit_that_keeps_the_page_length_within_the_same_second_is_not_answered_304()
    {
        using var before = await _site.GetAsync("/sub/blog/sun/");
        var etag = before.Headers.ETag!;
        var length = (await before.Content.ReadAsByteArrayAsync()).Length;
        await using var events = await _site.EventsAsync();
        _site.Save("input/articles/sun.md", _site.Read("input/articles/sun.md").Replace("Wear sunscreen", "Wear SUNSCREEN"));
        await events.NextAsync(PreviewSite.Patience, CancellationToken.None);

        // What a reloading tab sends: the ETag of the page it shows.
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/sub/blog/sun/");
        conditional.Headers.IfNoneMatch.Add(etag);
        using var after = await _site.Http.SendAsync(conditional);
        var body = await after.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(length, body.Length);
        Assert.Contains("SUNSCREEN", Encoding.UTF8.GetString(body));
        Assert.NotEqual(etag, after.Headers.ETag);
    }

    [Fact]
    public async Task Unknown_paths_get_the_sites_404_page_and_other_methods_405()
    {
        using var missing = await _site.GetAsync("/sub/blog/nothing-here/");
        using var outside = await _site.GetAsync("/elsewhere/");
        using var post = await _site.Http.PostAsync("/sub/", new StringContent("x"));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Theory]
    [InlineData("/sub/../../etc/passwd")]
    [InlineData("/sub/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/sub/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/sub/..%2f..%2fetc%2fpasswd")]
    [InlineData("/sub/%2e%2e%5c%2e%2e%5cetc%5cpasswd")]
    [InlineData("/sub/..\\..\\etc\\passwd")]
    [InlineData("/sub/index.html%00")]
    [InlineData("/sub/%00/../../etc/passwd")]
    [InlineData("/sub/./index.html")]
    [InlineData("/../input/site.yml")]
    [InlineData("/sub/../input/site.yml")]
    public async Task Refuses_paths_that_try_to_leave_the_site(string target)
    {
        var (status, response) = await _site.RawGetAsync(target);

        Assert.True(status is 400 or 404, $"{target} answered {status}");
        Assert.DoesNotContain("root:", response);
        Assert.DoesNotContain("base_url", response);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sub/")]
    [InlineData("/sub/blog/sun/")]
    [InlineData("/sub/__scarguide/events")]
    [InlineData("/sub/__scarguide/livereload.js")]
    public async Task Refuses_requests_for_a_foreign_host_so_a_rebound_name_cannot_read_the_preview(string target)
    {
        var (status, response) = await _site.RawGetAsync(target, "evil.example");
        var (withPort, _) = await _site.RawGetAsync(target, $"evil.example:{_site.Server.Port}");

        Assert.Equal(403, status);
        Assert.Equal(403, withPort);
        Assert.Contains("Content-Type: text/plain", response);
        Assert.Contains("evil.example", response);
        Assert.DoesNotContain("Sun protection", response);
        Assert.DoesNotContain("Location:", response);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LocalHost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Answers_loopback_hosts_with_or_without_the_port(string host)
    {
        var (status, response) = await _site.RawGetAsync("/sub/blog/sun/", host);
        var (withPort, _) = await _site.RawGetAsync("/sub/blog/sun/", $"{host}:{_site.Server.Port}");

        Assert.Equal(200, status);
        Assert.Equal(200, withPort);
        Assert.Contains("Sun protection", response);
    }

    [Fact]
    public async Task An_article_edit_is_served_after_a_reload_event()
    {
        await using var events = await _site.EventsAsync();
        _site.Save("input/articles/sun.md", _site.Read("input/articles/sun.md").Replace("Wear sunscreen", "Always wear a broad-spectrum sunscreen"));

        var (name, _) = await events.NextAsync(PreviewSite.Patience, CancellationToken.None);

        Assert.Equal("reload", name);
        await PreviewSite.Eventually(async () => (await _site.TextAsync("/sub/blog/sun/")).Contains("broad-spectrum"), "the edit is served");
    }

    [Fact]
    public async Task A_deleted_article_answers_404_with_the_404_page()
    {
        await using var events = await _site.EventsAsync();
        _site.Delete("input/articles/sun.md");

        await events.NextAsync(PreviewSite.Patience, CancellationToken.None);
        await PreviewSite.Eventually(async () =>
        {
            using var response = await _site.GetAsync("/sub/blog/sun/");
            return response.StatusCode == HttpStatusCode.NotFound && (await response.Content.ReadAsStringAsync()).Contains("Page not found");
        }, "the deleted article answers 404");
        Assert.DoesNotContain("Sun protection", await _site.TextAsync("/sub/"));
    }

    [Fact]
    public async Task A_broken_edit_shows_its_errors_over_the_last_good_page_until_it_is_fixed()
    {
        var good = _site.Read("input/articles/acne-scars.md");
        await using var events = await _site.EventsAsync();

        _site.Save("input/articles/acne-scars.md", good.Replace("title: \"Acne scar types\"", "title: \"Acne <scar> types").Replace("Ice pick", "Broken pick"));
        await events.NextAsync(PreviewSite.Patience, CancellationToken.None);

        using var broken = await _site.GetAsync("/sub/blog/acne-scars/");
        var html = await broken.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
        Assert.Contains("class=\"scarguide-error\"", html);
        Assert.Matches(@"<span class=""where"">input/articles/acne-scars\.md:\d+</span>", html);
        Assert.Contains("Ice pick", html); // the last good page is still there, under the overlay
        Assert.DoesNotContain("Broken pick", html);
        Assert.Contains("/sub/__scarguide/overlay.css", html);
        using var css = await _site.GetAsync("/sub/__scarguide/overlay.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);

        _site.Save("input/articles/acne-scars.md", good.Replace("Ice pick", "Fixed pick"));
        await events.NextAsync(PreviewSite.Patience, CancellationToken.None);
        await PreviewSite.Eventually(async () =>
        {
            using var response = await _site.GetAsync("/sub/blog/acne-scars/");
            var text = await response.Content.ReadAsStringAsync();
            return response.StatusCode == HttpStatusCode.OK && text.Contains("Fixed pick") && !text.Contains("scarguide-error");
        }, "the fixed article is served without the overlay");
    }

    [Fact]
    public async Task A_runaway_template_is_stopped_and_the_last_good_site_served_until_the_template_is_fixed()
    {
        var good = _site.Read("theme/layouts/article.liquid");
        await using var events = await _site.EventsAsync();

        _site.Save("theme/layouts/article.liquid", good + "{% for i in (1..2000000000) %}{{ i }}{% endfor %}\n");
        await events.NextAsync(PreviewSite.Patience, CancellationToken.None);
        using (var broken = await _site.GetAsync("/sub/blog/acne-scars/"))
        {
            var html = await broken.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
            Assert.Contains("theme/layouts/article.liquid", html);
            Assert.Contains("The range (1..2000000000) has 2,000,000,000 items", html);
            Assert.Contains("Ice pick", html); // the last good page, under the overlay
        }

        _site.Save("theme/layouts/article.liquid", good.Replace("</article>", "<p id=\"fixed\">Fixed</p></article>"));
        await events.NextAsync(PreviewSite.Patience, CancellationToken.None);
        await PreviewSite.Eventually(async () =>
        {
            using var response = await _site.GetAsync("/sub/blog/acne-scars/");
            var text = await response.Content.ReadAsStringAsync();
            return response.StatusCode == HttpStatusCode.OK && text.Contains("id=\"fixed\"") && !text.Contains("scarguide-error");
        }, "the page from the fixed template is served without the overlay");
    }

    [Fact]
    public async Task Error_overlays_escape_what_the_diagnostics_quote()
    {
        await using var events = await _site.EventsAsync();
        _site.Save("input/articles/sun.md", _site.Read("input/articles/sun.md").Replace("[microneedling](microneedling.md)", "[x](x<script>.md)"));

        await events.NextAsync(PreviewSite.Patience, CancellationToken.None);
        string html = "";
        await PreviewSite.Eventually(async () => (html = await _site.TextAsync("/sub/")).Contains("scarguide-error"), "the overlay is shown");

        var overlay = html[html.IndexOf("<section class=\"scarguide-error\"", StringComparison.Ordinal)..];
        Assert.Contains("x&lt;script&gt;.md", overlay);
        Assert.DoesNotContain("x<script>", overlay);
    }

    [Fact]
    public async Task A_stylesheet_edit_sends_the_new_stylesheet_instead_of_a_reload()
    {
        var before = await _site.TextAsync("/sub/");
        await using var events = await _site.EventsAsync();

        _site.Save("theme/assets/css/site.css", "body { color: #000; }\n");
        var (name, href) = await events.NextAsync(PreviewSite.Patience, CancellationToken.None);

        Assert.Equal("css", name);
        Assert.Matches(@"^/sub/assets/site\.[0-9a-f]{8}\.css$", href);
        Assert.DoesNotContain(href, before);
        using var css = await _site.GetAsync(href);
        Assert.Contains("#000", await css.Content.ReadAsStringAsync());
        Assert.Contains(href, await _site.TextAsync("/sub/"));
    }

    [Fact]
    public async Task A_new_article_appears_on_the_home_page()
    {
        await using var events = await _site.EventsAsync();
        _site.Save("input/articles/silicone.md", Md("Silicone sheets", "Silicone gel helps [acne scars](acne-scars.md).\n", "date: 2026-04-01"));

        await events.NextAsync(PreviewSite.Patience, CancellationToken.None);
        await PreviewSite.Eventually(async () => (await _site.TextAsync("/sub/")).Contains("Silicone sheets"), "the new article is listed");
        using var page = await _site.GetAsync("/sub/blog/silicone/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
