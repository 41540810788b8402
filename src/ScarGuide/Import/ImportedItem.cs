namespace ScarGuide.Import;

/// <summary>Whether an imported item becomes an article (<c>input/articles/</c>) or a page (<c>input/pages/</c>).</summary>
internal enum ImportedKind { Article, Page }

/// <summary>One question and its answer, for <c>faq:</c>.</summary>
internal sealed record ImportedFaq(string Question, string Answer);

/// <summary>
/// One post or page as read from another generator, ready for <see cref="SiteWriter"/>: the front matter fields
/// ScarGuide knows and the body already in Markdown. Lists are kept in the order the source gave them.
/// </summary>
internal sealed class ImportedItem
{
    public required ImportedKind Kind { get; init; }
    /// <summary>The file name without <c>.md</c> (and without a language suffix); also the new address.</summary>
    public required string Slug { get; set; }
    public required string Title { get; init; }
    public string Description { get; set; } = "";
    public DateTimeOffset? Date { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Author { get; set; }
    public string? Reviewer { get; set; }
    public DateTimeOffset? Reviewed { get; set; }
    public List<string> Categories { get; init; } = [];
    public List<string> Tags { get; init; } = [];
    public string? Image { get; set; }
    public string? ImageAlt { get; set; }
    public List<ImportedFaq> Faq { get; init; } = [];
    public List<string> Aliases { get; init; } = [];
    public bool Draft { get; init; }
    public bool Noindex { get; set; }
    /// <summary>A language code other than the site's default (written as <c>slug.code.md</c>), or null.</summary>
    public string? Language { get; set; }
    public string Body { get; set; } = "";
    /// <summary>Where it came from, as the report names it (<c>post 12 "Title"</c>, <c>_posts/x.md</c>).</summary>
    public required string Origin { get; init; }
}

/// <summary>A person for <c>authors.yml</c>.</summary>
internal sealed record ImportedPerson(string Key, string Name, string? Bio, string? Credentials = null);

/// <summary>A file to copy into <c>input/</c> (an image), from a local path.</summary>
internal sealed record ImportedFile(string SitePath, string SourcePath);

/// <summary>What an importer read: the items, people, files, and the report that goes with them.</summary>
internal sealed class ImportResult
{
    public List<ImportedItem> Items { get; } = [];
    public List<ImportedPerson> People { get; } = [];
    public SortedDictionary<string, ImportedFile> Files { get; } = new(StringComparer.Ordinal);
    public ImportReport Report { get; }
    /// <summary>Other languages found (codes), beyond the default; written to site.yml as <c>languages:</c>.</summary>
    public SortedSet<string> Languages { get; } = new(StringComparer.Ordinal);
    public string DefaultLanguage { get; set; } = "en";
    public string SiteTitle { get; set; } = "";
    public string SiteDescription { get; set; } = "";
    public string? BaseUrl { get; set; }
    /// <summary>The date used for dates the scaffold needs (the newest date in the source, so a rerun writes the same bytes).</summary>
    public DateTimeOffset Stamp { get; set; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public ImportResult(string source) => Report = new ImportReport(source);
}

/// <summary>An export that cannot be read, with the line and what is wrong.</summary>
internal sealed class ImportException(string message) : Exception(message);
