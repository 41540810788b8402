using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ScarGuide.Pipeline;

namespace ScarGuide.Assets;

/// <summary>
/// Bundles the theme's CSS into one minified, fingerprinted file (<c>assets/site.3fa9c2d1.css</c>) and fingerprints
/// each script, so CDNs can cache them forever. Runs before pages are planned: templates link the fingerprinted names.
/// </summary>
public sealed partial class ProcessAssets : IStep
{
    public string Name => "assets";

    public void Run(BuildContext context)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var dir = Path.Combine(context.Options.ThemeDirectory, "assets");
        if (!Directory.Exists(dir))
        {
            context.Assets = new AssetManifest(paths);
            return;
        }

        var css = Directory.EnumerateFiles(dir, "*.css", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).ToList();
        if (css.Count > 0)
            paths["css"] = Write(context, "assets/site", ".css", MinifyCss(string.Join("\n", css)));

        foreach (var file in Directory.EnumerateFiles(dir, "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            paths[name] = Write(context, "assets/" + name, ".js", MinifyJs(File.ReadAllText(file)));
        }

        var favicon = Directory.EnumerateFiles(dir, "favicon.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault();
        if (favicon is not null) paths["favicon"] = "assets/" + Path.GetRelativePath(dir, favicon).Replace('\\', '/');
        context.Assets = new AssetManifest(paths);
    }

    private static string Write(BuildContext context, string stem, string extension, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
        var path = $"{stem}.{hash}{extension}";
        context.Output.Write(path, bytes);
        return path;
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CssComment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*([{};,>])\s*")]
    private static partial Regex CssPunctuation();

    /// <summary>Removes comments and needless white space; safe for plain CSS (no content strings rely on spacing).</summary>
    public static string MinifyCss(string css)
    {
        var text = CssComment().Replace(css, "");
        text = Whitespace().Replace(text, " ");
        text = CssPunctuation().Replace(text, "$1");
        return text.Replace(";}", "}").Trim() + "\n";
    }

    /// <summary>
    /// Conservative: drops blank lines, whole-line // comments and indentation. Anything more needs a real
    /// JavaScript parser to be safe around strings and regular expressions.
    /// </summary>
    public static string MinifyJs(string js)
    {
        var sb = new StringBuilder(js.Length);
        foreach (var raw in js.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            sb.Append(line).Append('\n');
        }
        return sb.ToString();
    }
}
