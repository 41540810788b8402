using BenchmarkDotNet.Attributes;
using ScarGuide.Benchmarks.Infrastructure;
using ScarGuide.Diagnostics;
using ScarGuide.Pages;
using ScarGuide.Pipeline;
using ScarGuide.Templating;

namespace ScarGuide.Benchmarks;

/// <summary>
/// Rendering pages through the bundled theme's Liquid layouts (the page layout inside <c>base</c>), with the
/// views a real build made. One thread, one page after another; results are per page.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class TemplateBenchmarks
{
    private const int ArticleCount = 300;

    private BenchmarkCorpus _corpus = null!;
    private BuildContext _context = null!;
    private SiteView _site = null!;
    private OutputPage[] _articlePages = [];
    private OutputPage[] _otherPages = [];

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchmarkCorpus.Create(ArticleCount);
        _context = _corpus.BuildInMemory().Context;
        _site = new ViewFactory(_context).Site();
        _articlePages = _context.OutputPages.Where(p => p.Kind == PageKind.Article).ToArray();
        _otherPages = _context.OutputPages.Where(p => p.Kind is not (PageKind.Article or PageKind.Redirect)).ToArray();
        if (_articlePages.Length != ArticleCount)
            throw new InvalidOperationException($"Expected {ArticleCount} article pages, got {_articlePages.Length}.");
        Console.WriteLine($"// Setup: {_articlePages.Length} article pages, {_otherPages.Length} listing and index pages.");
        TieredWarmup.Run(() =>
        {
            ArticlePage();
            ListingPages();
        });
    }

    [GlobalCleanup]
    public void Cleanup() => _corpus.Dispose();

    /// <summary>An article page: header, breadcrumbs, body, FAQ, sources, related cards, JSON-LD, footer.</summary>
    [Benchmark(OperationsPerInvoke = ArticleCount)]
    public int ArticlePage() => RenderAll(_articlePages);

    /// <summary>Every other page once (home, blog pages, categories, tags, authors, search, 404): the whole set per operation.</summary>
    [Benchmark]
    public int ListingPages() => RenderAll(_otherPages);

    private int RenderAll(OutputPage[] pages)
    {
        var diagnostics = new DiagnosticBag();
        var total = 0;
        foreach (var page in pages)
        {
            var html = _context.Theme.Render(page.Layout, page.View, _site, diagnostics, page.Source?.SourcePath ?? page.OutputPath)
                ?? throw new InvalidOperationException($"Rendering {page.OutputPath} failed.");
            total += html.Length;
        }
        return total;
    }
}
