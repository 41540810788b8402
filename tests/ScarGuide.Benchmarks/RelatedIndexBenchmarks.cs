using BenchmarkDotNet.Attributes;
using ScarGuide.Benchmarks.Infrastructure;
using ScarGuide.Related;

namespace ScarGuide.Benchmarks;

/// <summary>
/// The related-articles engine on synthetic documents made from the corpus vocabulary: building the index
/// (tokenising, TF-IDF, postings) and finding the related list of every document (<see cref="RelatedIndex.FindAll"/>,
/// which runs in parallel).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class RelatedIndexBenchmarks
{
    private IReadOnlyList<RelatedDocument> _documents = [];
    private RelatedIndex _index = null!;

    [Params(1000, 10000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = SyntheticRelatedDocuments.Generate(Documents);
        _index = RelatedIndex.Build(_documents);
        var sample = _index.Find(_documents[0].Key);
        if (sample.Count == 0)
            throw new InvalidOperationException("The synthetic documents found no related documents; the benchmark would measure nothing.");
    }

    /// <summary>Indexing every document: tokenising title, headings and body, term weights, keyword and term postings.</summary>
    [Benchmark]
    public RelatedIndex Build() => RelatedIndex.Build(_documents);

    /// <summary>The related list of every document (the default 4), on an index built in setup.</summary>
    [Benchmark]
    public int FindAll() => _index.FindAll().Count;
}
