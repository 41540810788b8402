using System.Text;
using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Incremental;

/// <summary>
/// A build with a <see cref="BuildMemory"/> after any edit must write exactly the bytes a fresh full build writes,
/// while re-rendering only what the edit touched.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TestSite _site = TestSite.Write($"""
        -- input/images/hero.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630"><title>x</title></svg>
        -- input/articles/microneedling.md --
        {Md("Microneedling for scars", "Tiny needles; see [acne scar types](acne-scars.md).\n\n## How it works\n\nCollagen.\n",
            "tags: [\"microneedling\", \"collagen\"]", "image: /images/hero.svg", "image_alt: \"Pen on a cheek\"")}
        -- input/articles/acne-scars.md --
        {Md("Acne scar types", "Ice pick and boxcar; see [microneedling](microneedling.md) and [sun](sun.md).\n",
            "date: 2026-02-01", "tags: [\"microneedling\", \"acne scars\"]")}
        -- input/articles/sun.md --
        {Md("Sun protection", "Wear sunscreen; it helps [microneedling](microneedling.md).\n", "date: 2026-01-10", "categories: [\"Aftercare\"]")}
        -- input/articles/silicone.md --
        {Md("Silicone sheets", "Silicone gel for [acne scars](acne-scars.md).\n", "date: 2025-12-01", "categories: [\"Aftercare\"]", "tags: [\"silicone\"]")}
        -- input/articles/peels.md --
        {Md("Chemical peels", "Peels resurface skin, unlike [silicone](silicone.md).\n", "date: 2025-11-01", "tags: [\"peels\"]")}
        -- input/articles/lasers.md --
        {Md("Laser resurfacing", "Lasers, like [peels](peels.md), resurface.\n", "date: 2025-10-01", "categories: [\"Lasers\"]", "tags: [\"lasers\"]")}
        -- input/pages/about.md --
        ---
        title: "About the clinic"
        description: "Who writes and reviews the ScarGuide articles, and how the clinic checks them."
        ---
        We are a clinic. Read about [lasers](../articles/lasers.md).
        """);

    private readonly BuildMemory _memory = new();

    public IncrementalBuildTests()
    {
        CopyTheme();
        _site.WriteFile("theme/assets/css/site.css", "body { color: #111; }\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_body_edit_renders_the_article_and_the_pages_showing_it_and_matches_a_full_build()
    {
        var first = BuildAndCompare();
        var total = _memory.Made("templates");
        Assert.Equal(first.Context.OutputPages.Count, total);

        Edit("input/articles/lasers.md", text => text.Replace("Lasers, like", "Fractional lasers, like"));
        BuildAndCompare();

        // Files written within the last seconds are read again (their time cannot be trusted yet); only one parses again.
        Assert.Contains(_memory.MadeIds("read"), p => p.EndsWith("lasers.md", StringComparison.Ordinal));
        Assert.Equal(1, _memory.Made("front matter"));
        Assert.Equal(1, _memory.Made("markdown"));
        Assert.InRange(_memory.Made("templates"), 1, total - 1);
        Assert.Contains("blog/lasers/index.html", _memory.MadeIds("templates"));
        Assert.DoesNotContain("about/index.html", _memory.MadeIds("templates"));
    }

    [Fact]
    public void A_rebuild_without_changes_renders_nothing_and_matches_a_full_build()
    {
        BuildAndCompare();
        BuildAndCompare();

        Assert.Equal(0, _memory.Made("templates"));
        Assert.Equal(0, _memory.Made("structured data"));
        Assert.Equal(0, _memory.Made("front matter"));
        Assert.Equal(0, _memory.Made("markdown"));
        Assert.Equal(0, _memory.Made("feeds"));
    }

    [Fact]
    public void Every_kind_of_edit_in_sequence_matches_a_full_build()
    {
        BuildAndCompare();

        Edit("input/articles/sun.md", t => t.Replace("Sun protection", "Sun protection after treatment"));
        BuildAndCompare();

        _site.WriteFile("input/articles/steroids.md", Md("Steroid injections", "Injections flatten [silicone](silicone.md) failures.\n",
            "date: 2026-03-01", "tags: [\"silicone\", \"injections\"]"));
        BuildAndCompare();

        File.Delete(Path.Combine(_site.Root, "input/articles/peels.md"));
        var deleted = BuildAndCompare();
        Assert.False(((MemoryOutput)deleted.Context.Output).Files.ContainsKey("blog/peels/index.html"));

        // lasers.md linked to peels.md: restoring it must re-render lasers (its link lookup changed back).
        _site.WriteFile("input/articles/peels.md", Md("Chemical peels", "Peels resurface skin.\n", "date: 2025-11-01"));
        BuildAndCompare();

        File.Move(Path.Combine(_site.Root, "input/articles/silicone.md"), Path.Combine(_site.Root, "input/articles/silicone-gel.md"));
        BuildAndCompare();

        Edit("input/articles/lasers.md", t => t.Replace("categories: [\"Lasers\"]", "categories: [\"Lasers\"]\ndraft: true"));
        BuildAndCompare();

        Edit("input/articles/acne-scars.md", t => t.Replace("date: 2026-02-01", "date: 2026-02-01\nslug: acne-scar-types"));
        BuildAndCompare();

        Edit("theme/partials/card.liquid", t => t.Replace("<p class=\"card__meta\">", "<p class=\"card__meta card__meta--edited\">"));
        BuildAndCompare();

        // A theme string shows on every page (the footer) and in every card.
        Edit("theme/i18n/en.yml", t => t.Replace("min_read: \"{0} min read\"", "min_read: \"{0} minutes to read\"").Replace("browse: \"Browse\"", "browse: \"Explore\""));
        BuildAndCompare();

        Edit("theme/assets/css/site.css", t => t + "main { margin: 0; }\n");
        BuildAndCompare();

        Edit("input/site.yml", t => t.Replace("posts_per_page: 10", "posts_per_page: 2"));
        BuildAndCompare();

        Edit("input/authors.yml", t => t.Replace("Jane writes about skin health.", "Jane writes about scars."));
        BuildAndCompare();

        _site.WriteFile("input/images/extra.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>");
        Edit("input/articles/sun.md", t => t.Replace("date: 2026-01-10", "date: 2026-01-10\nimage: /images/extra.svg\nimage_alt: \"A tube of sunscreen\""));
        BuildAndCompare();
    }

    [Fact]
    public void A_broken_edit_and_its_fix_match_full_builds()
    {
        BuildAndCompare();
        var good = File.ReadAllText(Path.Combine(_site.Root, "input/articles/sun.md"));

        _site.WriteFile("input/articles/sun.md", good.Replace("title: \"Sun protection\"", "title: [unclosed"));
        var broken = BuildAndCompare();
        Assert.False(broken.Succeeded);

        Edit("theme/layouts/article.liquid", t => t + "{% if %}");
        Assert.False(BuildAndCompare().Succeeded);

        Edit("theme/layouts/article.liquid", t => t.Replace("{% if %}", ""));
        _site.WriteFile("input/articles/sun.md", good.Replace("Wear sunscreen", "Always wear sunscreen"));
        Assert.True(BuildAndCompare().Succeeded);
    }

    [Fact]
    public void Diagnostics_of_reused_files_are_reported_again()
    {
        _site.WriteFile("input/articles/broken-link.md", Md("Broken link", "See [nothing](missing.md).\n", "date: 2024-01-01"));
        var first = BuildAndCompare();
        var second = BuildAndCompare();

        Assert.Contains(first.Diagnostics, d => d.Code == "broken-link");
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(0, _memory.Made("markdown"));
    }

    [Fact]
    public void A_template_error_on_two_pages_is_reported_while_either_page_still_fails()
    {
        // The trigger is a link's address, which no other page shows and the related index does not read.
        const string Trigger = " [A study](https://example.org/kaboom).";
        Edit("theme/layouts/article.liquid", t => "{% if page.article.content contains 'kaboom' %}{% include 'no-such-partial' %}{% endif %}" + t);
        Edit("input/articles/lasers.md", t => t.Replace("resurface.", "resurface." + Trigger));
        Edit("input/articles/microneedling.md", t => t.Replace("Tiny needles;", "Tiny needles." + Trigger));
        // Serial, so pages render in output order: blog/lasers/ meets the error first, blog/microneedling/ second.
        Assert.Contains(BuildAndCompare(serial: true).Diagnostics, d => d.Code == "template-render");

        Edit("input/articles/lasers.md", t => t.Replace("/kaboom", "/study"));
        var one = BuildAndCompare(serial: true);

        // The page that still fails was not rendered again: its error comes from memory.
        Assert.DoesNotContain("blog/microneedling/index.html", _memory.MadeIds("templates"));
        Assert.Contains(one.Diagnostics, d => d.Code == "template-render");
        Assert.False(one.Succeeded);
    }

    private BuildResult BuildAndCompare(bool serial = false) => _site.BuildWithMemoryAndCompare(_memory, serial);

    private void Edit(string path, Func<string, string> change) => _site.Edit(path, change);

    private void CopyTheme()
    {
        var source = RepoRoot.Combine("theme");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_site.Root, "theme", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
