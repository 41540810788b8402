using System.Globalization;
using System.Text;
using ScarGuide.FrontMatter;

namespace ScarGuide.References;

/// <summary>
/// The parts of an AMA (American Medical Association, 11th edition) reference to a journal article:
/// <c>Gold MH, Berman B, Clementoni MT, et al. Title in sentence case. Dermatol Surg. 2014;40(8):817-824. doi:10.1111/…</c>
/// </summary>
public static class AmaStyle
{
    /// <summary>Up to six authors are all named; beyond six, the first three and "et al".</summary>
    public static string? Authors(IReadOnlyList<string> authors) => authors.Count switch
    {
        0 => null,
        <= 6 => string.Join(", ", authors),
        _ => string.Join(", ", authors.Take(3)) + ", et al",
    };

    /// <summary><c>Year;Volume(Issue):pages</c>, with whichever of them are known.</summary>
    public static string? Details(SourceLink source)
    {
        var sb = new StringBuilder();
        if (source.Year is { } year) sb.Append(year.ToString(CultureInfo.InvariantCulture));
        if (source.Volume is { } volume) sb.Append(sb.Length > 0 ? ";" : "").Append(volume);
        if (source.Issue is { } issue) sb.Append('(').Append(issue).Append(')');
        if (source.Pages is { } pages) sb.Append(sb.Length > 0 ? ":" : "").Append(pages.Replace('–', '-'));
        return sb.Length > 0 ? sb.ToString() : null;
    }

    /// <summary>
    /// AMA writes article titles in sentence case. A title written in Title Case gets its capitalised words lowered,
    /// except the first word, the first word after a colon, and words with capitals inside (CO2, NHS, McGregor);
    /// a title already in sentence case is left exactly as written, so editors keep the last word on proper nouns.
    /// </summary>
    public static string SentenceCase(string title)
    {
        var words = title.Split(' ');
        var capitalised = words.Count(w => w.Length >= 4 && char.IsUpper(w[0]) && w.Skip(1).All(c => !char.IsUpper(c)));
        var long_ = words.Count(w => w.Length >= 4);
        if (long_ < 2 || capitalised * 10 < long_ * 6) return title;
        var sb = new StringBuilder(title.Length);
        var startOfSentence = true;
        foreach (var word in words)
        {
            if (sb.Length > 0) sb.Append(' ');
            var lower = !startOfSentence && word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsUpper(c));
            sb.Append(lower ? char.ToLowerInvariant(word[0]) + word[1..] : word);
            if (word.Length > 0) startOfSentence = word[^1] is ':' or '.' or '?' or '!';
        }
        return sb.ToString();
    }

    public static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!';
}
