using ScarGuide.Configuration;
using ScarGuide.Diagnostics;
using ScarGuide.Pipeline;

namespace ScarGuide.Content;

/// <summary>
/// Per content file: the author and medical reviewer named in front matter, looked up in <c>authors.yml</c>. A
/// reviewer must be listed there with credentials; an author may also be a plain display name.
/// </summary>
public sealed class ResolvePeople : IStep
{
    public string Name => "resolve people";

    public void Run(BuildContext context)
    {
        foreach (var page in context.Content)
        {
            page.Author = Resolve(context, page, page.Meta.Author, "author");
            page.Reviewer = ResolveReviewer(context, page);
        }
    }

    /// <summary>A medical reviewer vouches for the content: a listed person whose qualifications readers can see.</summary>
    private static Person? ResolveReviewer(BuildContext context, ContentPage page)
    {
        var value = page.Meta.Reviewer;
        if (string.IsNullOrWhiteSpace(value)) return null;
        var line = page.Meta.LineOf("reviewer");
        if (!context.Authors.TryGetValue(value, out var person))
        {
            var close = ClosestKey(context, value);
            context.Diagnostics.Error("unknown-reviewer", page.SourcePath, line, 1,
                $"The reviewer '{value}' is not in input/authors.yml; a medical reviewer must be listed there with credentials.",
                close is null ? "Add them to input/authors.yml with `credentials:` (e.g. \"MD, FAAD\") and use their key." : $"Did you mean '{close}'? Keys are listed in input/authors.yml.");
            return new Person(null, value, null, null, null, null, null);
        }
        if (string.IsNullOrWhiteSpace(person.Credentials))
            context.Diagnostics.Error("reviewer-credentials", page.SourcePath, line, 1,
                $"The reviewer '{value}' has no credentials in input/authors.yml, so readers cannot see why they may review medical content.",
                $"Add `credentials:` under {value} in input/authors.yml, e.g. `credentials: \"MD, FAAD\"`.");
        return person;
    }

    private static string? ClosestKey(BuildContext context, string value) =>
        Spelling.Closest(value, context.Authors.Keys.Order(StringComparer.Ordinal), Math.Max(2, value.Length / 3));

    /// <summary>A value that looks like a key (<c>elena-marsh</c>) must exist in authors.yml; anything else is a display name.</summary>
    private static Person? Resolve(BuildContext context, ContentPage page, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (context.Authors.TryGetValue(value, out var person)) return person;
        var looksLikeKey = !value.Contains(' ') && value == value.ToLowerInvariant();
        if (!looksLikeKey) return new Person(null, value, null, null, null, null, null);
        var close = ClosestKey(context, value);
        context.Diagnostics.Error($"unknown-{field}", page.SourcePath, page.Meta.LineOf(field), 1,
            $"The {field} '{value}' is not in input/authors.yml.",
            close is null ? "Add them to input/authors.yml, or write their full name." : $"Did you mean '{close}'? Keys are listed in input/authors.yml.");
        return new Person(null, value, null, null, null, null, null);
    }
}
