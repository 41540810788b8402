using ScarGuide.Content;

namespace ScarGuide.Taxonomy;

/// <summary>A category or tag with its articles, newest first.</summary>
public sealed record Term(string Name, string Slug, IReadOnlyList<ContentPage> Articles);

/// <summary>The categories and tags of the published articles, each sorted by name.</summary>
public sealed record Taxonomies(IReadOnlyList<Term> Categories, IReadOnlyList<Term> Tags)
{
    public static readonly Taxonomies Empty = new([], []);

    private readonly Dictionary<string, Term> _categoryByName = Index(Categories);
    private readonly Dictionary<string, Term> _tagByName = Index(Tags);

    public Term? Category(string name) => _categoryByName.GetValueOrDefault(Slug.From(name));

    public Term? Tag(string name) => _tagByName.GetValueOrDefault(Slug.From(name));

    private static Dictionary<string, Term> Index(IReadOnlyList<Term> terms)
    {
        var map = new Dictionary<string, Term>(StringComparer.Ordinal);
        foreach (var t in terms) map.TryAdd(t.Slug, t);
        return map;
    }
}
