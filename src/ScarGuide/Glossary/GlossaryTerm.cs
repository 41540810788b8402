using ScarGuide.Diagnostics;
using ScarGuide.FrontMatter;
using ScarGuide.Taxonomy;

namespace ScarGuide.Glossary;

/// <summary>One entry of <c>input/glossary.yml</c>: a term patients meet, its plain-words definition, and other names for it.</summary>
public sealed record GlossaryTerm(string Term, string Slug, string Definition, IReadOnlyList<string> Synonyms, int Line)
{
    /// <summary>The term and its synonyms: any of them, first used in an article, links to the definition.</summary>
    public IEnumerable<string> Names => Synonyms.Prepend(Term);
}

/// <summary>Reads <c>glossary.yml</c>: under <c>terms:</c>, a list of <c>term</c>, <c>definition</c> and optional <c>synonyms</c>.</summary>
public static class GlossaryReader
{
    private static readonly string[] Keys = ["term", "definition", "synonyms"];

    public static IReadOnlyList<GlossaryTerm> Read(string? text, string file, DiagnosticBag diagnostics)
    {
        if (text is null) return [];
        var root = YamlValues.ParseMapping(text, file, 0, diagnostics, "glossary");
        if (root is null) return [];
        var v = new YamlValues(root, file, 0, diagnostics);
        foreach (var key in v.Keys().Where(k => k != "terms"))
            diagnostics.Warning("unknown-key", file, v.LineOfKey(key), 1, $"'{key}' is not a glossary setting.", "List the entries under `terms:`.");
        var terms = new List<GlossaryTerm>();
        var names = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in v.MapList("terms", "- term: \"Collagen\"  definition: \"A protein that ...\""))
        {
            var line = v.LineOf(entry.Map);
            foreach (var key in entry.Keys().Where(k => !Keys.Contains(k, StringComparer.Ordinal)))
                diagnostics.Warning("unknown-key", file, entry.LineOfKey(key), 1,
                    $"'{key}' is not a field of a glossary entry" + (Spelling.Closest(key, Keys, 2) is { } close ? $". Did you mean '{close}'?" : "."),
                    "A glossary entry has term, definition and synonyms.");
            var term = entry.String("term");
            var definition = entry.String("definition");
            if (string.IsNullOrWhiteSpace(term) || string.IsNullOrWhiteSpace(definition))
            {
                diagnostics.Error("glossary-incomplete", file, line, 1, "A glossary entry needs a 'term' and a 'definition'.",
                    "Write `- term: \"Collagen\"` and `definition: \"A protein that gives skin its strength.\"`.");
                continue;
            }
            var item = new GlossaryTerm(term, Slug.From(term), definition, entry.StringList("synonyms"), line);
            foreach (var name in item.Names)
            {
                if (names.TryGetValue(name, out var first))
                    diagnostics.Error("glossary-duplicate", file, line, 1,
                        $"'{name}' is already in the glossary (the entry for '{first.Term}', line {first.Line}).",
                        "Keep one entry for it; list other names as `synonyms` of that entry.");
                else names[name] = item;
            }
            terms.Add(item);
        }
        return terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
    }

}
