using ScarGuide.Cli.Preview;

namespace ScarGuide.Tests.Preview;

/// <summary>The types the preview sends for what a built site holds (ASP.NET Core's table, text types in UTF-8).</summary>
public sealed class ContentTypesTests
{
    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("assets/site.0123abcd.css", "text/css; charset=utf-8")]
    [InlineData("assets/site.0123abcd.js", "text/javascript; charset=utf-8")]
    [InlineData("search-index.json", "application/json; charset=utf-8")]
    [InlineData("site.webmanifest", "application/manifest+json; charset=utf-8")]
    [InlineData("sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("feed.xml", "application/xml; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("images/hero.svg", "image/svg+xml")]
    [InlineData("images/hero.avif", "image/avif")]
    [InlineData("images/hero.webp", "image/webp")]
    [InlineData("images/hero.JPG", "image/jpeg")]
    [InlineData("fonts/body.woff2", "font/woff2")]
    [InlineData("_headers", "text/plain; charset=utf-8")]
    [InlineData("CNAME", "text/plain; charset=utf-8")]
    [InlineData("files/unknown.xyz123", "application/octet-stream")]
    public void Each_file_gets_its_type(string path, string type) => Assert.Equal(type, ContentTypes.For(path));
}
