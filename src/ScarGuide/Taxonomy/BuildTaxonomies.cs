using ScarGuide.Content;
using ScarGuide.Pipeline;

namespace ScarGuide.Taxonomy;

/// <summary>Groups published articles by category and tag. Spellings that share a slug are merged and reported.</summary>
public sealed class BuildTaxonomies : IStep
{
    public string Name => "taxonomies";

    public void Run(BuildContext context) =>
        context.Taxonomies = new Taxonomies(
            Build(context, "categories", "category", a => a.Meta.Categories),
            Build(context, "tags", "tag", a => a.Meta.Tags));

    private static List<Term> Build(BuildContext context, string key, string noun, Func<ContentPage, IReadOnlyList<string>> names)
    {
        // Plain dictionaries and lists of references: this step runs on one thread, and LINQ over (name, article) tuples
        // had no precompiled code in the shipped tool (it was compiled, unoptimized, at every start).
        var bySlug = new Dictionary<string, Entries>(StringComparer.Ordinal);
        var slugOf = new Dictionary<string, string>(StringComparer.Ordinal); // a name recurs across many articles
        foreach (var article in context.Articles)
        {
            foreach (var name in names(article).Distinct(StringComparer.Ordinal))
            {
                if (!slugOf.TryGetValue(name, out var slug)) slugOf[name] = slug = Slug.From(name);
                if (slug.Length == 0)
                {
                    context.Diagnostics.Error("term-slug", article.SourcePath, article.Meta.LineOf(key), 1,
                        $"The {noun} '{name}' has no letters or digits to make an address from.", $"Give the {noun} a name with letters.");
                    continue;
                }
                if (!bySlug.TryGetValue(slug, out var entries)) bySlug[slug] = entries = new Entries();
                entries.Add(name, article);
            }
        }

        var slugs = bySlug.Keys.ToArray();
        Array.Sort(slugs, StringComparer.Ordinal);
        var terms = new List<Term>(slugs.Length);
        foreach (var slug in slugs)
        {
            var entries = bySlug[slug];
            // The most used spelling wins; ties go to the ordinal-first, so the choice is stable.
            var spellings = entries.BySpelling.Keys.ToList();
            spellings.Sort((a, b) => entries.BySpelling[b].Count.CompareTo(entries.BySpelling[a].Count) is var byCount and not 0
                ? byCount : string.CompareOrdinal(a, b));
            var name = spellings[0];
            foreach (var other in spellings.Skip(1))
            {
                foreach (var article in entries.BySpelling[other])
                    context.Diagnostics.Warning("term-clash", article.SourcePath, article.Meta.LineOf(key), 1,
                        $"The {noun} '{other}' and '{name}' both have the address /blog/{noun}/{slug}/ and are merged as '{name}'.",
                        $"Spell it '{name}' like the other articles.");
            }
            // Newest first: the order the articles come in (SelectPublished sorts them by date, then slug).
            terms.Add(new Term(name, slug, entries.Articles));
        }
        return terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
    }

    /// <summary>A term's articles (each once) and which of them spell it which way.</summary>
    private sealed class Entries
    {
        public List<ContentPage> Articles { get; } = [];
        public Dictionary<string, List<ContentPage>> BySpelling { get; } = new(StringComparer.Ordinal);

        public void Add(string name, ContentPage article)
        {
            // An article's names are visited together, so one with two spellings of a term is the last one added.
            if (Articles.Count > 0 && ReferenceEquals(Articles[^1], article)) return;
            Articles.Add(article);
            if (!BySpelling.TryGetValue(name, out var list)) BySpelling[name] = list = [];
            list.Add(article);
        }
    }
}
