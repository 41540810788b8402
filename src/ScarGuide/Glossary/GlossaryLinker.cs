using System.Text;
using ScarGuide.Templating;

namespace ScarGuide.Glossary;

/// <summary>
/// Marks the first use of each glossary term in an article's HTML with a button that opens its definition in a
/// popover (<c>popovertarget</c>: keyboard, touch and screen readers, no script, Esc closes it). Text inside links,
/// headings, code, buttons and existing definitions is left alone. Longer names win (<c>hypertrophic scar</c> before
/// <c>scar</c>), and each term is marked once per article, at its first use.
/// </summary>
public sealed class GlossaryLinker
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "code", "pre", "kbd", "samp", "h1", "h2", "h3", "h4", "h5", "h6", "dfn", "abbr", "button", "script", "style", "summary", "figcaption",
    };

    // Names by their first word, longest first: one look-up per word of the text, whatever the size of the glossary.
    private readonly Dictionary<string, (string Name, GlossaryTerm Term)[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly string _glossaryHref;
    private readonly string _moreLink;

    // The first letters names start with (folded to lower case), so most words of the text skip the look-up.
    private readonly bool[] _startsName = new bool[128];
    private readonly bool _nonAsciiStart;

    /// <param name="glossaryHref">The glossary page's address under the base path, e.g. <c>/scarguide/glossary/</c>.</param>
    /// <param name="moreLink">The text of the link to the glossary in each definition (the theme string <c>more_in_glossary</c>).</param>
    public GlossaryLinker(IReadOnlyList<GlossaryTerm> terms, string glossaryHref, string moreLink = "More in the glossary")
    {
        _moreLink = Theme.Encoder.Encode(moreLink);
        // Names are matched in the HTML as Markdig escaped them. Each first word's names are kept longest first, then in
        // ordinal order, inserted in place (a word starts few names); equal names stay in the terms' order. Loops, not
        // LINQ's SelectMany/GroupBy/OrderBy over (name, term) tuples, which have no precompiled code in the installed tool.
        var names = new Dictionary<string, List<(string Name, GlossaryTerm Term)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
            foreach (var raw in term.Names)
            {
                var name = Theme.Encoder.Encode(raw.Trim());
                if (name.Length == 0) continue;
                var word = FirstWord(name).ToString();
                if (!names.TryGetValue(word, out var list)) names[word] = list = [];
                var at = list.Count;
                while (at > 0 && ComesBefore(name, list[at - 1].Name)) at--;
                list.Insert(at, (name, term));
            }
        var byFirstWord = new Dictionary<string, (string Name, GlossaryTerm Term)[]>(names.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (word, list) in names) byFirstWord[word] = [.. list];
        IsEmpty = byFirstWord.Count == 0;
        foreach (var word in byFirstWord.Keys)
        {
            var first = char.ToLowerInvariant(word[0]);
            if (first < 128) _startsName[first] = true;
            else _nonAsciiStart = true;
        }
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _glossaryHref = glossaryHref;
    }

    private static bool ComesBefore(string name, string other) =>
        name.Length != other.Length ? name.Length > other.Length : string.CompareOrdinal(name, other) < 0;

    public bool IsEmpty { get; }

    /// <summary>The HTML with first uses marked, and the terms marked, in the order they first appear.</summary>
    public (string Html, IReadOnlyList<GlossaryTerm> Used) Link(string html)
    {
        if (IsEmpty) return (html, []);
        var used = new List<GlossaryTerm>();
        var sb = new StringBuilder(html.Length + 512);
        var depth = 0; // open elements whose text is never marked
        var pos = 0;
        while (pos < html.Length)
        {
            var lt = html.IndexOf('<', pos);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > pos)
            {
                if (depth == 0) MarkText(html.AsSpan(pos, textEnd - pos), sb, used);
                else sb.Append(html, pos, textEnd - pos);
            }
            if (lt < 0) break;
            var gt = html.IndexOf('>', lt);
            if (gt < 0) { sb.Append(html, lt, html.Length - lt); break; }
            var tag = html.AsSpan(lt + 1, gt - lt - 1);
            var closing = tag.Length > 0 && tag[0] == '/';
            var name = TagName(closing ? tag[1..] : tag);
            if (name.Length > 0 && Skipped.Contains(name.ToString()) && !(tag.Length > 0 && tag[^1] == '/'))
                depth = Math.Max(0, depth + (closing ? -1 : 1));
            sb.Append(html, lt, gt - lt + 1);
            pos = gt + 1;
        }
        return (sb.ToString(), used);
    }

    private void MarkText(ReadOnlySpan<char> text, StringBuilder sb, List<GlossaryTerm> used)
    {
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) { i++; continue; }
            var next = i + FirstWord(text[i..]).Length;
            var first = char.ToLowerInvariant(text[i]);
            if ((first < 128 ? _startsName[first] : _nonAsciiStart) && _byFirstWord.TryGetValue(text[i..next], out var candidates))
            {
                foreach (var (name, term) in candidates)
                {
                    var end = i + name.Length;
                    if (end > text.Length || !text.Slice(i, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
                    if (end < text.Length && char.IsLetterOrDigit(text[end])) continue;
                    // The longest name here wins; a term already marked leaves the whole phrase as it is.
                    if (!used.Contains(term))
                    {
                        sb.Append(text[copied..i]);
                        Mark(sb, text.Slice(i, name.Length), term);
                        used.Add(term);
                        copied = end;
                    }
                    next = end;
                    break;
                }
            }
            i = next;
        }
        sb.Append(text[copied..]);
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return text[..end];
    }

    private void Mark(StringBuilder sb, ReadOnlySpan<char> shown, GlossaryTerm term)
    {
        var id = "term-" + term.Slug;
        sb.Append("<button type=\"button\" class=\"term\" popovertarget=\"").Append(id).Append("\">").Append(shown).Append("</button>")
          .Append("<span class=\"term__definition\" id=\"").Append(id).Append("\" popover>")
          .Append("<strong>").Append(Theme.Encoder.Encode(term.Term)).Append("</strong>: ").Append(Theme.Encoder.Encode(term.Definition))
          .Append(" <a href=\"").Append(_glossaryHref).Append('#').Append(term.Slug).Append("\">").Append(_moreLink).Append("</a></span>");
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag)
    {
        var end = 0;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end])) end++;
        return tag[..end];
    }
}
