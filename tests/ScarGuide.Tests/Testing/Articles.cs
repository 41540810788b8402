namespace ScarGuide.Tests.Testing;

/// <summary>Builds article files for inline test sites: valid front matter by default, any field overridable.</summary>
internal static class Articles
{
    /// <summary>
    /// A complete, valid article. <paramref name="fields"/> lines replace defaults with the same key
    /// (e.g. <c>"tags: [\"acne\"]"</c>); a key with an empty value (<c>"image:"</c>) removes it.
    /// </summary>
    public static string Md(string title, string body = "Some text about scars.\n", params string[] fields)
    {
        var defaults = new List<(string Key, string Line)>
        {
            ("title", $"title: \"{title}\""),
            ("description", $"description: \"What to know about {title}, in a description long enough for search results.\""),
            ("date", "date: 2026-03-14"),
            ("author", "author: jane"),
            ("reviewer", "reviewer: dr-lee"),
            ("reviewed", "reviewed: 2026-06-01"),
            ("categories", "categories: [\"Scar Removal\"]"),
        };
        var lines = defaults.ToDictionary(d => d.Key, d => d.Line);
        var order = defaults.Select(d => d.Key).ToList();
        foreach (var field in fields)
        {
            var key = field.Split(':', 2)[0].Trim();
            if (!order.Contains(key)) order.Add(key);
            lines[key] = field.Trim().EndsWith(':') ? "" : field;
        }
        var front = string.Join("\n", order.Select(k => lines[k]).Where(l => l.Length > 0));
        return $"---\n{front}\n---\n{body}";
    }
}
