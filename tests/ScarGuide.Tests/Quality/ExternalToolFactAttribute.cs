namespace ScarGuide.Tests.Quality;

/// <summary>
/// A fact that needs the W3C Nu HTML checker (vnu.jar) and Java. It is skipped only when they are missing, with a
/// message saying how to get them; CI installs both, so there it always runs.
/// </summary>
public sealed class NuCheckerFactAttribute : FactAttribute
{
    public NuCheckerFactAttribute()
    {
        if (NuChecker.Jar is null)
            Skip = "The W3C Nu HTML checker was not found: install it with `npm install vnu-jar` and set SCARGUIDE_VNU to vnu.jar (.ci/run does this).";
        else if (NuChecker.Java is null)
            Skip = "Java was not found on PATH; the Nu HTML checker needs it (apt-get install default-jre-headless).";
    }
}

/// <summary>Locates and runs vnu.jar.</summary>
internal static class NuChecker
{
    public static string? Jar { get; } = FindJar();

    public static string? Java { get; } = FindOnPath("java");

    private static string? FindJar()
    {
        var fromEnv = Environment.GetEnvironmentVariable("SCARGUIDE_VNU");
        if (!string.IsNullOrEmpty(fromEnv)) return File.Exists(fromEnv) ? fromEnv : null;
        var cached = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "scarguide", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        return File.Exists(cached) ? cached : null;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
