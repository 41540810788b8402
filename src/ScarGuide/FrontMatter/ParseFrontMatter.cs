using System.Collections.Concurrent;
using ScarGuide.Content;
using ScarGuide.Pipeline;
using ScarGuide.Taxonomy;

namespace ScarGuide.FrontMatter;

/// <summary>Per file: splits off the front matter, reads it into typed fields and decides slug, URL and publication.</summary>
public sealed class ParseFrontMatter : PerPageStep<SourceText>
{
    private readonly ConcurrentBag<ContentPage> _parsed = [];

    public override string Name => "front matter";

    protected override IReadOnlyList<SourceText> Items(BuildContext context) => context.Sources;

    protected override void Run(SourceText source, BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        if (string.IsNullOrWhiteSpace(source.Text))
        {
            diagnostics.Error("empty-file", source.SourcePath, 1, 1, "The file is empty.",
                "Start it with front matter (---, title, description, date, author, categories, ---) and then the article text, or delete it.");
            return;
        }

        var split = FrontMatterParser.Split(source.Text, source.SourcePath, diagnostics);
        if (split.Yaml is null)
        {
            if (split.BodyLine == 1 && split.Body.Length > 0)
                diagnostics.Error("front-matter-missing", source.SourcePath, 1, 1, "The file has no front matter.",
                    "Start the file with a line '---', the fields (title, description, ...), and another '---'.");
            return;
        }

        var meta = FrontMatterParser.Parse(split.Yaml, source.SourcePath, diagnostics);
        if (meta is null) return;

        var slug = Slug.From(source.FileKey);
        if (meta.Slug is { } custom)
        {
            if (Slug.IsValid(custom)) slug = custom;
            else
                diagnostics.Error("invalid-slug", source.SourcePath, meta.LineOf("slug"), 1,
                    $"The slug '{custom}' may only hold lower-case letters, digits and hyphens.", $"Write `slug: {Slug.From(custom)}`.");
        }
        if (slug.Length == 0)
        {
            diagnostics.Error("invalid-slug", source.SourcePath, 1, 1, "The file name gives an empty address.",
                "Rename the file with letters or digits, like my-article.md, or set `slug:`.");
            return;
        }

        var options = context.Options;
        var isArticle = source.Kind == ContentKind.Article;
        var scheduled = isArticle && meta.Date is { } date && date > options.Now;
        _parsed.Add(new ContentPage
        {
            Kind = source.Kind,
            SourcePath = source.SourcePath,
            Meta = meta,
            Body = split.Body,
            BodyLine = split.BodyLine,
            FileKey = source.FileKey,
            Slug = slug,
            UrlPath = isArticle ? $"blog/{slug}/" : $"{slug}/",
            IsPublished = (!meta.Draft || options.IncludeDrafts) && (!scheduled || options.IncludeFuture),
        });
    }

    protected override void Complete(BuildContext context) =>
        context.Content = _parsed.OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
}
