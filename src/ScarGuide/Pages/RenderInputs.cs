using System.Security.Cryptography;
using System.Text.Json;
using ScarGuide.Pipeline;
using ScarGuide.Templating;

namespace ScarGuide.Pages;

/// <summary>
/// Everything rendering a page reads, as keys that a build with memory compares with the last build's: one for
/// what every page shares (theme, site settings, site-wide values) and one per page (its view and the data behind
/// its JSON-LD). Each is the SHA-256 of the values serialized as JSON, so any property added to a view later is
/// part of the key without anyone listing it. Only builds with memory (the preview) compute them.
/// </summary>
internal static class RenderInputs
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = false, MaxDepth = 128 };

    /// <summary>What every page's rendering reads besides its own view.</summary>
    public static string Site(BuildContext context) =>
        Hash(new SiteInputs(context.Theme.Fingerprint, new ViewFactory(context).Site(), context.Config));

    /// <summary>What one page's rendering reads besides <see cref="Site"/>; the JSON-LD is derived from the same values.</summary>
    public static string Page(OutputPage page) => page.InputsKey ??= Hash(new PageInputs(
        page.Kind, page.Layout, page.Source?.SourcePath, page.Crumbs, page.Person, page.Source?.Author, page.Source?.Reviewer, page.View));

    private static string Hash<T>(T value) => Convert.ToBase64String(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, Json)));

    private sealed record SiteInputs(string Theme, SiteView Site, Configuration.SiteConfig Config);

    private sealed record PageInputs(
        PageKind Kind, string Layout, string? SourcePath, IReadOnlyList<Navigation.Crumb> Crumbs,
        Configuration.Person? Person, Configuration.Person? Author, Configuration.Person? Reviewer, PageView View);
}
