using System.Text;

namespace ScarGuide.Readability;

/// <summary>
/// The reading level of some prose: counts, the published formulas (0 without words), hardest sentences. The counts
/// follow the rules of <see cref="Formula"/>'s language, and so does the ranking of the hardest sentences; every
/// formula is offered, but only that language's ones mean anything.
/// </summary>
public sealed record ReadabilityScore
{
    private readonly IReadOnlyList<ProseBlock> _blocks;
    private readonly SentenceStats[] _sentences;

    internal ReadabilityScore(IReadOnlyList<ProseBlock> blocks, SentenceStats[] sentences, int words, int syllables, int polysyllables,
        ReadingFormula formula = ReadingFormula.English)
    {
        Formula = formula;
        _blocks = blocks;
        _sentences = sentences;
        Words = words;
        Sentences = sentences.Length;
        Syllables = syllables;
        Polysyllables = polysyllables;
    }

    /// <summary>The language whose rules counted the prose: English or Spanish.</summary>
    public ReadingFormula Formula { get; }

    public int Words { get; }

    public int Sentences { get; }

    public int Syllables { get; }

    /// <summary>Words of three syllables or more.</summary>
    public int Polysyllables { get; }

    /// <summary>0.39·words/sentences + 11.8·syllables/words − 15.59.</summary>
    public double FleschKincaidGrade => Words == 0 ? 0 : Grade(Words, Sentences, Syllables);

    /// <summary>206.835 − 1.015·words/sentences − 84.6·syllables/words.</summary>
    public double FleschReadingEase =>
        Words == 0 ? 0 : 206.835 - 1.015 * Words / Sentences - 84.6 * Syllables / Words;

    /// <summary>1.043·√(polysyllables·30/sentences) + 3.1291, also below the 30 sentences SMOG was made for.</summary>
    public double Smog => Words == 0 ? 0 : 1.043 * Math.Sqrt(Polysyllables * 30.0 / Sentences) + 3.1291;

    internal static double Grade(int words, int sentences, int syllables) =>
        0.39 * words / sentences + 11.8 * syllables / words - 15.59;

    /// <summary>
    /// Fernández Huerta's reading ease for Spanish: 206.84 − 0.60·P − 1.02·F, with P syllables and F sentences per
    /// 100 words, that is 206.84 − 60·syllables/words − 102·sentences/words.
    /// </summary>
    public double FernandezHuerta => Words == 0 ? 0 : 206.84 - 60.0 * Syllables / Words - 102.0 * Sentences / Words;

    /// <summary>
    /// Szigriszt-Pazos perspicuity for Spanish: 206.835 − 62.3·syllables/words − words/sentences, read on the INFLESZ
    /// scale (<see cref="Inflesz"/>).
    /// </summary>
    public double SzigrisztPazos => Words == 0 ? 0 : Perspicuity(Words, Sentences, Syllables);

    internal static double Perspicuity(int words, int sentences, int syllables) =>
        206.835 - 62.3 * syllables / words - (double)words / sentences;

    /// <summary>
    /// The INFLESZ scale's word for a Szigriszt-Pazos value (Barrio-Cantalejo et al., 2008): below 40 "muy difícil",
    /// 40 to 55 "algo difícil", 55 to 65 "normal", 65 to 80 "bastante fácil", above 80 "muy fácil". A bound belongs to
    /// the easier band, except 80, which is still "bastante fácil".
    /// </summary>
    public static string Inflesz(double perspicuity) => perspicuity switch
    {
        < 40 => "muy difícil",
        < 55 => "algo difícil",
        < 65 => "normal",
        <= 80 => "bastante fácil",
        _ => "muy fácil",
    };

    /// <summary>The INFLESZ word in English, for diagnostics: "very difficult" … "very easy".</summary>
    public static string InfleszInEnglish(double perspicuity) => perspicuity switch
    {
        < 40 => "very difficult",
        < 55 => "somewhat difficult",
        < 65 => "normal",
        <= 80 => "fairly easy",
        _ => "very easy",
    };

    /// <summary>
    /// The <paramref name="count"/> hardest sentences, hardest first: by their own Flesch–Kincaid grade (Spanish: their
    /// own Szigriszt-Pazos perspicuity, lowest first), then by line,
    /// then by text, so the order never depends on anything else. Sentences under <see cref="MinWordsToRank"/> words
    /// (list fragments such as "infection;") come after all longer ones: one long word swings their grade past 20.
    /// </summary>
    public IReadOnlyList<HardSentence> Hardest(int count)
    {
        if (count <= 0 || _sentences.Length == 0) return [];
        // Compare is a total order (the index breaks the last tie), so keeping the first `count` in one pass gives what a
        // sort of every sentence gives: a build asks for 3 of an article's ~100 sentences, and the sort was most of the cost.
        var top = new int[Math.Min(count, _sentences.Length)];
        var kept = 0;
        for (var i = 0; i < _sentences.Length; i++)
        {
            if (kept == top.Length && Compare(i, top[kept - 1]) >= 0) continue;
            var at = kept < top.Length ? kept++ : kept - 1;
            while (at > 0 && Compare(i, top[at - 1]) < 0)
            {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }

        var hardest = new HardSentence[top.Length];
        for (var i = 0; i < hardest.Length; i++) hardest[i] = Describe(_sentences[top[i]]);
        return hardest;
    }

    /// <summary>The fewest words a sentence needs to rank among the hardest before every shorter one.</summary>
    public const int MinWordsToRank = 5;

    private int Compare(int a, int b)
    {
        var x = _sentences[a];
        var y = _sentences[b];
        var byLength = (y.Words >= MinWordsToRank).CompareTo(x.Words >= MinWordsToRank);
        if (byLength != 0) return byLength;
        var byGrade = Formula == ReadingFormula.Spanish
            ? Perspicuity(x.Words, 1, x.Syllables).CompareTo(Perspicuity(y.Words, 1, y.Syllables))
            : y.Grade.CompareTo(x.Grade);
        if (byGrade != 0) return byGrade;
        if (x.Line != y.Line) return x.Line.CompareTo(y.Line);
        var byText = TextOf(x).SequenceCompareTo(TextOf(y));
        return byText != 0 ? byText : a.CompareTo(b);
    }

    private ReadOnlySpan<char> TextOf(SentenceStats s) => _blocks[s.Block].Text.AsSpan(s.Start, s.End - s.Start);

    private const int DisplayLength = 120;
    private const int LongWordsShown = 3;

    private HardSentence Describe(SentenceStats s)
    {
        var text = _blocks[s.Block].Text[s.Start..s.End];
        var why = new StringBuilder().Append(s.Words).Append(s.Words == 1 ? " word" : " words");
        var longWords = LongWords(text, Formula);
        if (longWords.Count > 0) why.Append("; long words: ").AppendJoin(", ", longWords);
        var score = Formula == ReadingFormula.Spanish ? Perspicuity(s.Words, 1, s.Syllables) : s.Grade;
        return new HardSentence(s.Line, Shorten(text), score, why.ToString());
    }

    /// <summary>
    /// The fewest syllables of a long word: 3 in English (as SMOG counts), 4 in Spanish, whose words are longer on
    /// average (cicatriz and semanas are everyday words).
    /// </summary>
    public static int LongWordSyllables(ReadingFormula formula) => formula == ReadingFormula.Spanish ? 4 : 3;

    // Long words, the longest first (then in reading order), each once.
    private static List<string> LongWords(string sentence, ReadingFormula formula)
    {
        var sink = new WordSink(sentence, LongWordSyllables(formula));
        SentenceSplitter.Scan(sentence, ref sink, formula);
        var words = sink.Words;
        words.Sort((a, b) => a.Syllables != b.Syllables ? b.Syllables.CompareTo(a.Syllables) : a.Start.CompareTo(b.Start));
        var shown = new List<string>(LongWordsShown);
        foreach (var (word, _, _) in words)
        {
            if (shown.Count == LongWordsShown) break;
            if (!shown.Contains(word, StringComparer.OrdinalIgnoreCase)) shown.Add(word);
        }
        return shown;
    }

    private struct WordSink(string text, int longWord) : ISentenceSink
    {
        public readonly List<(string Word, int Syllables, int Start)> Words = [];

        public readonly void Word(int start, int end, int syllables)
        {
            if (syllables >= longWord) Words.Add((text[start..end], syllables, start));
        }

        public readonly void SentenceEnd(int end) { }
    }

    /// <summary>One line, white space collapsed, cut at a word boundary near <see cref="DisplayLength"/> with an ellipsis.</summary>
    private static string Shorten(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, DisplayLength + 1));
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        if (sb.Length <= DisplayLength) return sb.ToString();
        var cut = DisplayLength;
        while (cut > DisplayLength / 2 && sb[cut] != ' ') cut--;
        if (sb[cut] != ' ') cut = DisplayLength;
        return sb.ToString(0, cut).TrimEnd(' ', ',', ';', ':') + "…";
    }

    // Two scores are equal when their counts are: the sentences behind them only serve Hardest.
    public bool Equals(ReadabilityScore? other) =>
        other is not null && Formula == other.Formula && Words == other.Words && Sentences == other.Sentences && Syllables == other.Syllables
        && Polysyllables == other.Polysyllables;

    public override int GetHashCode() => HashCode.Combine(Formula, Words, Sentences, Syllables, Polysyllables);
}

/// <summary>One sentence of a score: where it is (block, span, file line) and its counts.</summary>
internal readonly record struct SentenceStats(int Block, int Start, int End, int Line, int Words, int Syllables)
{
    public double Grade => ReadabilityScore.Grade(Words, 1, Syllables);
}
