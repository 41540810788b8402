using BenchmarkDotNet.Attributes;
using ScarGuide.Benchmarks.Infrastructure;
using ScarGuide.IO;
using ScarGuide.Pipeline;

namespace ScarGuide.Benchmarks;

/// <summary>
/// A whole build of a 1,000-article corpus into memory: every step from reading the files to writing the
/// platform files, with and without per-page parallelism. The input files stay in the OS file cache.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class WholeBuildBenchmarks
{
    private const int ArticleCount = 1000;

    private BenchmarkCorpus _corpus = null!;
    private BuildOptions _options = null!;

    [Params(true, false)]
    public bool Parallel { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchmarkCorpus.Create(ArticleCount);
        _options = _corpus.Options(Parallel);
        // One checked build first: a corpus that fails to build would otherwise be timed as a fast failure.
        BenchmarkCorpus.EnsureSucceeded(SiteBuilder.Build(_options, new MemoryOutput()));
    }

    [GlobalCleanup]
    public void Cleanup() => _corpus.Dispose();

    [Benchmark]
    public int Build() => SiteBuilder.Build(_options, new MemoryOutput()).Context.OutputPages.Count;
}
