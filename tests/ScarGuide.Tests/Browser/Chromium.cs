namespace ScarGuide.Tests.Browser;

/// <summary>
/// Where the browser tests find Chromium: <c>SCARGUIDE_CHROMIUM</c> if set, else the Debian package's
/// <c>/usr/bin/chromium</c>. Playwright's own browser download is never used.
/// </summary>
internal static class Chromium
{
    public const string EnvironmentVariable = "SCARGUIDE_CHROMIUM";

    public const string DefaultPath = "/usr/bin/chromium";

    public static string ExecutablePath { get; } = Resolve();

    public static bool IsAvailable => File.Exists(ExecutablePath);

    public static string SkipReason =>
        $"Chromium not found at {ExecutablePath} (install the Debian package chromium or set {EnvironmentVariable})";

    /// <summary>Quiet, reproducible, offline: no background traffic that could show up as a failed request.</summary>
    public static readonly string[] Arguments =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    private static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured.Trim();
    }
}

/// <summary>A fact that runs only when Chromium exists; otherwise it is skipped with a message saying how to get it.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsAvailable) Skip = Chromium.SkipReason;
    }
}

/// <summary>A theory that runs only when Chromium exists; otherwise it is skipped with a message saying how to get it.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!Chromium.IsAvailable) Skip = Chromium.SkipReason;
    }
}
