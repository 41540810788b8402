namespace ScarGuide.Readability;

/// <summary>What <see cref="SentenceSplitter.Scan{TSink}"/> reports, in text order.</summary>
internal interface ISentenceSink
{
    /// <summary>A word from <paramref name="start"/> to <paramref name="end"/> (exclusive) with its syllables.</summary>
    void Word(int start, int end, int syllables);

    /// <summary>The sentence holding the words since the last call ends at <paramref name="end"/> (exclusive).</summary>
    void SentenceEnd(int end);
}

/// <summary>
/// Cuts plain text into words and sentences in one pass. A sentence ends at ., ?, ! or an ellipsis (with any closing
/// quotes or brackets after it) followed by a space and a word that does not start in lower case, and at the end of
/// the text (so a list item without a full stop is a sentence). Abbreviations, initials and decimal numbers do not
/// end one; semicolons and colons never do. Spanish text (<see cref="ReadingFormula.Spanish"/>) has its own
/// abbreviations (Dr., Dra., p. ej., pág. 5), Spanish syllables, and reads ¿ and ¡ as opening marks, so "¿Duele?"
/// is one sentence that starts at its ¿ and a question after a comma reads on ("Si duele, ¿qué hago?").
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>The sentences of a text, trimmed: for tests and display.</summary>
    public static IReadOnlyList<string> Split(string text, ReadingFormula formula = ReadingFormula.English)
    {
        var sink = new SplitSink(text, formula == ReadingFormula.Spanish);
        Scan(text, ref sink, formula);
        return sink.Sentences;
    }

    // The syllables of each word token a thread has met, per language. Prose repeats a few tens of thousands of tokens:
    // one lookup by the hash taken while the word is cut costs less than counting its letter runs again (the reading
    // level was 8.6% of a 10,000-article build's CPU, its per-word hashing and thread-static reads a third of that).
    // Read once per text: a thread-static read is a helper call. Bounded like the letter-run counts it sits in front of.
    [ThreadStatic] private static Content.TokenTable<int>? t_english;
    [ThreadStatic] private static Content.TokenTable<int>? t_spanish;
    private const int MaxRemembered = 200_000;

    public static void Scan<TSink>(string text, ref TSink sink, ReadingFormula formula = ReadingFormula.English) where TSink : struct, ISentenceSink
    {
        var spanish = formula == ReadingFormula.Spanish;
        var known = spanish ? t_spanish ??= new() : t_english ??= new();
        var n = text.Length;
        var open = false;
        int wordStart = -1, wordEnd = -1;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var end = WordEnd(text, i, out var hash);
                var token = text.AsSpan(i, end - i);
                if (!known.TryGetValue(token, hash, out var syllables))
                {
                    syllables = spanish ? SpanishSyllableCounter.CountToken(token) : SyllableCounter.CountToken(token);
                    if (known.Count < MaxRemembered) known.Add(token, hash, syllables);
                }
                sink.Word(i, end, syllables);
                (wordStart, wordEnd, open) = (i, end, true);
                i = end;
            }
            else if (c == '%' && i == wordEnd && char.IsAsciiDigit(text[i - 1]))
            {
                sink.Word(i, i + 1, spanish ? 3 : 2); // "percent" or "por ciento", a word of its own
                i++;
            }
            else if (IsTerminator(c))
            {
                var j = i + 1;
                while (j < n && (IsTerminator(text[j]) || IsCloser(text[j]))) j++;
                if (open && EndsSentence(text, i, j, wordStart, wordEnd, spanish))
                {
                    sink.SentenceEnd(j);
                    open = false;
                }
                i = j;
            }
            else i++;
        }
        if (open) sink.SentenceEnd(n);
    }

    /// <summary>
    /// Where a word that starts at <paramref name="start"/> ends: letters and digits, joined by an apostrophe between
    /// letters (don't), a hyphen (self-care, 3-day), a dot (e.g, U.S, 1.5) or a comma between digits (1,000). Also
    /// gives the word's <see cref="Content.TokenTable.HashOf"/>, taken on the way.
    /// </summary>
    private static int WordEnd(string text, int start, out int hash)
    {
        var n = text.Length;
        var h = Content.TokenTable.Hash(Content.TokenTable.EmptyHash, text[start]);
        var j = start + 1;
        while (j < n)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c))
            {
                h = Content.TokenTable.Hash(h, c);
                j++;
                continue;
            }
            if (j + 1 >= n || !char.IsLetterOrDigit(text[j + 1])) break;
            var joins = c switch
            {
                '\'' or '\u2019' => char.IsLetter(text[j - 1]) && char.IsLetter(text[j + 1]),
                '-' or '\u2010' or '\u2011' or '.' => true,
                ',' => char.IsAsciiDigit(text[j - 1]) && char.IsAsciiDigit(text[j + 1]),
                _ => false,
            };
            if (!joins) break;
            h = Content.TokenTable.Hash(h, c);
            j++;
        }
        hash = h;
        return j;
    }

    private static bool EndsSentence(string text, int at, int runEnd, int wordStart, int wordEnd, bool spanish)
    {
        var n = text.Length;
        if (runEnd < n && !char.IsWhiteSpace(text[runEnd])) return false; // "e.g.," "...and"

        var k = runEnd;
        while (k < n && (char.IsWhiteSpace(text[k]) || IsOpener(text[k], spanish))) k++;
        if (k == n) return true;
        var next = text[k];
        if (char.IsLower(next)) return false; // "approx. five", "(see below). then" read on

        // Only a single full stop right after a word can belong to an abbreviation.
        if (text[at] != '.' || wordEnd != at || (at + 1 < runEnd && IsTerminator(text[at + 1]))) return true;
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        var (beforeCapital, beforeNumber) = spanish ? (BeforeCapitalEs, BeforeNumberEs) : (BeforeCapital, BeforeNumber);
        if (char.IsDigit(next)) return !(beforeCapital.Contains(word) || beforeNumber.Contains(word));
        if (word.Length == 1 && char.IsUpper(word[0])) return AfterWordThatNamesALetter(text, wordStart, spanish ? LetterNamersEs : LetterNamers);
        return !beforeCapital.Contains(word);
    }

    // "J. Smith" is an initial; "vitamin C. Apply" and "type A. The" end a sentence.
    private static bool AfterWordThatNamesALetter(string text, int letterStart, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> letterNamers)
    {
        var end = letterStart;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start < end && letterNamers.Contains(text.AsSpan(start, end - start));
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Abbreviations that are followed by more of the sentence even before a capital: "Dr. Okafor", "e.g. Botox".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeCapital =
        Set("dr", "drs", "mr", "mrs", "ms", "prof", "st", "mt", "vs", "cf", "e.g", "i.e", "fig", "figs", "approx", "u.s", "u.k");

    // Abbreviations followed by a number: "No. 5", "p. 12". "No. Silicone is..." is the word no.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumber =
        Set("no", "nos", "p", "pp", "vol", "ch", "ca", "ref", "eq");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LetterNamers =
        Set("vitamin", "vitamins", "hepatitis", "type", "types", "grade", "stage", "group", "class", "phase", "part", "plan", "option", "point");

    // Spanish: "Dra. Ruiz", "p. ej. Botox", "EE. UU."; before a number "pág. 5", "núm. 3", "cap. 2". "etc." ends a
    // sentence before a capital, as in English: the RAE has its full stop end the sentence too.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeCapitalEs =
        Set("dr", "dra", "dres", "dras", "sr", "sra", "sres", "sras", "srta", "ud", "uds", "vd", "vds", "prof", "profa", "lic",
            "ing", "sto", "sta", "ej", "vs", "cf", "fig", "figs", "aprox", "ee");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberEs =
        Set("n", "núm", "nro", "p", "pp", "pág", "págs", "vol", "cap", "art", "tab", "ref");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LetterNamersEs =
        Set("vitamina", "vitaminas", "hepatitis", "tipo", "tipos", "grado", "estadio", "fase", "grupo", "clase", "parte", "plan", "opción", "punto");

    /// <summary>Where a sentence whose first word starts at <paramref name="wordStart"/> starts: with its opening quotes or brackets (and ¿ ¡ in Spanish).</summary>
    public static int SentenceStart(string text, int wordStart, bool spanish = false)
    {
        while (wordStart > 0 && IsOpener(text[wordStart - 1], spanish)) wordStart--;
        return wordStart;
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '\u2026' or '\u203D';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '*' or '_';

    private static bool IsOpener(char c, bool spanish) =>
        c is '"' or '\'' or '(' or '[' or '{' or '\u201C' or '\u2018' or '\u00AB' or '*' or '_' || (spanish && c is '¿' or '¡');

    private struct SplitSink(string text, bool spanish) : ISentenceSink
    {
        public readonly List<string> Sentences = [];
        private int _start = -1;

        public void Word(int start, int end, int syllables)
        {
            if (_start < 0) _start = SentenceStart(text, start, spanish);
        }

        public void SentenceEnd(int end)
        {
            Sentences.Add(text[_start..end].Trim());
            _start = -1;
        }
    }
}
