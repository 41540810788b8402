namespace ScarGuide.Configuration;

/// <summary>An author or medical reviewer, from <c>authors.yml</c> or a plain display name.</summary>
/// <param name="Key">The authors.yml key, or null for a plain display name (no author page).</param>
public sealed record Person(string? Key, string Name, string? Credentials, string? JobTitle, string? Bio, string? Image, string? Url)
{
    public string DisplayName => string.IsNullOrEmpty(Credentials) ? Name : $"{Name}, {Credentials}";
}
