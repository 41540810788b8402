using ScarGuide.Bench.Corpus;
using ScarGuide.IO;
using ScarGuide.Pipeline;

namespace ScarGuide.Benchmarks.Infrastructure;

/// <summary>
/// A generated input folder in a temporary directory, built from the deterministic corpus generator, plus
/// the bundled theme of this repository. Dispose deletes the folder.
/// </summary>
public sealed class BenchmarkCorpus : IDisposable
{
    /// <summary>"Now" for every benchmark build: after the generator's last article date, so every article is published.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private BenchmarkCorpus(string root, int articleCount)
    {
        Root = root;
        ArticleCount = articleCount;
    }

    /// <summary>The temporary folder holding <c>input/</c>.</summary>
    public string Root { get; }

    public int ArticleCount { get; }

    public string InputDirectory => Path.Combine(Root, "input");

    /// <summary>Generates <paramref name="articleCount"/> articles with the generator's default seed.</summary>
    public static BenchmarkCorpus Create(int articleCount, int seed = CorpusGenerator.DefaultSeed)
    {
        var root = Path.Combine(Path.GetTempPath(), $"scarguide-bench-{articleCount}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        CorpusGenerator.Generate(Path.Combine(root, "input"), articleCount, seed);
        return new BenchmarkCorpus(root, articleCount);
    }

    /// <summary>Build options for this corpus and the repository's theme, with a fixed clock.</summary>
    public BuildOptions Options(bool parallel = true) => new()
    {
        RootDirectory = Root,
        InputDirectory = InputDirectory,
        ThemeDirectory = RepositoryRoot.Theme,
        Parallel = parallel,
        Now = Now,
    };

    /// <summary>Builds the whole site into memory once and fails loudly if the build reports an error.</summary>
    public BuildResult BuildInMemory(bool parallel = true)
    {
        var result = SiteBuilder.Build(Options(parallel), new MemoryOutput());
        EnsureSucceeded(result);
        return result;
    }

    public static void EnsureSucceeded(BuildResult result)
    {
        if (result.Succeeded) return;
        var first = result.Diagnostics.Where(d => d.IsError).Take(5).Select(d => $"{d.File}:{d.Line}: {d.Code}: {d.Message}");
        throw new InvalidOperationException($"The benchmark build failed with {result.ErrorCount} error(s):\n{string.Join('\n', first)}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless; never let cleanup fail a benchmark run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
