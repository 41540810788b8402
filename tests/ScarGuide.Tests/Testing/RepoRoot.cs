namespace ScarGuide.Tests.Testing;

/// <summary>Finds the repository root (the folder holding ScarGuide.sln) from the test binaries.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ScarGuide.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("ScarGuide.sln not found above " + AppContext.BaseDirectory);
    }
}
