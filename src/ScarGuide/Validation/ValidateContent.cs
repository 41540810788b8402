using ScarGuide.Configuration;
using ScarGuide.Content;
using ScarGuide.Diagnostics;
using ScarGuide.Markdown;
using ScarGuide.Navigation;
using ScarGuide.Pipeline;

namespace ScarGuide.Validation;

/// <summary>
/// Site-wide checks on front matter once every file is parsed and its people resolved: required fields, images,
/// duplicates, aliases, review dates and editorial limits. Reports only; SelectPublished decides what is published.
/// </summary>
public sealed partial class ValidateContent : IStep
{
    private static readonly string[] BadAltStarts = ["image of", "picture of", "photo of", "an image of", "a picture of", "a photo of"];

    public string Name => "validate content";

    public void Run(BuildContext context)
    {
        // A set, not a search of the list per page: a site with a photo per article has as many files as pages.
        var files = context.StaticFiles.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal);
        // Each page's checks read only that page (and write only its own review state): in parallel, as a large archive
        // reports thousands of overdue reviews; the diagnostics are sorted before they are shown.
        context.Work.ForEach(context.Content, page =>
        {
            CheckRequired(context, page);
            CheckImage(context, page, files);
            CheckEditorial(context, page);
            if (page.IsArticle) CheckReview(context, page);
        });
        CheckDuplicates(context);
        CheckTreatments(context);
    }

    private static void CheckRequired(BuildContext context, ContentPage page)
    {
        var d = context.Diagnostics;
        var meta = page.Meta;
        void Missing(string key, string example) =>
            d.Error("missing-field", page.SourcePath, 1, 1, $"The required field '{key}' is missing or empty.", $"Add `{key}: {example}` to the front matter.");

        if (meta.Title.Length == 0) Missing("title", "\"Title of the article\"");
        if (meta.Description.Length == 0) Missing("description", "\"One or two sentences about the article.\"");
        if (!page.IsArticle) return;
        if (meta.Date is null && !meta.KeyLines.ContainsKey("date")) Missing("date", "2026-03-14");
        if (string.IsNullOrWhiteSpace(meta.Author)) Missing("author", "author-key-from-authors-yml");
        if (meta.Categories.Count == 0 && !meta.KeyLines.ContainsKey("categories")) Missing("categories", "[\"Scar Removal\"]");
        else if (meta.Categories.Count == 0)
            d.Error("missing-field", page.SourcePath, meta.LineOf("categories"), 1, "'categories' needs at least one category.", "Write `categories: [\"Scar Removal\"]`.");
        if (meta.Updated is { } updated && meta.Date is { } date && updated < date)
            d.Warning("updated-before-date", page.SourcePath, meta.LineOf("updated"), 1,
                "'updated' is earlier than the published 'date'.", "Set 'updated' to the day of the last substantive change, after 'date'.");
    }

    private static void CheckImage(BuildContext context, ContentPage page, HashSet<string> files)
    {
        var meta = page.Meta;
        var d = context.Diagnostics;
        if (meta.Image is null)
        {
            if (meta.ImageAlt is not null)
                d.Warning("alt-without-image", page.SourcePath, meta.LineOf("image_alt"), 1, "'image_alt' is set but there is no 'image'.", "Add `image:` or remove `image_alt:`.");
            return;
        }
        var line = meta.LineOf("image");
        if (!MarkdownRenderer.IsExternal(meta.Image) && !files.Contains(meta.Image.TrimStart('/')))
            d.Error("missing-image", page.SourcePath, line, 1, $"The image '{meta.Image}' does not exist.",
                "Put the file under input/images/ and write its path like /images/name.svg.");

        var alt = meta.ImageAlt?.Trim();
        var altLine = meta.KeyLines.ContainsKey("image_alt") ? meta.LineOf("image_alt") : line;
        if (string.IsNullOrEmpty(alt))
            d.Error("missing-alt", page.SourcePath, altLine, 1, "The image has no alt text ('image_alt').",
                "Describe what the image shows for readers who cannot see it, e.g. `image_alt: \"Close-up of healed acne scars on a cheek\"`.");
        else if (BadAltStarts.Any(s => alt.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            d.Warning("alt-text", page.SourcePath, altLine, 1, "The alt text starts with \"image of\"; screen readers already say it is an image.",
                "Start with what it shows, e.g. \"Microneedling pen on a forearm\".");
        else if (alt.Equals(Path.GetFileName(meta.Image), StringComparison.OrdinalIgnoreCase) || alt.Equals(Path.GetFileNameWithoutExtension(meta.Image), StringComparison.OrdinalIgnoreCase)
                 || FileNamePattern().IsMatch(alt))
            d.Warning("alt-text", page.SourcePath, altLine, 1, "The alt text is a file name, which tells readers nothing.",
                "Describe what the image shows.");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\w-]+\.(svg|png|jpe?g|gif|webp)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FileNamePattern();

    private static void CheckEditorial(BuildContext context, ContentPage page)
    {
        var meta = page.Meta;
        var d = context.Diagnostics;
        if (meta.Title.Length > 60)
            d.Warning("title-length", page.SourcePath, meta.LineOf("title"), 1,
                $"The title is {meta.Title.Length} characters; search results cut titles after about 60.", "Shorten the title to 60 characters or fewer.");
        if (meta.Description.Length > 0 && (meta.Description.Length < 50 || meta.Description.Length > 160))
            d.Warning("description-length", page.SourcePath, meta.LineOf("description"), 1,
                $"The description is {meta.Description.Length} characters; search results show 50 to 160.",
                meta.Description.Length < 50 ? "Say a little more about what the reader will learn." : "Shorten it to 160 characters or fewer.");
        foreach (var alias in meta.Aliases)
        {
            if (Aliases.Normalize(alias) is null)
                d.Error("invalid-alias", page.SourcePath, meta.LineOf("aliases"), 1,
                    $"The alias '{alias}' is not a safe old address (no '..', '\\', '%', ':' or reserved names).",
                    "Write the old address as a path, like /old-article/.");
        }
    }

    /// <summary>
    /// The review cycle: who reviewed, when, and when the next review is due (the interval from site.yml, which an
    /// article may only shorten). Writes <see cref="ContentPage.NextReview"/> and <see cref="ContentPage.HeldUnreviewed"/>.
    /// </summary>
    private static void CheckReview(BuildContext context, ContentPage page)
    {
        var meta = page.Meta;
        var d = context.Diagnostics;
        var config = context.Config;
        var held = config.NoindexUnreviewed ? " Under `unreviewed: noindex` it is kept out of search engines and the sitemap until then." : "";
        if (meta.Reviewer is null)
        {
            d.Warning("no-reviewer", page.SourcePath, 1, 1, "The article has no medical reviewer." + held,
                "Add `reviewer:` (a key in authors.yml) and `reviewed:` with the date of the review.");
            page.HeldUnreviewed = config.NoindexUnreviewed;
            return;
        }
        if (meta.Reviewed is not { } reviewed)
        {
            d.Warning("no-review-date", page.SourcePath, meta.LineOf("reviewer"), 1, "The article names a reviewer but no review date." + held,
                "Add `reviewed: 2026-03-14` with the date of the medical review.");
            page.HeldUnreviewed = config.NoindexUnreviewed;
            return;
        }

        var now = context.Options.Now;
        var line = meta.LineOf("reviewed");
        if (meta.Date is { } date && Day(reviewed) < Day(date))
            d.Error("review-before-date", page.SourcePath, line, 1,
                $"'reviewed' ({Day(reviewed):yyyy-MM-dd}) is before the article's 'date' ({Day(date):yyyy-MM-dd}): the page would say it was reviewed before it was published.",
                "Set `reviewed:` to the day of the review of this version, on or after `date:` (for a scheduled article, its publication day).");
        else if (reviewed > now && page.IsPublished)
            d.Error("review-in-future", page.SourcePath, line, 1,
                $"'reviewed' ({Day(reviewed):yyyy-MM-dd}) is in the future; a review can only be dated on or before today.",
                "Write the day the reviewer actually checked the article.");

        var months = config.ReviewIntervalMonths;
        if (meta.ReviewIntervalMonths is { } own)
        {
            if (own > months)
                d.Error("review-interval", page.SourcePath, meta.LineOf("review_interval_months"), 1,
                    $"'review_interval_months' is {own}, longer than the site's {months}; an article may only be reviewed more often.",
                    $"Use {months} or fewer, or remove the line to follow site.yml.");
            else months = own;
        }
        var due = reviewed.AddMonths(months);
        if (meta.NextReview is { } next)
        {
            if (next <= reviewed || next > due)
                d.Error("next-review", page.SourcePath, meta.LineOf("next_review"), 1,
                    $"'next_review' ({Day(next):yyyy-MM-dd}) must be after 'reviewed' and no later than {Day(due):yyyy-MM-dd} ({months} months after it).",
                    "Pick an earlier date, or remove the line to use the review interval.");
            else due = next;
        }
        page.NextReview = due;

        if (due < now)
        {
            var overdue = (int)Math.Ceiling((now - due).TotalDays);
            d.Add(new Diagnostic(config.StrictReviews ? Severity.Error : Severity.Warning, "review-overdue", page.SourcePath, line, 1,
                $"The medical review is {overdue} days overdue (it was due on {Day(due):yyyy-MM-dd}; reviews are due every {months} months).",
                config.StrictReviews
                    ? "Ask the reviewer to check the article again and update `reviewed:`; `review_policy: strict` blocks publishing until then."
                    : "Ask the reviewer to check the article again and update `reviewed:`."));
        }
    }

    /// <summary>The calendar day as written (a date's own offset), for comparisons by day.</summary>
    private static DateTime Day(DateTimeOffset value) => value.Date;

    /// <summary>A condition's treatments are procedure articles, so its <c>possibleTreatment</c> links to their entities.</summary>
    private static void CheckTreatments(BuildContext context)
    {
        // This language's procedure first, then another language's (a translation's condition may point at an untranslated procedure).
        var articles = context.Content.Where(p => p.IsArticle).ToList();
        if (context.Parent is not null) articles.AddRange(context.Root.Content.Where(p => p.IsArticle));
        var byKey = FileNames.Index(articles);
        foreach (var page in context.Content)
        {
            if (page.Meta.About is not { } about) continue;
            var line = about.KeyLines.GetValueOrDefault("possible_treatments", about.Line);
            foreach (var treatment in about.PossibleTreatments)
            {
                var key = LinkTargets.KeyOf(treatment);
                if (!byKey.TryGetValue(key, out var target))
                {
                    var close = Spelling.Closest(key, byKey.Keys.Order(StringComparer.Ordinal), Math.Max(2, key.Length / 4));
                    context.Diagnostics.Error("about-treatment", page.SourcePath, line, 1,
                        $"The treatment '{treatment}' is not an article.",
                        close is null ? "List procedure articles by file name, e.g. `possible_treatments: [microneedling-for-scars]`." : $"Did you mean '{close}'?");
                }
                else if (target.Meta.About?.Type != Medical.MedicalEntityType.TherapeuticProcedure)
                    context.Diagnostics.Error("about-treatment", page.SourcePath, line, 1,
                        $"The treatment '{treatment}' ({target.SourcePath}) is not about a procedure, so it cannot be a possible treatment.",
                        $"Add `about:` with `type: TherapeuticProcedure` to {target.SourcePath}, or remove it from the list.");
            }
        }
    }

    private static void CheckDuplicates(BuildContext context)
    {
        var d = context.Diagnostics;
        foreach (var group in context.Content.GroupBy(p => p.UrlPath, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                var fromNames = !first.Meta.KeyLines.ContainsKey("slug") && !other.Meta.KeyLines.ContainsKey("slug");
                d.Error("duplicate-url", other.SourcePath, other.Meta.KeyLines.ContainsKey("slug") ? other.Meta.LineOf("slug") : 1, 1,
                    $"This page and {first.SourcePath} have the same address /{other.UrlPath}"
                    + (fromNames ? " (addresses come from file names, with capitals lower-cased and accents removed)." : "."),
                    "Rename one of the two files or set a different `slug:` in one of them.");
            }
        }
        foreach (var key in new[] { "title", "description" })
        {
            var groups = context.Content.Where(p => p.IsPublished)
                .GroupBy(p => key == "title" ? p.Meta.Title : p.Meta.Description, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Key.Length > 0 && g.Count() > 1);
            foreach (var group in groups)
            {
                var first = group.First();
                foreach (var other in group.Skip(1))
                    d.Warning($"duplicate-{key}", other.SourcePath, other.Meta.LineOf(key), 1,
                        $"The {key} is the same as in {first.SourcePath}; search engines may show only one of them.", $"Write a distinct {key}.");
            }
        }
    }
}
