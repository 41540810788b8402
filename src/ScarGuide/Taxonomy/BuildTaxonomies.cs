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
        var bySlug = new SortedDictionary<string, List<(string Name, ContentPage Article)>>(StringComparer.Ordinal);
        var seen = new HashSet<(string Slug, ContentPage Article)>();
        foreach (var article in context.Articles)
        {
            foreach (var name in names(article).Distinct(StringComparer.Ordinal))
            {
                var slug = Slug.From(name);
                if (slug.Length == 0)
                {
                    context.Diagnostics.Error("term-slug", article.SourcePath, article.Meta.LineOf(key), 1,
                        $"The {noun} '{name}' has no letters or digits to make an address from.", $"Give the {noun} a name with letters.");
                    continue;
                }
                if (!bySlug.TryGetValue(slug, out var list)) bySlug[slug] = list = [];
                if (seen.Add((slug, article))) list.Add((name, article));
            }
        }

        var terms = new List<Term>(bySlug.Count);
        foreach (var (slug, entries) in bySlug)
        {
            // The most used spelling wins; ties go to the ordinal-first, so the choice is stable.
            var spellings = entries.GroupBy(e => e.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            var name = spellings[0].Key;
            foreach (var other in spellings.Skip(1))
            {
                foreach (var (_, article) in other)
                    context.Diagnostics.Warning("term-clash", article.SourcePath, article.Meta.LineOf(key), 1,
                        $"The {noun} '{other.Key}' and '{name}' both have the address /blog/{noun}/{slug}/ and are merged as '{name}'.",
                        $"Spell it '{name}' like the other articles.");
            }
            var articles = entries.Select(e => e.Article).Distinct()
                .OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
            terms.Add(new Term(name, slug, articles));
        }
        return terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
    }
}
