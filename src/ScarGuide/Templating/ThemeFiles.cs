using ScarGuide.Pipeline;

namespace ScarGuide.Templating;

/// <summary>
/// One file of a theme, by its path inside the theme (<c>partials/footer.liquid</c>, <c>assets/css/00-base.css</c>):
/// a file in a folder, or a file of the built-in theme that ships inside this library.
/// </summary>
/// <param name="DisplayPath">How diagnostics name it: a path relative to the site, or <c>(built-in theme)/…</c>.</param>
/// <param name="FullPath">The file on disk; null for a built-in file.</param>
public sealed record ThemeFile(string RelativePath, string DisplayPath, string? FullPath)
{
    public byte[] ReadBytes() => FullPath is null ? ThemeFiles.BuiltInBytes(RelativePath) : File.ReadAllBytes(FullPath);

    public string ReadText()
    {
        if (FullPath is not null) return File.ReadAllText(FullPath);
        var bytes = ThemeFiles.BuiltInBytes(RelativePath).AsSpan();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    public long Length => FullPath is null ? ThemeFiles.BuiltInBytes(RelativePath).Length : new FileInfo(FullPath).Length;
}

/// <summary>
/// The files of the theme a build uses, by path inside the theme. Either one folder is the whole theme
/// (<c>--theme</c>), or the built-in theme is the base and a site's <c>theme/</c> folder, when it exists, shadows it
/// file by file, the way Hugo lets a project's <c>layouts/partials/footer.html</c> replace a theme's. Every reader of
/// the theme (layouts, partials, assets) goes through this one listing, so nothing else asks "is this overridden?".
/// </summary>
public sealed class ThemeFiles
{
    /// <summary>The prefix of the built-in theme's resource names (the project file embeds <c>theme/**</c> under it).</summary>
    internal const string ResourcePrefix = "ScarGuide.Theme/";

    /// <summary>How diagnostics name a built-in file: there is no such file in the site to open.</summary>
    public const string BuiltInDisplayPrefix = "(built-in theme)/";

    private static readonly Lazy<IReadOnlyList<string>> BuiltIn = new(() => typeof(ThemeFiles).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..].Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList());

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> BuiltInCache = new(StringComparer.Ordinal);

    private readonly Dictionary<string, ThemeFile> _byPath;

    private ThemeFiles(IEnumerable<ThemeFile> files, string? folder, bool builtIn, Func<string, string>? displayPath = null)
    {
        DisplayPath = displayPath ?? (p => p);
        Files = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        _byPath = Files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        Folder = folder;
        UsesBuiltIn = builtIn;
    }

    /// <summary>How a path on disk is shown in diagnostics (relative to the site).</summary>
    public Func<string, string> DisplayPath { get; }

    /// <summary>Every file, sorted by path inside the theme (ordinal), so readers see a stable order.</summary>
    public IReadOnlyList<ThemeFile> Files { get; }

    /// <summary>The theme folder on disk (whole theme or overrides); it may not exist when the built-in theme is used.</summary>
    public string? Folder { get; }

    /// <summary>True when the built-in theme is the base and <see cref="Folder"/> only overrides some of its files.</summary>
    public bool UsesBuiltIn { get; }

    /// <summary>The paths inside the theme of every built-in file, sorted.</summary>
    public static IReadOnlyList<string> BuiltInPaths => BuiltIn.Value;

    /// <summary>The built-in theme alone, without any site overrides.</summary>
    public static ThemeFiles BuiltInOnly() =>
        new(BuiltIn.Value.Select(p => new ThemeFile(p, BuiltInDisplayPrefix + p, null)), null, builtIn: true);

    /// <summary>The theme for a build: <see cref="BuildOptions.ThemeDirectory"/> alone, or layered over the built-in one.</summary>
    public static ThemeFiles Open(BuildOptions options, Func<string, string> displayPath) =>
        options.BuiltInTheme ? Layered(options.ThemeDirectory, displayPath) : FromFolder(options.ThemeDirectory, displayPath);

    /// <summary>A folder that is a whole theme; missing files are missing (no built-in fallback).</summary>
    public static ThemeFiles FromFolder(string folder, Func<string, string> displayPath) =>
        new(ReadFolder(folder, displayPath), folder, builtIn: false, displayPath);

    /// <summary>The built-in theme with every file of <paramref name="folder"/> (if it exists) replacing the built-in file at the same path.</summary>
    public static ThemeFiles Layered(string folder, Func<string, string> displayPath)
    {
        var files = BuiltIn.Value.ToDictionary(p => p, p => new ThemeFile(p, BuiltInDisplayPrefix + p, null), StringComparer.Ordinal);
        foreach (var file in ReadFolder(folder, displayPath)) files[file.RelativePath] = file;
        return new ThemeFiles(files.Values, folder, builtIn: true, displayPath);
    }

    /// <summary>The files directly or indirectly under <paramref name="folder"/> (<c>"layouts"</c>, <c>"assets"</c>).</summary>
    public IEnumerable<ThemeFile> Under(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return Files.Where(f => f.RelativePath.StartsWith(prefix, StringComparison.Ordinal));
    }

    public ThemeFile? Find(string relativePath) => _byPath.GetValueOrDefault(relativePath);

    /// <summary>True when the theme has a <c>layouts/</c> folder with at least one file.</summary>
    public bool HasLayouts => Under("layouts").Any() || Folder is not null && Directory.Exists(Path.Combine(Folder, "layouts"));

    internal static byte[] BuiltInBytes(string relativePath) => BuiltInCache.GetOrAdd(relativePath, static path =>
    {
        using var stream = typeof(ThemeFiles).Assembly.GetManifestResourceStream(ResourcePrefix + path)
            ?? typeof(ThemeFiles).Assembly.GetManifestResourceStream(ResourcePrefix + path.Replace('/', '\\'))
            ?? throw new FileNotFoundException($"The built-in theme has no file '{path}'.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    // Dot-files (editor swap files, .DS_Store) are never part of a theme.
    private static IEnumerable<ThemeFile> ReadFolder(string folder, Func<string, string> displayPath)
    {
        if (!Directory.Exists(folder)) yield break;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.'))) continue;
            yield return new ThemeFile(relative, displayPath(file), file);
        }
    }
}
