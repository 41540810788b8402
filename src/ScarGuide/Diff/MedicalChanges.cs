using System.Text.RegularExpressions;
using ScarGuide.Readability;

namespace ScarGuide.Diff;

/// <summary>
/// Decides whether an article's text changed beyond wording, sentence by sentence. Sentences present in both versions
/// are set aside; each sentence removed is paired with the most similar sentence added. A pair whose facts differ
/// (numbers with the word after them, such as "3 sessions" or "0.05%"; number and frequency words such as "twice" or
/// "daily"; negations; drug and procedure names) is a medical change, and so is a sentence added or removed that holds
/// any fact. Rewording, reordering words or moving sentences keeps the facts and is not. When more than
/// <see cref="DefaultShare"/> of the sentences changed, the article changed too much to tell, and that counts as well.
/// </summary>
public sealed partial class MedicalChanges
{
    /// <summary>The share of an article's sentences that may change without a new review, whatever they say.</summary>
    public const double DefaultShare = 0.5;

    /// <summary>How many changed sentences a report shows.</summary>
    public const int SentencesShown = 10;

    // Frequent treatments and drugs of scar care; a site adds the names of its own `about:` entities and glossary.
    private static readonly string[] BuiltInNames =
    [
        "tretinoin", "isotretinoin", "adapalene", "retinoid", "retinol", "hydroquinone", "azelaic acid", "glycolic acid",
        "salicylic acid", "trichloroacetic acid", "tca", "lactic acid", "triamcinolone", "corticosteroid", "steroid",
        "5-fluorouracil", "5-fu", "bleomycin", "botulinum toxin", "botox", "verapamil", "silicone", "hyaluronic acid",
        "filler", "collagen", "vitamin c", "vitamin e", "onion extract", "imiquimod", "antibiotic", "lidocaine",
        "microneedling", "subcision", "laser", "co2", "erbium", "pulsed dye", "ipl", "dermabrasion", "microdermabrasion",
        "chemical peel", "peel", "cryotherapy", "radiofrequency", "excision", "punch excision", "skin graft",
        "radiation", "pressure garment", "spf", "sunscreen", "prp", "platelet-rich plasma", "anesthetic", "anestésico",
        "láser", "microagujas", "subcisión", "silicona", "esteroide", "corticoide", "protector solar", "peeling",
    ];

    private static readonly HashSet<string> FactWords = new(StringComparer.OrdinalIgnoreCase)
    {
        // English numbers and frequencies
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
        "half", "once", "twice", "thrice", "daily", "nightly", "weekly", "monthly", "yearly", "annually", "hourly",
        "every", "each", "double", "triple", "hours", "days", "weeks", "months", "years", "minutes",
        // Negations change what to do
        "not", "no", "never", "always", "must", "don't", "don’t", "cannot", "can't", "can’t", "won't", "won’t", "shouldn't",
        "shouldn’t", "mustn't", "mustn’t", "doesn't", "doesn’t", "avoid", "without", "only",
        // Spanish
        "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
        "media", "medio", "vez", "veces", "diario", "diaria", "semanal", "mensual", "anual", "cada", "horas", "días",
        "semanas", "meses", "años", "minutos", "nunca", "evite", "evitar", "sin", "solo",
    };

    [GeneratedRegex(@"\d+(?:[.,]\d+)*(?:\s*(?:%|‰|percent\b|por\s+ciento\b))?(?:\s*(?:[-–]|to|a)\s*\d+(?:[.,]\d+)*(?:\s*(?:%|‰))?)?(?:\s*[\p{L}µ]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    private readonly string[] _names;
    private readonly double _share;

    /// <param name="names">Drug, procedure and condition names of the site (its <c>about:</c> names, glossary terms), besides the built-in ones.</param>
    /// <param name="share">The share of sentences that may change without a review (<see cref="DefaultShare"/>).</param>
    public MedicalChanges(IEnumerable<string> names, double share = DefaultShare)
    {
        _names = BuiltInNames.Concat(names.Select(n => n.Trim().ToLowerInvariant())).Where(n => n.Length > 1)
            .Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToArray();
        _share = share;
    }

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+|\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`|!?\[([^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex MarkdownSyntax();

    /// <summary>
    /// The sentences of Markdown texts as a reader sees them (emphasis, list markers and link targets dropped), each
    /// split at line breaks first, so headings and list items stand alone and a reviewer recognises the source line.
    /// </summary>
    public static List<string> Sentences(IEnumerable<string> texts, ReadingFormula formula) =>
        texts.SelectMany(Blocks)
            .Select(block => MarkdownSyntax().Replace(block, m => m.Groups[1].Success ? m.Groups[1].Value : ""))
            .SelectMany(line => SentenceSplitter.Split(line, formula))
            .Select(s => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(s => s.Length > 0)
            .ToList();

    /// <summary>The medical change between two versions of an article's sentences, or null when only wording changed.</summary>
    public MedicalChange? Compare(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var removed = Without(before, after);
        var added = Without(after, before);
        if (removed.Count == 0 && added.Count == 0) return null;

        var reasons = new List<string>();
        var shown = new List<SentenceChange>();
        var unpaired = new List<string>(added);
        foreach (var old in removed)
        {
            var match = unpaired.Select((s, i) => (s, i, score: Similarity(old, s))).Where(m => m.score >= 0.4)
                .OrderByDescending(m => m.score).ThenBy(m => m.i).Select(m => m.s).FirstOrDefault();
            if (match is not null)
            {
                unpaired.Remove(match);
                var (was, now) = (Facts(old), Facts(match));
                var gone = Minus(was, now);
                var come = Minus(now, was);
                if (gone.Count == 0 && come.Count == 0) continue;
                reasons.Add(gone.Count > 0 && come.Count > 0
                    ? $"{Quote(gone)} → {Quote(come)}"
                    : gone.Count > 0 ? $"{Quote(gone)} removed" : $"{Quote(come)} added");
                shown.Add(new SentenceChange(old, match));
            }
            else if (Facts(old) is { Count: > 0 } facts)
            {
                reasons.Add($"a sentence with {Quote(facts)} removed");
                shown.Add(new SentenceChange(old, null));
            }
        }
        foreach (var sentence in unpaired)
        {
            if (Facts(sentence) is not { Count: > 0 } facts) continue;
            reasons.Add($"a sentence with {Quote(facts)} added");
            shown.Add(new SentenceChange(null, sentence));
        }

        var changed = Math.Max(removed.Count, added.Count);
        var total = Math.Max(1, Math.Max(before.Count, after.Count));
        var tooMuch = (double)changed / total > _share;
        if (tooMuch)
        {
            reasons.Add(FormattableString.Invariant($"{changed} of {total} sentences changed (more than {_share:0%})"));
            if (shown.Count == 0)
                shown.AddRange(removed.Select(r => new SentenceChange(r, null)).Concat(added.Select(a => new SentenceChange(null, a))));
        }
        if (reasons.Count == 0) return null;
        return new MedicalChange(reasons, shown.Take(SentencesShown).ToList(), changed, total);
    }

    /// <summary>The facts of a sentence, lower-case, in order: quantities with their unit, fact words and names.</summary>
    public List<string> Facts(string sentence)
    {
        var facts = new List<string>();
        var text = sentence.ToLowerInvariant();
        foreach (Match m in Quantity().Matches(text)) facts.Add(string.Join(' ', m.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        foreach (Match m in Word().Matches(text))
            if (FactWords.Contains(m.Value)) facts.Add(m.Value);
        var padded = " " + string.Join(' ', Word().Matches(text).Select(m => m.Value)) + " ";
        foreach (var name in _names)
        {
            var key = " " + name + " ";
            var at = padded.IndexOf(key, StringComparison.Ordinal);
            while (at >= 0)
            {
                facts.Add(name);
                // A longer name ("chemical peel") hides the shorter one inside it ("peel").
                padded = string.Concat(padded.AsSpan(0, at + 1), new string('_', name.Length), padded.AsSpan(at + 1 + name.Length));
                at = padded.IndexOf(key, StringComparison.Ordinal);
            }
        }
        return facts;
    }

    /// <summary>Paragraphs, headings, list items and table rows, each on one line (a paragraph may be wrapped over several).</summary>
    private static IEnumerable<string> Blocks(string text)
    {
        var block = new System.Text.StringBuilder();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            var starts = line.Length == 0 || BlockStart().IsMatch(line);
            if (starts && block.Length > 0) { yield return block.ToString(); block.Clear(); }
            if (line.Length == 0) continue;
            if (block.Length > 0) block.Append(' ');
            block.Append(line);
            // A heading or table row is a block of one line.
            if (line[0] is '#' or '|') { yield return block.ToString(); block.Clear(); }
        }
        if (block.Length > 0) yield return block.ToString();
    }

    [GeneratedRegex(@"^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)", RegexOptions.CultureInvariant)]
    private static partial Regex BlockStart();

    private static List<string> Without(IReadOnlyList<string> from, IReadOnlyList<string> other)
    {
        var left = other.GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var s in from)
        {
            if (left.TryGetValue(s, out var n) && n > 0) left[s] = n - 1;
            else result.Add(s);
        }
        return result;
    }

    private static List<string> Minus(List<string> a, List<string> b) => Without(a, b);

    private static double Similarity(string a, string b)
    {
        var x = Word().Matches(a.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var y = Word().Matches(b.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var union = x.Count + y.Count - x.Count(y.Contains);
        return union == 0 ? 1 : (double)x.Count(y.Contains) / union;
    }

    private static string Quote(IEnumerable<string> facts) => string.Join(", ", facts.Distinct(StringComparer.Ordinal).Select(f => $"\"{f}\""));
}
