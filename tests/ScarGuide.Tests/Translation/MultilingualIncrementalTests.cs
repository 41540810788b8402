using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Translation;

/// <summary>The preview's build with memory on a site in two languages writes exactly what a fresh build writes, after every kind of edit.</summary>
public sealed class MultilingualIncrementalTests : IDisposable
{
    private readonly TestSite _site = TestSite.Write($"""
        -- input/site.yml --
        {TestSite.TwoLanguageSiteYml}
        -- input/articles/peels.md --
        {Md("Chemical peels", "Peels remove the top layer. See [silicone](silicone.md).\n", "reviewed: 2026-06-01")}
        -- input/articles/silicone.md --
        {Md("Silicone gel", "Silicone keeps a scar moist. See [peels](peels.md).\n", "date: 2026-02-01")}
        -- input/articles/peels.es.md --
        {Md("Peelings químicos", "Los peelings quitan la capa de arriba. Vea [silicona](silicone.md).\n", "slug: peelings", "source_reviewed: 2026-06-01")}
        """);

    private readonly BuildMemory _memory = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_edit_in_either_language_gives_what_a_full_build_gives()
    {
        BuildAndCompare();

        Edit("input/articles/peels.es.md", t => t.Replace("quitan la capa", "retiran la capa"));
        BuildAndCompare();
        // What the preview reports counts every language: the Spanish article's body was rendered again, nothing else's.
        Assert.Equal(["es/input/articles/peels.es.md"], _memory.MadeIds("markdown"));
        Assert.Contains("es/blog/peelings/index.html", _memory.MadeIds("templates"));

        // A new review of the source makes the translation stale: its page shows the notice.
        Edit("input/articles/peels.md", t => t.Replace("reviewed: 2026-06-01", "reviewed: 2026-09-01"));
        var stale = BuildAndCompare();
        Assert.Contains(stale.Diagnostics, d => d.Code == "stale-translation");

        // A new translation: the English page's switcher and hreflang now name it.
        _site.WriteFile("input/articles/silicone.es.md", Md("Gel de silicona", "La silicona mantiene húmeda la cicatriz. Vea [peelings](peels.md).\n",
            "slug: gel-de-silicona", "date: 2026-02-01", "source_reviewed: 2026-06-01"));
        var added = BuildAndCompare();
        Assert.Contains("es/blog/gel-de-silicona/index.html", added.Context.LanguageSites[1].OutputPages.Select(p => "es/" + p.OutputPath));

        File.Delete(Path.Combine(_site.Root, "input/articles/silicone.es.md"));
        BuildAndCompare();
    }

    private BuildResult BuildAndCompare() => _site.BuildWithMemoryAndCompare(_memory);

    private void Edit(string path, Func<string, string> change) => _site.Edit(path, change);
}
