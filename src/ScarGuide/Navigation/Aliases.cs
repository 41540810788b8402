namespace ScarGuide.Navigation;

/// <summary>Where a redirect page is written (<c>old/index.html</c> or <c>old.html</c>) and the URL path it answers.</summary>
public sealed record AliasTarget(string OutputPath, string UrlPath);

/// <summary>Validates old URLs from <c>aliases:</c> so none can write outside the output folder.</summary>
public static class Aliases
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "lpt1", "lpt2", "lpt3", ".git", ".github", "assets",
    };

    /// <summary>Returns where the redirect goes, or null when the alias is unsafe or malformed.</summary>
    public static AliasTarget? Normalize(string alias)
    {
        var text = alias.Trim();
        if (text.Length == 0 || text.Contains('\\') || text.Contains(':') || text.Contains('%') || text.StartsWith("//", StringComparison.Ordinal))
            return null;
        if (text.Any(c => char.IsControl(c) || c is '?' or '#' or '*' or '"' or '<' or '>' or '|'))
            return null;
        var segments = text.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return null;
        foreach (var s in segments)
        {
            if (s is "." or ".." || s.StartsWith('.') || s.EndsWith('.') || Reserved.Contains(s)) return null;
        }
        var path = string.Join('/', segments);
        // An old "page.html" address is served by a file of that name; anything else by a folder's index.html.
        return path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? new AliasTarget(path, path)
            : new AliasTarget(path + "/index.html", path + "/");
    }
}
