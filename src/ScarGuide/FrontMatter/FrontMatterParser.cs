using ScarGuide.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ScarGuide.FrontMatter;

/// <summary>The parts of a Markdown source file: its front matter text and its body.</summary>
/// <param name="BodyLine">The 1-based file line where the body starts, so Markdown line numbers map back to the file.</param>
public sealed record SplitSource(string? Yaml, string Body, int BodyLine);

/// <summary>Splits a source file into front matter and body, then reads the front matter into typed fields.</summary>
public static class FrontMatterParser
{
    /// <summary>Every key of the content contract; anything else is kept as a param and warned about.</summary>
    public static readonly IReadOnlyList<string> KnownKeys =
    [
        "title", "description", "date", "updated", "author", "reviewer", "reviewed", "categories", "tags",
        "image", "image_alt", "focus", "faq", "sources", "related", "slug", "draft", "layout", "aliases", "noindex",
        "featured", "toc", "breadcrumb", "review_interval_months", "next_review", "about", "readability",
        "lang", "translation_key", "source_reviewed",
    ];

    private static readonly HashSet<string> Known = new(KnownKeys, StringComparer.Ordinal);

    /// <summary>Finds the <c>---</c> fences; reports a missing closing fence at the opening line.</summary>
    public static SplitSource Split(string text, string file, DiagnosticBag diagnostics)
    {
        var (yaml, bodyStart, bodyLine) = Split(text.AsSpan(), file, diagnostics);
        return new SplitSource(yaml, bodyStart == 0 ? text : text[bodyStart..], bodyLine);
    }

    /// <summary>
    /// <see cref="Split(string, string, DiagnosticBag)"/> on a text that need not be a string of its own: the body is
    /// <c>text[BodyStart..]</c> (empty when the front matter never ends).
    /// </summary>
    internal static (string? Yaml, int BodyStart, int BodyLine) Split(ReadOnlySpan<char> text, string file, DiagnosticBag diagnostics)
    {
        if (!StartsWithFence(text, 0))
            return (null, 0, 1);

        var line = 1;
        var pos = NextLine(text, 0);
        var yamlStart = pos;
        while (pos < text.Length)
        {
            line++;
            if (StartsWithFence(text, pos) || StartsWith(text, pos, "..."))
                return (text[yamlStart..pos].ToString(), NextLine(text, pos), line + 1);
            pos = NextLine(text, pos);
        }

        diagnostics.Error("front-matter-unclosed", file, 1, 1,
            "The front matter starts with '---' but never ends.",
            "Add a line with only '---' after the last front matter field, before the article text.");
        return (null, text.Length, 1);
    }

    private static bool StartsWithFence(ReadOnlySpan<char> text, int pos) =>
        StartsWith(text, pos, "---") && (pos + 3 == text.Length || text[pos + 3] is '\n' or '\r' || text[(pos + 3)..LineEnd(text, pos + 3)].IsWhiteSpace());

    private static bool StartsWith(ReadOnlySpan<char> text, int pos, string token) =>
        text[pos..].StartsWith(token, StringComparison.Ordinal)
        && (pos + token.Length == text.Length || text[(pos + token.Length)..LineEnd(text, pos + token.Length)].IsWhiteSpace());

    private static int LineEnd(ReadOnlySpan<char> text, int pos)
    {
        var end = text[pos..].IndexOf('\n');
        return end < 0 ? text.Length : pos + end;
    }

    private static int NextLine(ReadOnlySpan<char> text, int pos)
    {
        var end = text[pos..].IndexOf('\n');
        return end < 0 ? text.Length : pos + end + 1;
    }

    /// <summary>Reads front matter YAML (already split out) into typed data; null when it cannot be parsed at all.</summary>
    public static FrontMatterData? Parse(string yaml, string file, DiagnosticBag diagnostics)
    {
        // The YAML begins on file line 2, right after the opening fence.
        var map = YamlValues.ParseMapping(yaml, file, 1, diagnostics, "front matter");
        if (map is null) return null;
        var v = new YamlValues(map, file, 1, diagnostics);

        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key }) continue;
            keyLines[key] = v.LineOf(keyNode);
            if (Known.Contains(key)) continue;
            extra[key] = YamlValues.ToPlain(valueNode);
            var suggestion = Suggest(key);
            diagnostics.Warning("unknown-key", file, v.LineOf(keyNode), v.ColumnOf(keyNode),
                suggestion is null
                    ? $"'{key}' is not a front matter field ScarGuide knows; it is kept for templates as page.params.{key}."
                    : $"'{key}' is not a front matter field ScarGuide knows. Did you mean '{suggestion}'?",
                suggestion is null ? "Remove it if it is a typo." : $"Rename it to '{suggestion}'.");
        }

        return new FrontMatterData
        {
            Title = v.String("title") ?? "",
            Description = v.String("description") ?? "",
            Date = v.Date("date"),
            Updated = v.Date("updated"),
            Author = v.String("author"),
            Reviewer = v.String("reviewer"),
            Reviewed = v.Date("reviewed"),
            ReviewIntervalMonths = v.Int("review_interval_months", 1, 120),
            NextReview = v.Date("next_review"),
            About = Medical.MedicalEntity.Read(v),
            Readability = YamlValues.ReadabilityOf(v),
            Categories = v.StringList("categories"),
            Tags = v.StringList("tags"),
            Image = v.String("image"),
            ImageAlt = v.String("image_alt"),
            Focus = v.String("focus"),
            Faq = ReadFaq(v),
            Sources = ReadSources(v),
            Related = v.StringList("related"),
            Slug = v.String("slug"),
            Draft = v.Bool("draft") ?? false,
            Layout = v.String("layout"),
            Aliases = v.StringList("aliases"),
            Noindex = v.Bool("noindex") ?? false,
            Featured = v.Bool("featured") ?? false,
            Toc = v.Bool("toc"),
            Breadcrumb = v.String("breadcrumb"),
            Lang = v.String("lang"),
            TranslationKey = v.String("translation_key"),
            SourceReviewed = v.Date("source_reviewed"),
            Params = extra,
            KeyLines = keyLines,
        };
    }

    private static List<FaqSource> ReadFaq(YamlValues v)
    {
        var list = new List<FaqSource>();
        foreach (var entry in v.MapList("faq", "- q: \"Question?\"  a: \"Answer.\""))
        {
            var line = v.LineOf(entry.Map);
            var q = entry.String("q");
            var a = entry.String("a");
            if (string.IsNullOrWhiteSpace(q))
                v.Diagnostics.Error("faq-missing-question", v.File, line, entry.ColumnOf(entry.Map),
                    "A FAQ entry has no question ('q').", "Add `q: \"The question?\"` to the entry.");
            else if (string.IsNullOrWhiteSpace(a))
                v.Diagnostics.Error("faq-missing-answer", v.File, line, entry.ColumnOf(entry.Map),
                    $"The FAQ question \"{q}\" has no answer ('a').", "Add `a: \"The answer.\"` under the question.");
            else
                list.Add(new FaqSource(q, a, line));
        }
        return list;
    }

    private static readonly string[] SourceKeys = ["title", "url", "doi", "pmid", "authors", "journal", "year", "volume", "issue", "pages"];

    private static List<SourceLink> ReadSources(YamlValues v)
    {
        var list = new List<SourceLink>();
        foreach (var entry in v.MapList("sources", "- title: \"Name\"  url: \"https://...\""))
        {
            var line = v.LineOf(entry.Map);
            var column = entry.ColumnOf(entry.Map);
            foreach (var key in entry.Keys().Where(k => !SourceKeys.Contains(k, StringComparer.Ordinal)))
            {
                var close = Spelling.Closest(key.ToLowerInvariant(), SourceKeys, Math.Max(2, key.Length / 3));
                v.Diagnostics.Warning("unknown-key", v.File, entry.LineOfKey(key), 1,
                    $"'{key}' is not a field of a source{(close is null ? "" : $". Did you mean '{close}'?")}",
                    $"A source may have: {string.Join(", ", SourceKeys)}.");
            }
            var title = entry.String("title");
            if (string.IsNullOrWhiteSpace(title))
            {
                v.Diagnostics.Error("source-incomplete", v.File, line, column,
                    "A source needs a 'title'.", "Write `- title: \"Name of the page or paper\"` with its `url:`, `doi:` or `pmid:`.");
                continue;
            }
            var url = entry.String("url");
            if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                v.Diagnostics.Error("source-url", v.File, entry.LineOfKey("url"), column,
                    $"The source url '{url}' is not a web address.", "Use a full address starting with https://.");
                continue;
            }
            var doi = References.Identifiers.NormalizeDoi(entry.String("doi"));
            if (doi is not null && !References.Identifiers.IsDoi(doi))
            {
                v.Diagnostics.Error("source-doi", v.File, entry.LineOfKey("doi"), column,
                    $"'{doi}' is not a DOI; a DOI starts with 10., a registrant number, then a slash (10.1111/dsu.0000000000000049).",
                    "Copy the DOI from the paper's page or from doi.org, e.g. `doi: 10.1111/dsu.0000000000000049`.");
                doi = null;
            }
            var pmid = entry.String("pmid");
            if (pmid is not null && !References.Identifiers.IsPmid(pmid))
            {
                v.Diagnostics.Error("source-pmid", v.File, entry.LineOfKey("pmid"), column,
                    $"'{pmid}' is not a PubMed ID; a PMID is a number of 1 to 8 digits.",
                    "Copy the number from the paper's PubMed address (pubmed.ncbi.nlm.nih.gov/25068543/), e.g. `pmid: 25068543`.");
                pmid = null;
            }
            if (url is null && doi is null && pmid is null)
                v.Diagnostics.Warning("source-unidentified", v.File, line, column,
                    $"The source \"{title}\" has no url, doi or pmid, so readers cannot find it.",
                    "Add `doi:` or `pmid:` for a paper, or `url:` for a web page.");
            list.Add(new SourceLink(title, url)
            {
                Doi = doi, Pmid = pmid, Authors = entry.StringList("authors"), Journal = entry.String("journal"),
                Year = entry.Int("year", 1600, 2200), Volume = entry.String("volume"), Issue = entry.String("issue"),
                Pages = entry.String("pages"), Line = line,
            });
        }
        return list;
    }

    /// <summary>The known key closest to a misspelt one, if it is close enough to be a likely typo.</summary>
    public static string? Suggest(string key) =>
        Spelling.Closest(key.ToLowerInvariant(), KnownKeys, Math.Max(2, key.Length / 3));
}
