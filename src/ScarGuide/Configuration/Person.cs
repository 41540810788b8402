namespace ScarGuide.Configuration;

/// <summary>An author or medical reviewer, from <c>authors.yml</c> or a plain display name.</summary>
/// <param name="Key">The authors.yml key, or null for a plain display name (no author page).</param>
public sealed record Person(string? Key, string Name, string? Credentials, string? JobTitle, string? Bio, string? Image, string? Url)
{
    public string DisplayName => string.IsNullOrEmpty(Credentials) ? Name : $"{Name}, {Credentials}";

    /// <summary><c>translations: { es: { job_title, bio } }</c> in authors.yml: the person's words in other languages.</summary>
    public IReadOnlyDictionary<string, (string? JobTitle, string? Bio)> Translations { get; init; } =
        new Dictionary<string, (string? JobTitle, string? Bio)>();

    /// <summary>The person as shown in <paramref name="language"/>: its job title and bio where authors.yml gives them (else as written).</summary>
    public Person In(string language) =>
        Translations.TryGetValue(language, out var t) || Translations.TryGetValue(Translation.LanguageCodes.BaseOf(language), out t)
            ? this with { JobTitle = t.JobTitle ?? JobTitle, Bio = t.Bio ?? Bio, Translations = Translations }
            : this;
}
