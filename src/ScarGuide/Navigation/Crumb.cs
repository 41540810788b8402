namespace ScarGuide.Navigation;

/// <summary>One step of a breadcrumb trail; <see cref="UrlPath"/> is null for the current page.</summary>
public sealed record Crumb(string Name, string? UrlPath);
