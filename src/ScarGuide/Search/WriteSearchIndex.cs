using ScarGuide.Pages;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ScarGuide.Pipeline;

namespace ScarGuide.Search;

/// <summary>
/// Writes <c>search-index.json</c>: a compact array per listed article (title, description, headings, tags, URL,
/// and on small sites a short excerpt of the body) that the dependency-free search script ranks in the browser.
/// </summary>
public sealed class WriteSearchIndex : IStep
{
    public const int ExcerptLength = 160;

    /// <summary>
    /// Past this many articles the index leaves out excerpts and sub-section headings, so that 1,000 articles stay
    /// under 500 KB (whole bodies would be megabytes); below it, the extra text makes search better at little cost.
    /// </summary>
    public const int CompactAbove = 300;

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public string Name => "search index";

    public void Run(BuildContext context)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            var listed = context.Articles.Where(a => a.IsListed).ToList();
            var compact = listed.Count > CompactAbove;
            json.WriteStartArray("fields");
            foreach (var f in compact ? ["t", "d", "h", "k", "u"] : new[] { "t", "d", "h", "k", "u", "x" }) json.WriteStringValue(f);
            json.WriteEndArray();
            json.WriteStartArray("docs");
            foreach (var article in listed)
            {
                json.WriteStartArray();
                json.WriteStringValue(article.Meta.Title);
                json.WriteStringValue(article.Meta.Description);
                var deepest = compact ? 2 : 3;
                json.WriteStringValue(string.Join(" · ", article.Rendered.Headings.Where(h => h.Level <= deepest).Select(h => h.Text)));
                json.WriteStringValue(string.Join(", ", article.Meta.Tags.Concat(article.Meta.Categories)));
                json.WriteStringValue(context.Href(article.UrlPath));
                if (!compact) json.WriteStringValue(Excerpt(article.Rendered.PlainText));
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        context.Output.Write(SitePaths.SearchIndex, stream.ToArray());
    }

    /// <summary>
    /// The text with runs of white space collapsed to one space, cut at the last word break within
    /// <see cref="ExcerptLength"/> characters. Reads only as far as the cut: bodies are long and there are many.
    /// </summary>
    internal static string Excerpt(string text)
    {
        // One character past the limit tells whether the text is longer and whether the cut falls on a space.
        var collapsed = new System.Text.StringBuilder(ExcerptLength + 1);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = collapsed.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                collapsed.Append(' ');
                pendingSpace = false;
                if (collapsed.Length > ExcerptLength) break;
            }
            collapsed.Append(c);
            if (collapsed.Length > ExcerptLength) break;
        }
        if (collapsed.Length <= ExcerptLength) return collapsed.ToString();
        var prefix = collapsed.ToString();
        var cut = prefix.LastIndexOf(' ', ExcerptLength);
        return prefix[..(cut > 0 ? cut : ExcerptLength)] + "…";
    }
}
