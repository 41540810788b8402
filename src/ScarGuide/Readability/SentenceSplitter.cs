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
/// end one; semicolons and colons never do.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>The sentences of a text, trimmed: for tests and display.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var sink = new SplitSink(text);
        Scan(text, ref sink);
        return sink.Sentences;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Scan<TSink>(string text, ref TSink sink) where TSink : struct, ISentenceSink
    {
        var n = text.Length;
        var open = false;
        int wordStart = -1, wordEnd = -1;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var end = WordEnd(text, i);
                sink.Word(i, end, SyllableCounter.CountToken(text.AsSpan(i, end - i)));
                (wordStart, wordEnd, open) = (i, end, true);
                i = end;
            }
            else if (c == '%' && i == wordEnd && char.IsAsciiDigit(text[i - 1]))
            {
                sink.Word(i, i + 1, 2); // "percent", a word of its own
                i++;
            }
            else if (IsTerminator(c))
            {
                var j = i + 1;
                while (j < n && (IsTerminator(text[j]) || IsCloser(text[j]))) j++;
                if (open && EndsSentence(text, i, j, wordStart, wordEnd))
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
    /// letters (don't), a hyphen (self-care, 3-day), a dot (e.g, U.S, 1.5) or a comma between digits (1,000).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int WordEnd(string text, int start)
    {
        var n = text.Length;
        var j = start + 1;
        while (j < n)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c)) { j++; continue; }
            if (j + 1 >= n || !char.IsLetterOrDigit(text[j + 1])) break;
            var joins = c switch
            {
                '\'' or '\u2019' => char.IsLetter(text[j - 1]) && char.IsLetter(text[j + 1]),
                '-' or '\u2010' or '\u2011' or '.' => true,
                ',' => char.IsAsciiDigit(text[j - 1]) && char.IsAsciiDigit(text[j + 1]),
                _ => false,
            };
            if (!joins) break;
            j++;
        }
        return j;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool EndsSentence(string text, int at, int runEnd, int wordStart, int wordEnd)
    {
        var n = text.Length;
        if (runEnd < n && !char.IsWhiteSpace(text[runEnd])) return false; // "e.g.," "...and"

        var k = runEnd;
        while (k < n && (char.IsWhiteSpace(text[k]) || IsOpener(text[k]))) k++;
        if (k == n) return true;
        var next = text[k];
        if (char.IsLower(next)) return false; // "approx. five", "(see below). then" read on

        // Only a single full stop right after a word can belong to an abbreviation.
        if (text[at] != '.' || wordEnd != at || (at + 1 < runEnd && IsTerminator(text[at + 1]))) return true;
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        if (char.IsDigit(next)) return !(BeforeCapital.Contains(word) || BeforeNumber.Contains(word));
        if (word.Length == 1 && char.IsUpper(word[0])) return AfterWordThatNamesALetter(text, wordStart);
        return !BeforeCapital.Contains(word);
    }

    // "J. Smith" is an initial; "vitamin C. Apply" and "type A. The" end a sentence.
    private static bool AfterWordThatNamesALetter(string text, int letterStart)
    {
        var end = letterStart;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start < end && LetterNamers.Contains(text.AsSpan(start, end - start));
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

    /// <summary>Where a sentence whose first word starts at <paramref name="wordStart"/> starts: with its opening quotes or brackets.</summary>
    public static int SentenceStart(string text, int wordStart)
    {
        while (wordStart > 0 && IsOpener(text[wordStart - 1])) wordStart--;
        return wordStart;
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '\u2026' or '\u203D';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '*' or '_';

    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '{' or '\u201C' or '\u2018' or '\u00AB' or '*' or '_';

    private struct SplitSink(string text) : ISentenceSink
    {
        public readonly List<string> Sentences = [];
        private int _start = -1;

        public void Word(int start, int end, int syllables)
        {
            if (_start < 0) _start = SentenceStart(text, start);
        }

        public void SentenceEnd(int end)
        {
            Sentences.Add(text[_start..end].Trim());
            _start = -1;
        }
    }
}
