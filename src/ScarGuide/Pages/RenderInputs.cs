using ScarGuide.Pipeline;
using ScarGuide.Templating;

namespace ScarGuide.Pages;

/// <summary>
/// Everything rendering a page reads, as key items that a build with memory compares with the last build's: one for
/// what every page shares (theme, site settings, site-wide values) and one per page (its view and the data behind
/// its JSON-LD). Views are made anew on every build, so they compare by content (<see cref="StructuralEquality"/>:
/// every public property, lists item by item), and a property added to a view later is part of the key without
/// anyone listing it. Strings the last build reused (article bodies) are the same objects and compare at once.
/// </summary>
/// <remarks>
/// A key serialized to JSON and hashed was tried first: on a 1,000-article site (1,470 pages) it took 34–55 ms per
/// preview rebuild against 12–21 ms for this comparison, measured side by side, and made an article edit's reload
/// about 1.3× slower.
/// </remarks>
internal static class RenderInputs
{
    /// <summary>What every page's rendering reads besides its own view.</summary>
    public static IContentKey Site(BuildContext context) =>
        new SiteInputs(context.Theme.Fingerprint, context.Strings.Fingerprint, new ViewFactory(context).Site(), context.Config);

    /// <summary>What one page's rendering reads besides <see cref="Site"/>; the JSON-LD is derived from the same values.</summary>
    public static IContentKey Page(OutputPage page) => page.InputsKey ??= new PageInputs(
        page.Kind, page.Layout, page.Source?.SourcePath, page.Crumbs, page.Person, page.Source?.Author, page.Source?.Reviewer, page.View);

    private sealed record SiteInputs(string Theme, string Strings, SiteView Site, Configuration.SiteConfig Config) : IContentKey
    {
        // Every page of a build holds this key and compares it with the few the remembered pages hold: once each.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<object, bool> _compared = new(ReferenceEqualityComparer.Instance);

        public bool SameAs(object other) => _compared.GetOrAdd(other, o => o is SiteInputs s && StructuralEquality.Equal(this, s));
    }

    private sealed record PageInputs(
        PageKind Kind, string Layout, string? SourcePath, IReadOnlyList<Navigation.Crumb> Crumbs,
        Configuration.Person? Person, Configuration.Person? Author, Configuration.Person? Reviewer, PageView View) : IContentKey
    {
        // Structured data and templates both compare this key with the one their last results were made from (the
        // same object): compared once.
        private Tuple<object, bool>? _last;

        public bool SameAs(object other)
        {
            if (_last is { } last && ReferenceEquals(last.Item1, other)) return last.Item2;
            var same = other is PageInputs o && StructuralEquality.Equal(this, o);
            _last = Tuple.Create(other, same);
            return same;
        }
    }
}
