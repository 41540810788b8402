namespace ScarGuide.Navigation;

/// <summary>Validates old URLs from <c>aliases:</c> so none can write outside the output folder.</summary>
public static class Aliases
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "lpt1", "lpt2", "lpt3", ".git", ".github", "assets",
    };

    /// <summary>Returns the site path (<c>old/path/</c>) or null when the alias is unsafe or malformed.</summary>
    public static string? Normalize(string alias)
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
        if (segments[^1].EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            segments = segments[..^1].Append(Path.GetFileNameWithoutExtension(segments[^1])).ToArray();
        return string.Join('/', segments) + "/";
    }
}
