using System.Text.RegularExpressions;
using ScarGuide.Content;
using ScarGuide.Diagnostics;
using ScarGuide.FrontMatter;
using ScarGuide.Navigation;
using ScarGuide.Pages;
using ScarGuide.Pipeline;
using ScarGuide.Readability;

namespace ScarGuide.Diff;

/// <summary>One side of a diff: a finished build, the files it wrote and the folder its sources were read from.</summary>
public sealed record BuiltSite(BuildResult Result, IReadOnlyDictionary<string, byte[]> Files, string Label);

/// <summary>How <see cref="CompareSites"/> judges and shows a change.</summary>
/// <param name="PreviewUrl">Where the head site is deployed for review; page addresses are put under it.</param>
/// <param name="ReviewShare">The share of an article's sentences that may change without a new medical review.</param>
/// <param name="Reuse">
/// Build the head with the base build's memory, as the preview does between edits: what did not change is reused
/// instead of made again (the output is the same either way; a test compares the two).
/// </param>
public sealed record DiffSettings(string? PreviewUrl = null, double ReviewShare = MedicalChanges.DefaultShare, bool Reuse = true);

/// <summary>
/// Compares two builds of a site page by page. Pages are matched within a language by <c>translation_key</c> (the file
/// name unless set), then by their source file, then by an alias of the new page naming the old address, then by an
/// identical body. Output files
/// are compared byte for byte.
/// </summary>
public static partial class CompareSites
{
    private sealed record Entry(ContentPage Page, BuildContext Site, string OutputPath, string SitePath, string SourceText);

    public static SiteDiff Compare(BuiltSite before, BuiltSite after, DiffSettings settings)
    {
        var old = Entries(before.Result);
        var current = Entries(after.Result);
        var pairs = Match(old, current, out var removed, out var added);

        var names = Names(before.Result).Concat(Names(after.Result));
        var medical = new MedicalChanges(names, settings.ReviewShare);
        var oldDiagnostics = ByFile(before.Result.Diagnostics);
        var newDiagnostics = ByFile(after.Result.Diagnostics);
        var renamedFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var changes = new List<PageChange>();
        var problems = new List<DiffProblem>();
        var ownPaths = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (was, head) in pairs)
        {
            var moved = was.SitePath != head.SitePath || was.Page.SourcePath != head.Page.SourcePath;
            if (!moved && was.SourceText == head.SourceText) continue;
            if (was.Page.SourcePath != head.Page.SourcePath) renamedFiles[was.Page.SourcePath] = head.Page.SourcePath;
            var (introduced, resolved) = Difference(oldDiagnostics.GetValueOrDefault(was.Page.SourcePath, []), newDiagnostics.GetValueOrDefault(head.Page.SourcePath, []));
            var review = head.Page.IsArticle ? new ReviewLine(was.Page.Meta.Reviewed, head.Page.Meta.Reviewed, head.Page.NextReview, head.Page.Reviewer?.Name ?? head.Page.Meta.Reviewer) : null;
            MedicalChange? rereview = null;
            if (head.Page.IsArticle && review is { Moved: false })
            {
                var formula = head.Page.Rendered.Reading?.Formula ?? ReadingFormula.English;
                rereview = medical.Compare(MedicalText(was.Page, formula), MedicalText(head.Page, formula));
                if (rereview is not null)
                    problems.Add(new DiffProblem(head.Site.Config.StrictReviews ? Severity.Error : Severity.Warning, "medical-rereview", head.Page.SourcePath,
                        $"'{head.Page.Meta.Title}' changed beyond wording ({string.Join("; ", rereview.Reasons.Take(2))}{(rereview.Reasons.Count > 2 ? "; …" : "")}) but `reviewed:` did not move: a medical reviewer should read the change, then update `reviewed:`."));
            }
            var (faqAdded, faqRemoved) = SetDifference(was.Page.Meta.Faq.Select(f => f.Question), head.Page.Meta.Faq.Select(f => f.Question));
            var (sourcesAdded, sourcesRemoved) = SetDifference(was.Page.Meta.Sources.Select(SourceName), head.Page.Meta.Sources.Select(SourceName));
            var (linksAdded, linksRemoved) = SetDifference(ExternalLinks(was.Page), ExternalLinks(head.Page));
            changes.Add(new PageChange
            {
                Kind = moved ? PageChangeKind.Renamed : PageChangeKind.Changed,
                IsArticle = head.Page.IsArticle,
                Language = head.Page.Language,
                Title = head.Page.Meta.Title,
                Url = Url(settings, head.SitePath),
                OldUrl = was.SitePath != head.SitePath ? Url(settings, was.SitePath) : null,
                SourcePath = head.Page.SourcePath,
                OldSourcePath = was.Page.SourcePath != head.Page.SourcePath ? was.Page.SourcePath : null,
                Reading = Reading(was, head),
                Review = review,
                Introduced = introduced,
                Resolved = resolved,
                FaqAdded = faqAdded,
                FaqRemoved = faqRemoved,
                SourcesAdded = sourcesAdded,
                SourcesRemoved = sourcesRemoved,
                LinksAdded = linksAdded,
                LinksRemoved = linksRemoved,
                NeedsReview = rereview,
            });
            Own(ownPaths, was);
            Own(ownPaths, head);
        }
        foreach (var entry in added)
        {
            changes.Add(new PageChange
            {
                Kind = PageChangeKind.Added, IsArticle = entry.Page.IsArticle, Language = entry.Page.Language, Title = entry.Page.Meta.Title,
                Url = Url(settings, entry.SitePath), SourcePath = entry.Page.SourcePath, Reading = Reading(null, entry),
                Review = entry.Page.IsArticle ? new ReviewLine(null, entry.Page.Meta.Reviewed, entry.Page.NextReview, entry.Page.Reviewer?.Name ?? entry.Page.Meta.Reviewer) : null,
                Introduced = newDiagnostics.GetValueOrDefault(entry.Page.SourcePath, []),
                FaqAdded = entry.Page.Meta.Faq.Select(f => f.Question).ToList(),
                SourcesAdded = entry.Page.Meta.Sources.Select(SourceName).ToList(),
            });
            Own(ownPaths, entry);
        }
        foreach (var entry in removed)
        {
            changes.Add(new PageChange
            {
                Kind = PageChangeKind.Removed, IsArticle = entry.Page.IsArticle, Language = entry.Page.Language, Title = entry.Page.Meta.Title,
                Url = Url(settings, entry.SitePath), SourcePath = entry.Page.SourcePath,
                Resolved = oldDiagnostics.GetValueOrDefault(entry.Page.SourcePath, []),
            });
            renamedFiles[entry.Page.SourcePath] = "";
            Own(ownPaths, entry);
        }

        // Every address of the old site that served a page (an article, a page, an alias) must still answer.
        foreach (var entry in old.Where(e => !after.Files.ContainsKey(e.OutputPath)))
        {
            var change = changes.FirstOrDefault(c => c.SourcePath == entry.Page.SourcePath && c.Kind == PageChangeKind.Removed)
                         ?? changes.FirstOrDefault(c => (c.OldSourcePath ?? c.SourcePath) == entry.Page.SourcePath);
            var fate = change?.Kind == PageChangeKind.Removed ? "was removed" : $"moved to {change?.Url ?? "another address"}";
            problems.Add(new DiffProblem(Severity.Error, "address-removed", change?.SourcePath ?? entry.Page.SourcePath,
                $"/{entry.SitePath} {fate}, and no `aliases:` keeps the old address: links to it and its search rankings break. Add `aliases: [\"/{entry.Page.UrlPath}\"]` to the page that replaces it{(entry.Site.LanguagePrefix.Length > 0 ? ", in the same language" : "")}."));
        }
        foreach (var redirect in Redirects(before.Result).Where(r => !after.Files.ContainsKey(r.OutputPath)))
            problems.Add(new DiffProblem(Severity.Error, "address-removed", redirect.Source,
                $"The alias /{redirect.SitePath} no longer redirects anywhere: add it back to `aliases:` of the page that replaces it."));

        // Diagnostics on files that are not among the changed pages (a link elsewhere that now breaks).
        var mine = changes.SelectMany(c => new[] { c.SourcePath, c.OldSourcePath }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var (elsewhereIntroduced, elsewhereResolved) = Difference(
            before.Result.Diagnostics.Where(d => !mine.Contains(d.File)).Select(d => renamedFiles.TryGetValue(d.File, out var to) && to.Length > 0 ? d with { File = to } : d).ToList(),
            after.Result.Diagnostics.Where(d => !mine.Contains(d.File)).ToList());

        var (otherPages, otherFiles) = OtherOutputs(before.Files, after.Files, ownPaths);
        var ordered = changes.OrderBy(c => c.Kind).ThenBy(c => c.SourcePath, StringComparer.Ordinal).ToList();
        var sortedProblems = problems.OrderByDescending(p => p.Severity).ThenBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ThenBy(p => p.Message, StringComparer.Ordinal).ToList();
        return new SiteDiff(before.Label, after.Label, ordered, otherPages.Select(p => Url(settings, SitePathOf(p))).ToList(), otherFiles,
            elsewhereIntroduced, elsewhereResolved, sortedProblems);
    }

    private static List<Entry> Entries(BuildResult result)
    {
        if (!result.Context.Ran<PlanPages>()) return [];
        var entries = new List<Entry>();
        foreach (var site in result.Context.LanguageSites)
        {
            foreach (var page in site.OutputPages)
            {
                if (page.Source is not { } source || page.Kind is not (PageKind.Article or PageKind.Page)) continue;
                var file = Path.Combine(result.Context.Options.RootDirectory, source.SourcePath);
                var text = File.Exists(file) ? File.ReadAllText(file) : source.Body;
                entries.Add(new Entry(source, site, site.LanguagePrefix + page.OutputPath, site.LanguagePrefix + page.UrlPath, text));
            }
        }
        return entries;
    }

    private sealed record Redirect(string OutputPath, string SitePath, string Source);

    private static IEnumerable<Redirect> Redirects(BuildResult result)
    {
        if (!result.Context.Ran<PlanPages>()) yield break;
        foreach (var site in result.Context.LanguageSites)
            foreach (var page in site.OutputPages.Where(p => p.Kind == PageKind.Redirect))
                yield return new Redirect(site.LanguagePrefix + page.OutputPath, site.LanguagePrefix + page.UrlPath, page.Source?.SourcePath ?? "");
    }

    private static List<(Entry Old, Entry New)> Match(List<Entry> old, List<Entry> now, out List<Entry> removed, out List<Entry> added)
    {
        var pairs = new List<(Entry, Entry)>();
        var left = new List<Entry>(now);
        var unmatched = new List<Entry>();
        foreach (var entry in old)
        {
            var match = left.FirstOrDefault(n => n.Page.Language == entry.Page.Language && n.Page.TranslationKey == entry.Page.TranslationKey);
            if (match is null) { unmatched.Add(entry); continue; }
            left.Remove(match);
            pairs.Add((entry, match));
        }
        removed = [];
        foreach (var entry in unmatched)
        {
            // The same file (its language or key changed), an alias naming the old address, or the same text.
            var match = left.FirstOrDefault(n => n.Page.SourcePath == entry.Page.SourcePath)
                        ?? left.FirstOrDefault(n => n.Page.Language == entry.Page.Language
                                                 && n.Page.Meta.Aliases.Any(a => Aliases.Normalize(a) is { } t && (t.UrlPath == entry.Page.UrlPath || t.UrlPath == entry.SitePath)))
                        ?? left.FirstOrDefault(n => n.Page.Language == entry.Page.Language && n.Page.Kind == entry.Page.Kind
                                                    && n.Page.Body.Trim().Length > 0 && n.Page.Body.Trim() == entry.Page.Body.Trim());
            if (match is null) { removed.Add(entry); continue; }
            left.Remove(match);
            pairs.Add((entry, match));
        }
        added = left;
        return pairs;
    }

    private static void Own(HashSet<string> paths, Entry entry)
    {
        paths.Add(entry.OutputPath);
        var prefix = entry.Site.LanguagePrefix;
        foreach (var alias in entry.Page.Meta.Aliases)
            if (Aliases.Normalize(alias) is { } target) { paths.Add(prefix + target.OutputPath); paths.Add(target.OutputPath); }
    }

    /// <summary>The texts whose facts a medical reviewer signed off: the body, each FAQ question and answer, and <c>about:</c>.</summary>
    private static List<string> MedicalText(ContentPage page, ReadingFormula formula)
    {
        var texts = new List<string> { WithoutCode(page.Body) };
        texts.AddRange(page.Meta.Faq.SelectMany(f => new[] { f.Question, f.AnswerMarkdown }));
        if (page.Meta.About is { } about)
        {
            texts.Add(about.Name);
            texts.AddRange(about.AlternateNames);
            texts.AddRange(new[] { about.BodyLocation, about.Preparation, about.Followup, about.HowPerformed }.OfType<string>());
            texts.AddRange(about.AdverseOutcomes);
            texts.AddRange(about.SignsOrSymptoms);
            texts.AddRange(about.PossibleTreatments);
        }
        return MedicalChanges.Sentences(texts, formula);
    }

    /// <summary>The body without fenced code blocks and HTML comments: neither is prose a reviewer signs.</summary>
    private static string WithoutCode(string body) => FencesAndComments().Replace(body, "");

    [GeneratedRegex(@"^```.*?^```[^\n]*$|<!--.*?-->", RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencesAndComments();

    private static IEnumerable<string> Names(BuildResult result)
    {
        if (!result.Context.Ran<ParseFrontMatter>()) return [];
        var names = new List<string>();
        foreach (var site in result.Context.LanguageSites)
        {
            foreach (var page in site.Content)
                if (page.Meta.About is { } about) names.AddRange(about.AlternateNames.Prepend(about.Name));
            names.AddRange(site.Glossary.SelectMany(t => t.Names));
        }
        return names;
    }

    private static ReadingChange? Reading(Entry? was, Entry now)
    {
        if (!now.Page.IsArticle) return null;
        var formula = ReadingLanguage.FormulaOf(now.Site, now.Page);
        if (formula == ReadingFormula.None) return null;
        var spanish = formula == ReadingFormula.Spanish;
        double? Score(Entry? e) => e?.Page.Rendered.Reading is { TooShortToJudge: false } r ? Math.Round(spanish ? r.SzigrisztPazos : r.FleschKincaidGrade, 1) : null;
        return new ReadingChange(spanish ? "INFLESZ" : "grade", Score(was), Score(now), CheckReadability.Target(now.Site, now.Page), spanish);
    }

    /// <summary>Links to other sites written in the body (<c>[text](https://…)</c> or <c>&lt;https://…&gt;</c>); the build records only links within the site.</summary>
    private static IEnumerable<string> ExternalLinks(ContentPage page) =>
        ExternalLink().Matches(WithoutCode(page.Body)).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"\]\(\s*<?(https?://[^)\s>]+)|<(https?://[^>\s]+)>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExternalLink();

    private static string SourceName(FrontMatter.SourceLink source) => source.Link is { } link ? $"{source.Title} ({link})" : source.Title;

    private static (List<string> Added, List<string> Removed) SetDifference(IEnumerable<string> before, IEnumerable<string> after)
    {
        var was = before.ToList();
        var now = after.ToList();
        return (now.Where(n => !was.Contains(n, StringComparer.Ordinal)).ToList(), was.Where(w => !now.Contains(w, StringComparer.Ordinal)).ToList());
    }

    private static Dictionary<string, List<Diagnostic>> ByFile(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.GroupBy(d => d.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    [GeneratedRegex(@"\d+(?:[.,]\d+)*|""[^""]*""|“[^”]*”|\(grade[^)]*\)|long words: [^)]*", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();

    /// <summary>
    /// Diagnostics after that were not there before, and the other way round. Numbers in messages do not count: text
    /// above a line moves it, and a reading level that stays too high by another decimal is the warning that was there;
    /// nor do quoted passages (the hardest sentences a reading-level warning names).
    /// </summary>
    private static (List<Diagnostic> Introduced, List<Diagnostic> Resolved) Difference(IReadOnlyList<Diagnostic> before, IReadOnlyList<Diagnostic> after)
    {
        static string Key(Diagnostic d) => $"{d.Severity}\u0001{d.Code}\u0001{d.File}\u0001{Numbers().Replace(d.Message, "#")}";
        List<Diagnostic> Minus(IReadOnlyList<Diagnostic> a, IReadOnlyList<Diagnostic> b)
        {
            var left = b.GroupBy(Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var result = new List<Diagnostic>();
            foreach (var d in a)
            {
                var key = Key(d);
                if (left.TryGetValue(key, out var n) && n > 0) left[key] = n - 1;
                else result.Add(d);
            }
            return result;
        }
        return (Minus(after, before), Minus(before, after));
    }

    private static (List<string> Pages, List<string> Files) OtherOutputs(IReadOnlyDictionary<string, byte[]> before, IReadOnlyDictionary<string, byte[]> after, HashSet<string> own)
    {
        var pages = new List<string>();
        var files = new List<string>();
        foreach (var path in before.Keys.Concat(after.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (own.Contains(path) || path.EndsWith(".br", StringComparison.Ordinal) || path.EndsWith(".gz", StringComparison.Ordinal)) continue;
            var same = before.TryGetValue(path, out var a) && after.TryGetValue(path, out var b) && a.AsSpan().SequenceEqual(b);
            if (same) continue;
            (path.EndsWith(".html", StringComparison.Ordinal) ? pages : files).Add(path);
        }
        return (pages, files);
    }

    private static string SitePathOf(string outputPath) =>
        outputPath.EndsWith("index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath;

    private static string Url(DiffSettings settings, string sitePath) =>
        settings.PreviewUrl is { Length: > 0 } preview ? preview.TrimEnd('/') + "/" + sitePath : "/" + sitePath;
}
