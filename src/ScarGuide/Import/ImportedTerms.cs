using ScarGuide.Taxonomy;

namespace ScarGuide.Import;

/// <summary>Categories and tags ScarGuide can give an address; an article without a category is filed under "Uncategorized".</summary>
internal static class ImportedTerms
{
    public static void Clean(ImportedItem item, ImportReport report)
    {
        foreach (var list in new[] { item.Categories, item.Tags })
        {
            var dropped = list.Where(t => Slug.From(t).Length == 0).ToList();
            foreach (var t in dropped)
                report.Note(SiteWriter.ItemPath(item), $"the term \"{t}\" has no Latin letters or digits to make an address from and was left out; give it a name that has");
            list.RemoveAll(t => Slug.From(t).Length == 0);
        }
        if (item.Kind == ImportedKind.Article && item.Categories.Count == 0) item.Categories.Add("Uncategorized");
    }
}
