namespace ScarGuide.Configuration;

/// <summary>
/// One language of a multilingual site (<c>languages:</c> in site.yml). The first is the default: its pages stay at
/// the root, every other language's go under <c>/&lt;code&gt;/</c>.
/// </summary>
/// <param name="Code">A BCP 47 tag as written (<c>en</c>, <c>es</c>, <c>es-US</c>): what <c>hreflang</c>, <c>lang</c> and file names use.</param>
/// <param name="Name">The language's name in itself (<c>Español</c>), for the switcher.</param>
/// <param name="Direction"><c>ltr</c> or <c>rtl</c>.</param>
public sealed record LanguageConfig(string Code, string Name, string Direction, string? Title, string? Description, int Line)
{
    /// <summary>The folder and address prefix of the language's pages: <c>es/</c>, or empty for the default language.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>The language's own <c>navigation:</c>, or null to follow the default language's, translated page by page.</summary>
    public IReadOnlyList<NavItem>? Navigation { get; init; }
}

/// <summary>What happens to a translation whose source was medically reviewed again after it was translated (<c>translations: { stale: … }</c>).</summary>
public enum StaleTranslationPolicy
{
    /// <summary>A warning in <c>check</c> and a notice on the page.</summary>
    Warn,

    /// <summary>As <see cref="Warn"/>, and the page is kept out of search engines until it is brought up to date.</summary>
    Noindex,

    /// <summary>The build refuses to publish until the translation is updated.</summary>
    Error,
}
