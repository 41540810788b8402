using ScarGuide.Templating;

namespace ScarGuide.Tests.Templating;

/// <summary>The views templates may read are listed in the theme, not found by scanning the assembly at every start.</summary>
public sealed class ViewTypesTests
{
    [Fact]
    public void Every_view_in_the_templating_namespace_is_listed_and_nothing_else()
    {
        // What the theme used to register by scanning: a view added to Views.cs but not to the list would render empty.
        var scanned = typeof(Theme).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(PageView).Namespace && t.Name.EndsWith("View", StringComparison.Ordinal) || t == typeof(PagerLink))
            .Select(t => t.FullName!).Order(StringComparer.Ordinal);
        Assert.Equal(scanned, Theme.ViewTypes.Select(t => t.FullName!).Order(StringComparer.Ordinal));
    }
}
