namespace ScarGuide.Images;

/// <summary>One-time libvips settings for a build process.</summary>
internal static class Vips
{
    private static readonly Lazy<bool> Once = new(() =>
    {
        // libvips' operation cache would keep decoded photos alive after their variants are written: memory grows
        // with the site for no gain (each source is opened once per build).
        NetVips.Cache.Max = 0;
        NetVips.Cache.MaxMem = 0;
        NetVips.Cache.MaxFiles = 0;
        // Photos are encoded several at a time, one per core: libvips' own threads would only compete with them.
        NetVips.NetVips.Concurrency = 1;
        // A damaged photo becomes one diagnostic naming the file; libvips' own warnings would only repeat it, unsorted, on stderr.
        NetVips.Log.SetLogHandler("VIPS", NetVips.Enums.LogLevelFlags.Warning, static (_, _, _) => { });
        return true;
    });

    public static void Setup() => _ = Once.Value;

    /// <summary>Part of every cache key: another libvips may encode the same parameters differently.</summary>
    public static string Version => VersionText.Value;

    // Asked once: every variant's key includes it (16 per photo), and each part is a call into libvips.
    private static readonly Lazy<string> VersionText = new(() =>
        Once.Value ? NetVips.NetVips.Version(0) + "." + NetVips.NetVips.Version(1) + "." + NetVips.NetVips.Version(2) : "");
}
