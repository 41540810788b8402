using ScarGuide.Pages;
using System.Security.Cryptography;
using System.Text;
using ScarGuide.Pipeline;

namespace ScarGuide.Assets;

/// <summary>
/// Bundles the theme's CSS into one minified, fingerprinted file (<c>assets/site.3fa9c2d1.css</c>) and fingerprints
/// each script, so CDNs can cache them forever. Runs before pages are planned: templates link the fingerprinted names.
/// </summary>
public sealed class ProcessAssets : IStep
{
    public string Name => "assets";

    public void Run(BuildContext context)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        // In path order, as a folder walk gives them: the CSS bundle's order is the files' names (00-base.css first).
        var assets = context.ThemeFiles.Under("assets").ToList();

        var css = assets.Where(f => f.RelativePath.EndsWith(".css", StringComparison.OrdinalIgnoreCase)).Select(f => f.ReadText()).ToList();
        if (css.Count > 0)
            paths["css"] = Write(context, SitePaths.Assets + "site", ".css", MinifyCss(string.Join("\n", css)));

        foreach (var file in assets.Where(f => f.RelativePath.EndsWith(".js", StringComparison.OrdinalIgnoreCase)))
        {
            var name = Path.GetFileNameWithoutExtension(file.RelativePath);
            if (paths.ContainsKey(name))
            {
                context.Diagnostics.Warning("asset-name-clash", file.DisplayPath, 0, 0,
                    $"Another script is also named '{name}.js'; only the first is linked as site.{name}.", "Give each script a distinct file name.");
                continue;
            }
            paths[name] = Write(context, SitePaths.Assets + name, ".js", MinifyJs(file.ReadText()));
        }

        var favicon = assets.FirstOrDefault(f => Path.GetFileName(f.RelativePath).StartsWith("favicon.", StringComparison.Ordinal));
        if (favicon is not null) paths["favicon"] = favicon.RelativePath;
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

    /// <summary>
    /// Removes comments and needless white space. Quoted strings (<c>content: "a, b"</c>) are copied untouched.
    /// </summary>
    public static string MinifyCss(string css)
    {
        var sb = new StringBuilder(css.Length);
        var pendingSpace = false;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var close = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? css.Length : close + 1;
                pendingSpace = true;
                continue;
            }
            if (c is '"' or '\'')
            {
                FlushSpace(sb, ref pendingSpace, c);
                var j = i + 1;
                while (j < css.Length && css[j] != c) j += css[j] == '\\' ? 2 : 1;
                sb.Append(css, i, Math.Min(j + 1, css.Length) - i);
                i = j;
                continue;
            }
            if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
            if (c is '{' or '}' or ';' or ',' or '>')
            {
                // No space is needed on either side of these.
                if (c == '}' && sb.Length > 0 && sb[^1] == ';') sb.Length--;
                sb.Append(c);
                pendingSpace = false;
                continue;
            }
            FlushSpace(sb, ref pendingSpace, c);
            sb.Append(c);
        }
        return sb.ToString().Trim() + "\n";
    }

    private static void FlushSpace(StringBuilder sb, ref bool pendingSpace, char next)
    {
        if (pendingSpace && sb.Length > 0 && sb[^1] is not ('{' or '}' or ';' or ',' or '>')) sb.Append(' ');
        pendingSpace = false;
    }

    /// <summary>
    /// Conservative: drops blank lines, whole-line <c>//</c> comments and indentation, but never inside a template
    /// literal. Anything more needs a real JavaScript parser to be safe around strings and regular expressions.
    /// </summary>
    public static string MinifyJs(string js)
    {
        var sb = new StringBuilder(js.Length);
        var inTemplate = false;
        foreach (var raw in js.Split('\n'))
        {
            if (inTemplate)
            {
                sb.Append(raw).Append('\n');
            }
            else
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
                sb.Append(line).Append('\n');
            }
            if (CountsTemplateQuotes(raw)) inTemplate = !inTemplate;
        }
        return sb.ToString();
    }

    /// <summary>True when a line opens or closes a template literal (an odd number of unescaped backticks outside quotes).</summary>
    private static bool CountsTemplateQuotes(string line)
    {
        var count = 0;
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\') { i++; continue; }
            if (quote is not null) { if (c == quote) quote = null; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c == '`') count++;
        }
        return count % 2 == 1;
    }
}
