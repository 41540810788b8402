using Microsoft.Playwright;

namespace ScarGuide.Tests.Browser;

/// <summary>
/// The layout holds from a small phone to a desktop: no sideways scrolling, images inside their boxes, breadcrumbs
/// that wrap, readable text. Full-page screenshots go to the artifacts folder for a human to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture site)
{
    [ChromiumTheory]
    [MemberData(nameof(SitePages.Layouts), MemberType = typeof(SitePages))]
    public async Task Page_fits_the_viewport(string path, int width)
    {
        var page = (await site.SharedPageAsync(path, width)).Page;

        var m = await page.EvaluateAsync<Measurements>("""
            () => {
              const root = document.documentElement;
              const overflowing = [...document.body.querySelectorAll('*')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1); })
                .filter(e => !e.closest('.visually-hidden, .skip-link'))
                .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : ''));
              const badImages = [...document.images].filter(img => {
                const r = img.getBoundingClientRect();
                if (r.width === 0) return false;
                const box = img.parentElement.getBoundingClientRect();
                return r.right > box.right + 1 || r.left < box.left - 1 || r.right > innerWidth + 1 || !img.complete || img.naturalWidth === 0;
              }).map(img => img.getAttribute('src'));
              const crumbs = document.querySelector('.breadcrumbs__list');
              const items = crumbs ? [...crumbs.children] : [];
              const tops = new Set(items.map(li => Math.round(li.getBoundingClientRect().top)));
              const text = document.querySelector('.prose p, .card__description, .listing__lede, .not-found p, .search-result__description, .profile__bio') || document.body;
              return {
                scrollWidth: root.scrollWidth,
                innerWidth: innerWidth,
                overflowing: overflowing,
                badImages: badImages,
                hasBreadcrumbs: !!crumbs,
                breadcrumbsOverflow: crumbs ? crumbs.scrollWidth > crumbs.clientWidth + 1 || crumbs.getBoundingClientRect().right > innerWidth + 1 : false,
                breadcrumbLines: tops.size,
                bodyFontSize: parseFloat(getComputedStyle(document.body).fontSize),
                textFontSize: parseFloat(getComputedStyle(text).fontSize),
                textSelector: text.className || text.tagName
              };
            }
            """);

        await SaveScreenshotAsync(page, path, width);

        Assert.True(m.ScrollWidth <= m.InnerWidth,
            $"/{path} at {width}px scrolls sideways: scrollWidth {m.ScrollWidth} > {m.InnerWidth}; widest offenders: {string.Join(", ", m.Overflowing)}");
        Assert.True(m.BadImages.Length == 0, $"/{path} at {width}px: images overflow their box or did not load: {string.Join(", ", m.BadImages)}");
        Assert.False(m.BreadcrumbsOverflow, $"/{path} at {width}px: the breadcrumb trail overflows instead of wrapping");
        Assert.True(m.BodyFontSize >= 16, $"/{path} at {width}px: body text is {m.BodyFontSize}px");
        Assert.True(m.TextFontSize >= 15, $"/{path} at {width}px: main text ({m.TextSelector}) is {m.TextFontSize}px");
        if (path == SitePages.Article)
        {
            Assert.True(m.TextFontSize >= 16, $"/{path} at {width}px: article text is {m.TextFontSize}px");
            // The current crumb is the long article title: on a phone it must wrap onto another line, not overflow.
            if (width <= 375) Assert.True(m.BreadcrumbLines > 1, $"The article's breadcrumbs stay on one line at {width}px");
        }
    }

    [ChromiumTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Table_of_contents_is_a_sticky_sidebar_on_wide_screens_and_comes_first_on_narrow_ones(int width)
    {
        await using var browser = await site.OpenAsync(SitePages.Article, width: width);
        var page = browser.Page;

        var toc = await page.Locator(".toc").BoundingBoxAsync();
        var main = await page.Locator(".article__main").BoundingBoxAsync();
        var position = await page.Locator(".toc").EvaluateAsync<string>("e => getComputedStyle(e).position");
        // The measure in ch: the text column's width over the width of a "0" in the text's own font.
        var measure = await page.Locator(".prose p").First.EvaluateAsync<double>("""
            p => {
              const probe = document.createElement('span');
              probe.textContent = '0'.repeat(100);
              probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
              p.appendChild(probe);
              const ch = probe.getBoundingClientRect().width / 100;
              probe.remove();
              return p.getBoundingClientRect().width / ch;
            }
            """);

        Assert.NotNull(toc);
        Assert.NotNull(main);
        if (width >= 1024)
        {
            Assert.Equal("sticky", position);
            Assert.True(toc.X + toc.Width <= main.X, "On wide screens the table of contents sits beside the text");
            Assert.InRange(measure, 60, 76);

            await page.Mouse.WheelAsync(0, 2500);
            await page.WaitForFunctionAsync("() => scrollY > 1000");
            var top = await page.Locator(".toc").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
            Assert.InRange(top, 0, 60);
        }
        else
        {
            Assert.NotEqual("sticky", position);
            Assert.True(toc.Y + toc.Height <= main.Y, "On narrow screens the table of contents comes before the text");
        }
    }

    [ChromiumFact]
    public async Task Print_styles_hide_navigation_and_search()
    {
        await using var browser = await site.OpenAsync(SitePages.Article);
        var page = browser.Page;

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var selector in new[] { ".site-nav", ".site-search", ".toc", ".skip-link", ".related" })
            Assert.False(await page.Locator(selector).First.IsVisibleAsync(), $"{selector} is visible in print");
        Assert.True(await page.Locator(".prose").IsVisibleAsync());
        Assert.True(await page.Locator(".disclaimer").IsVisibleAsync());
    }

    private sealed class Measurements
    {
        public int ScrollWidth { get; set; }
        public int InnerWidth { get; set; }
        public string[] Overflowing { get; set; } = [];
        public string[] BadImages { get; set; } = [];
        public bool HasBreadcrumbs { get; set; }
        public bool BreadcrumbsOverflow { get; set; }
        public int BreadcrumbLines { get; set; }
        public double BodyFontSize { get; set; }
        public double TextFontSize { get; set; }
        public string TextSelector { get; set; } = "";
    }

    private async Task SaveScreenshotAsync(IPage page, string path, int width)
    {
        Directory.CreateDirectory(site.ArtifactsDirectory);
        var file = Path.Combine(site.ArtifactsDirectory, $"{SitePages.Slug(path)}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }
}
