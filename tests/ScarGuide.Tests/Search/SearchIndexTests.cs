using System.Text.Json;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Search;

public sealed class SearchIndexTests
{
    [Fact]
    public void Index_holds_title_description_headings_tags_and_url_of_listed_articles_only()
    {
        using var site = TestSite.Build($"""
            -- input/articles/a.md --
            {Md("Microneedling for scars", "Intro.\n\n## How it works\n\nText.\n\n### Depth\n\nMore.\n", "tags: [\"microneedling\"]")}
            -- input/articles/hidden.md --
            {Md("Hidden", "Text.\n", "noindex: true")}
            -- input/articles/draft.md --
            {Md("Draft", "Text.\n", "draft: true")}
            """, o => o with { BaseUrl = "https://example.org/guide/" });
        var index = JsonDocument.Parse(site.Text("search-index.json")).RootElement;
        Assert.Equal(["t", "d", "h", "k", "u", "x"], index.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        var docs = index.GetProperty("docs").EnumerateArray().ToList();
        var doc = Assert.Single(docs);
        Assert.Equal("Microneedling for scars", doc[0].GetString());
        Assert.Contains("What to know about Microneedling", doc[1].GetString());
        Assert.Equal("How it works · Depth", doc[2].GetString());
        Assert.Equal("microneedling, Scar Removal", doc[3].GetString());
        Assert.Equal("/guide/blog/a/", doc[4].GetString());
        Assert.StartsWith("Intro.", doc[5].GetString());
    }

    [Fact]
    public void Index_for_a_thousand_articles_stays_under_500_kb()
    {
        using var site = TestSite.Generated(1000);
        site.Rebuild().AssertNoErrors();
        var index = site.Files["search-index.json"];
        Assert.Equal(1000, JsonDocument.Parse(index).RootElement.GetProperty("docs").GetArrayLength());
        Assert.True(index.Length < 500_000, $"search index is {index.Length:N0} bytes");
    }
}
