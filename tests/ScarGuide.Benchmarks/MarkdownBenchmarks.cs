using BenchmarkDotNet.Attributes;
using ScarGuide.Benchmarks.Infrastructure;
using ScarGuide.Diagnostics;
using ScarGuide.FrontMatter;
using ScarGuide.Markdown;

namespace ScarGuide.Benchmarks;

/// <summary>
/// The per-article parsing steps on generated articles: front matter split and parse, and Markdown rendering
/// (parse, FAQ extraction, headings, link rewriting, HTML and plain text). Run on one thread, one article
/// after another; results are per article (<see cref="BenchmarkAttribute.OperationsPerInvoke"/>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class MarkdownBenchmarks
{
    private const int ArticleCount = 500;

    private BenchmarkCorpus _corpus = null!;
    private Article[] _articles = [];
    private LinkTargets _links = null!;

    private sealed record Article(string File, string Text, string Yaml, string Body, int BodyLine);

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchmarkCorpus.Create(ArticleCount);
        // The real link targets of this corpus (every article's URL by file name), as the build resolves them.
        var context = _corpus.BuildInMemory().Context;
        _links = context.Links;

        var diagnostics = new DiagnosticBag();
        // The build lets go of whole source files once parsed: read the articles again, as the build does.
        _articles = Directory.GetFiles(Path.Combine(_corpus.InputDirectory, "articles"), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var text = File.ReadAllText(path);
                var split = FrontMatterParser.Split(text, path, diagnostics);
                return new Article(path, text, split.Yaml!, split.Body, split.BodyLine);
            })
            .ToArray();
        if (_articles.Length != ArticleCount || diagnostics.HasErrors)
            throw new InvalidOperationException($"Expected {ArticleCount} clean articles, got {_articles.Length}.");

        TieredWarmup.Run(() =>
        {
            FrontMatterSplit();
            FrontMatterParse();
            MarkdownRender();
        });
    }

    [GlobalCleanup]
    public void Cleanup() => _corpus.Dispose();

    /// <summary>Finding the <c>---</c> fences and cutting the file into front matter and body.</summary>
    [Benchmark(OperationsPerInvoke = ArticleCount)]
    public int FrontMatterSplit()
    {
        var diagnostics = new DiagnosticBag();
        var total = 0;
        foreach (var a in _articles)
            total += FrontMatterParser.Split(a.Text, a.File, diagnostics).BodyLine;
        return total;
    }

    /// <summary>Parsing the front matter YAML into typed fields (title, dates, tags, FAQ, sources, ...).</summary>
    [Benchmark(OperationsPerInvoke = ArticleCount)]
    public int FrontMatterParse()
    {
        var diagnostics = new DiagnosticBag();
        var total = 0;
        foreach (var a in _articles)
            total += FrontMatterParser.Parse(a.Yaml, a.File, diagnostics)!.Tags.Count;
        return total;
    }

    /// <summary>Rendering the Markdown body: HTML, headings, FAQ, links and plain text in one parse.</summary>
    [Benchmark(OperationsPerInvoke = ArticleCount)]
    public int MarkdownRender()
    {
        var diagnostics = new DiagnosticBag();
        var total = 0;
        foreach (var a in _articles)
            total += MarkdownRenderer.Render(a.Body, a.File, a.BodyLine, _links, diagnostics).Html.Length;
        return total;
    }
}
