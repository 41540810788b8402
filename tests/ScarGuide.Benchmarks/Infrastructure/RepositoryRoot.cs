namespace ScarGuide.Benchmarks.Infrastructure;

/// <summary>Finds the repository by walking up from the running assembly to the folder holding ScarGuide.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The repository root folder.</summary>
    public static string Path => Root.Value;

    /// <summary>The bundled theme, <c>theme/</c> in the repository.</summary>
    public static string Theme => System.IO.Path.Combine(Root.Value, "theme");

    private static string Find()
    {
        // BenchmarkDotNet runs each benchmark from a generated project under bin/, so walking up always reaches the repository.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ScarGuide.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No ScarGuide.sln above '{AppContext.BaseDirectory}'; run the benchmarks from inside the repository.");
    }
}
