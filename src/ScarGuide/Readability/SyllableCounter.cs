using ScarGuide.Content;

namespace ScarGuide.Readability;

/// <summary>
/// Counts the syllables of an English word by rule (vowel groups, silent endings, vowels said apart), with a small
/// dictionary for words the rules get wrong. Also counts a whole token: hyphenated parts, numbers as spoken,
/// acronyms spelled out. Validated against the CMU Pronouncing Dictionary (docs/readability.md).
/// </summary>
internal static class SyllableCounter
{
    private const int MaxWordLength = 64;

    /// <summary>
    /// The syllables of one word token as <see cref="SentenceSplitter"/> cuts it: letters, digits, and the hyphens,
    /// apostrophes, dots and digit commas inside it. Each letter or digit run counts on its own and the counts add up.
    /// </summary>
    public static int CountToken(ReadOnlySpan<char> token)
    {
        var total = 0;
        var i = 0;
        var afterNumber = false;
        while (i < token.Length)
        {
            var c = token[i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < token.Length && (char.IsAsciiDigit(token[i])
                       || (token[i] is '.' or ',' && i + 1 < token.Length && char.IsAsciiDigit(token[i + 1]))))
                    i++;
                total += NumberSyllables(token[start..i]);
                afterNumber = true;
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < token.Length && (char.IsLetter(token[i]) || IsApostrophe(token[i]))) i++;
                var letters = token[start..i];
                // 1st, 2nd, 3rd, 4th: the number already said it.
                if (!(afterNumber && IsOrdinalSuffix(letters))) total += Count(letters);
                afterNumber = false;
            }
            else
            {
                if (!char.IsDigit(c)) afterNumber = false;
                i++;
            }
        }
        return Math.Max(total, 1);
    }

    // A site's prose uses a few tens of thousands of distinct words over and over: each is counted by rule once per
    // thread (case matters: PIH is spelled out). Bounded, so a long-running preview fed odd text cannot grow it forever.
    private const int MaxRemembered = 200_000;

    // Per thread, so a lookup takes no lock and makes no interface call: a shared ConcurrentDictionary looked up by span
    // (randomized hashing through the alternate comparer) cost more than counting the word by rule, 3% of a
    // 10,000-article build's CPU.
    [ThreadStatic]
    private static TokenTable<int>? t_known;

    /// <summary>The syllables of a word of letters (apostrophes allowed). Never less than 1.</summary>
    public static int Count(ReadOnlySpan<char> word)
    {
        var known = t_known ??= new TokenTable<int>();
        var hash = TokenTable.HashOf(word);
        if (known.TryGetValue(word, hash, out var count)) return count;
        count = CountByRule(word);
        if (known.Count < MaxRemembered) known.Add(word, hash, count);
        return count;
    }

    private static int CountByRule(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var n = 0;
        var upper = 0;
        var letters = 0;
        foreach (var c in word)
        {
            if (IsApostrophe(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
            if (n < MaxWordLength) buffer[n++] = Fold(c);
        }
        if (n == 0) return 1;
        var w = buffer[..n];

        if (n == 1) return LetterName(w[0]);
        // Acronyms are spelled out: TCA, SPF, UV, PIH. Longer capitals with a vowel (CROSS, NASA) are read as words.
        if (upper == letters && (n <= 3 || !HasVowel(w))) return Spell(w);

        if (!HasVowel(w)) return Exceptions.TryGetValue(w, out var known) ? known : n <= 4 ? Spell(w) : 1;
        return CountLetters(w);
    }

    private static int CountLetters(ReadOnlySpan<char> w)
    {
        if (Exceptions.TryGetValue(w, out var known)) return known;
        return SplitCompound(w, out var head, out var tail) ? head + CountLetters(tail) : Math.Max(1, CountWithSuffixes(w));
    }

    // Compounds whose first word ends in a silent e (lifestyle, timeline, therefore) or says "every" in two
    // syllables as in everyday. The rest must look like a word: a vowel, three letters or more, and a first letter
    // that does not continue the first word instead (whitening, placenta, careers).
    private static readonly (string Head, int Syllables)[] CompoundHeads =
    [
        ("every", 2), ("before", 2), ("some", 1), ("where", 1), ("there", 1), ("home", 1), ("life", 1), ("time", 1),
        ("side", 1), ("line", 1), ("pipe", 1), ("guide", 1), ("base", 1), ("care", 1), ("safe", 1), ("whole", 1),
        ("fore", 1), ("ware", 1), ("house", 1), ("share", 1), ("name", 1), ("stone", 1), ("bone", 1), ("note", 1),
        ("frame", 1), ("trade", 1), ("gate", 1), ("wide", 1), ("white", 1), ("else", 1), ("state", 1), ("face", 1),
        ("place", 1), ("make", 1), ("take", 1), ("like", 1), ("love", 1), ("nose", 1), ("fire", 1), ("wire", 1),
    ];

    // The heads by first letter, so most words are checked against none or a few.
    private static readonly (string Head, int Syllables)[][] CompoundHeadsByLetter = GroupByFirstLetter(CompoundHeads);

    private static (string, int)[][] GroupByFirstLetter((string Head, int Syllables)[] heads)
    {
        var byLetter = new (string, int)[26][];
        for (var c = 'a'; c <= 'z'; c++)
            byLetter[c - 'a'] = Array.FindAll(heads, h => h.Head[0] == c);
        return byLetter;
    }

    private static bool SplitCompound(ReadOnlySpan<char> w, out int head, out ReadOnlySpan<char> tail)
    {
        var candidates = w[0] is >= 'a' and <= 'z' ? CompoundHeadsByLetter[w[0] - 'a'] : [];
        foreach (var (word, syllables) in candidates)
        {
            if (w.Length < word.Length + 2 || !w.StartsWith(word)) continue;
            var rest = w[word.Length..];
            var every = word == "every";
            if (!HasVowel(rest) || (!every && (rest.Length < 3 || IsAeiou(rest[0]) || rest[0] is 'n' or 'r' or 'd' or 'y'))) continue;
            head = syllables;
            tail = rest;
            return true;
        }
        head = 0;
        tail = default;
        return false;
    }

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Exceptions =
        ExceptionWords.Create().GetAlternateLookup<ReadOnlySpan<char>>();

    // Suffixes said as their own syllables whatever the stem does: the stem keeps its silent e (safe-ly, manage-ment).
    private static int CountWithSuffixes(ReadOnlySpan<char> w)
    {
        if (TryStrip(w, "ments", 3, out var stem) || TryStrip(w, "ment", 3, out stem) || TryStrip(w, "ness", 3, out stem)
            || TryStrip(w, "less", 3, out stem) || TryStrip(w, "fully", 3, out stem) || TryStrip(w, "ful", 3, out stem))
            return CountStem(stem) + (w.EndsWith("fully") ? 2 : 1);
        // -ically is said "-ic-ly" (typically, medically), as CMUdict has it.
        if (TryStrip(w, "ally", 3, out stem) && stem.EndsWith("ic")) return CountStem(stem) + 1;
        if (TryStrip(w, "ly", 2, out stem)) return CountStem(stem) + 1;
        return CountCore(w);
    }

    private static int CountStem(ReadOnlySpan<char> stem) =>
        Exceptions.TryGetValue(stem, out var known) ? known : Math.Max(1, CountCore(stem));

    private static bool TryStrip(ReadOnlySpan<char> w, string suffix, int minStem, out ReadOnlySpan<char> stem)
    {
        stem = default;
        if (w.Length < suffix.Length + minStem || !w.EndsWith(suffix)) return false;
        stem = w[..^suffix.Length];
        return HasVowel(stem);
    }

    /// <summary>The rules: vowel groups, plus vowels said apart, minus silent endings.</summary>
    private static int CountCore(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        Span<bool> vowel = stackalloc bool[n];
        for (var k = 0; k < n; k++) vowel[k] = IsVowelAt(w, k);

        var count = 0;
        for (var k = 0; k < n; k++)
        {
            if (!vowel[k]) continue;
            if (k == 0 || !vowel[k - 1]) count++;
            else if (SaidApart(w, k - 1)) count++;
        }

        count -= SilentEnding(w, vowel);
        count += SyllabicEnding(w);
        count += PrefixSaidApart(w);
        return count;
    }

    // y is a consonant before a vowel at the start (yes, you) and between vowels (layer, beyond); u is one after q
    // (quite, equal) and after g before a vowel (guide, language, and a silent final -gue as in league or fatigue;
    // argue, where it is said, is in the dictionary).
    private static bool IsVowelAt(ReadOnlySpan<char> w, int k)
    {
        var c = w[k];
        switch (c)
        {
            case 'a' or 'e' or 'i' or 'o':
                return true;
            case 'u':
                if (k > 0 && w[k - 1] == 'q') return false;
                if (k > 0 && w[k - 1] == 'g' && k + 1 < w.Length && IsAeiou(w[k + 1])) return false;
                return true;
            case 'y':
                if (k == 0) return !(w.Length > 1 && IsAeiou(w[1]));
                if (IsAeiou(w[k - 1]) && k + 1 < w.Length && IsAeiou(w[k + 1])) return false;
                return true;
            default:
                return false;
        }
    }

    private const string Palatal = "ctsgx";

    /// <summary>Whether the vowels at <paramref name="k"/> and k+1, in one group, are said as two syllables.</summary>
    private static bool SaidApart(ReadOnlySpan<char> w, int k)
    {
        var a = w[k];
        var b = w[k + 1];
        var n = w.Length;
        var before = k > 0 ? w[k - 1] : '\0';
        var after = k + 2 < n ? w[k + 2] : '\0';
        var rest = w[(k + 2)..];

        // being, going, seeing, dying
        if (b == 'i' && rest.StartsWith("ng") && (rest.Length == 2 || rest is "ngs" || rest is "ngly")) return true;

        switch (a, b)
        {
            case ('i', 'a'):
                // social, physician, dementia say "ia" as one; negotiate, trial, media, bacteria as two.
                if (rest.StartsWith("ge")) return false; // marriage
                if (Palatal.Contains(before) && (after is 'l' or 'n' || after == '\0')) return false;
                return true;
            case ('i', 'o'):
                if (after == '\0') return true; // ratio, radio
                if (Palatal.Contains(before) && after is 'n' or 'u') return false; // nation, precious, region
                if (before == 'h' && k >= 2 && w[k - 2] is 's' or 'c' && after == 'n') return false; // fashion, cushion
                if (before is 'l' or 'n' && after == 'n') return false; // million, opinion
                if (before is 'n' or 'v' && after == 'r') return false; // senior, behavior
                return true;
            case ('i', 'u') or ('i', 'i') or ('u', 'o') or ('u', 'a') or ('a', 'o'):
                return true;
            case ('i', 'e'):
                if (after == 't') return true; // diet, quiet, anxiety
                // client, experience, ingredient, science; but patient, efficient (friend is in the dictionary)
                if (after == 'n' && (!Palatal.Contains(before) || (before == 'c' && k >= 2 && w[k - 2] == 's'))) return true;
                // happier, earliest (but pier, priest)
                if ((rest is "r" or "rs" or "st") && HasVowelBefore(w, k - 1)) return true;
                return false;
            case ('e', 'o'):
                if (before is 'g' or 'c' && !(before == 'g' && k == 1)) return false; // surgeon, gorgeous, herbaceous; geo-
                return true;
            case ('e', 'a'):
                if (after == '\0') return n >= 5; // nausea, cornea (sea, tea, pea are one)
                if (after == 'n' && k + 3 == n && n >= 6 && before is not ('c' or 'g' or 'h')) return true; // european
                if (before == 'r' && rest.StartsWith("t") && k >= 2 && w[k - 2] == 'c') return true; // create, creative
                return false;
            case ('e', 'u'):
                return k + 3 == n && after is 'm' or 's'; // museum, nucleus
            case ('u', 'e'):
                return after is 'l' or 'n' or 't'; // cruel, fluent, duet; issue, tissue are one
            case ('u', 'i'):
                return after is 'd' or 'n'; // fluid, ruin, genuine
            case ('o', 'e'):
                return after is 'm' or 't' or 'x'; // poem, poet, coexist
            case ('a', 'i'):
                return after == 'c' && k + 3 == n; // mosaic
            case ('y', _):
                // embryo, flyer, dryer; but dye, dyes, dyed
                if (b == 'e' && (after == '\0' || (k + 3 == n && after is 's' or 'd'))) return false;
                return true;
            default:
                return false;
        }
    }

    /// <summary>A final e that is not said: make, makes (but places, tables), jumped (but wanted).</summary>
    private static int SilentEnding(ReadOnlySpan<char> w, ReadOnlySpan<bool> vowel)
    {
        var n = w.Length;
        if (n < 3) return 0;
        if (!HasEarlierGroup(vowel, n - 1)) return 0;

        // -gue, -que: "ue" is silent (league, fatigue, technique); u is already a consonant after q.
        if (w[n - 1] == 'e' && w[n - 2] == 'u' && w[n - 3] == 'g') return HasEarlierGroup(vowel, n - 2) ? 1 : 0;

        if (w[n - 1] == 'e' && !vowel[n - 2])
            return SyllabicBefore(w, vowel, n - 2) ? 0 : 1;
        if (n >= 4 && w[n - 2] == 'e' && !vowel[n - 3] && w[n - 1] is 's' or 'd')
        {
            var c = w[n - 3];
            if (w[n - 1] == 's')
            {
                if (c is 's' or 'x' or 'z' or 'c' or 'g') return 0; // kisses, boxes, places, changes
                if (c == 'h' && n >= 5 && w[n - 4] is 'c' or 's') return 0; // churches, rashes
            }
            else if (c is 't' or 'd') return 0; // wanted, needed
            return SyllabicBefore(w, vowel, n - 3) ? 0 : 1;
        }
        return 0;
    }

    // -Cle, -Cre (table, centre, hundred) and -ire (fire, desire: two in CMUdict) keep their final syllable.
    private static bool SyllabicBefore(ReadOnlySpan<char> w, ReadOnlySpan<bool> vowel, int k)
    {
        var c = w[k];
        if (c is not ('l' or 'r') || k == 0) return false;
        if (c == 'r' && w[k - 1] == 'i') return true;
        return !vowel[k - 1] && w[k - 1] != c && !(c == 'l' && w[k - 1] == 'r');
    }

    private static bool HasEarlierGroup(ReadOnlySpan<bool> vowel, int end)
    {
        for (var k = 0; k < end - 1; k++)
            if (vowel[k]) return true;
        return false;
    }

    /// <summary>An m said as a syllable: autism, mechanisms, rhythm.</summary>
    private static int SyllabicEnding(ReadOnlySpan<char> w) =>
        w.EndsWith("ism") || w.EndsWith("isms") || w.EndsWith("thm") || w.EndsWith("thms") ? 1 : 0;

    /// <summary>A prefix whose vowel is said apart from the next one: re-apply, re-use, pre-existing, co-operate.</summary>
    private static int PrefixSaidApart(ReadOnlySpan<char> w)
    {
        if (w.Length < 5) return 0;
        if (w.StartsWith("re"))
        {
            // re-o and pre-o are already said apart as "eo" (reopen, preoperative).
            if (w[2] is 'i' or 'u') return w.StartsWith("reign") ? 0 : 1;
            if (w[2] == 'a')
            {
                var r = w[3..];
                if (r.StartsWith("ct") || r.StartsWith("pp") || r.StartsWith("ss") || r.StartsWith("bs") || r.StartsWith("dj")
                    || r.StartsWith("tt")) return 1;
                if (r.Length >= 2 && r[0] == 'l' && IsAeiou(r[1])) return 1; // reality, realistic
            }
            return 0;
        }
        if (w.StartsWith("pre") && w[3] == 'e') return 1;
        if (w.StartsWith("coop") || w.StartsWith("coord") || w.StartsWith("coau") || w.StartsWith("coag")
            || w.StartsWith("coinc") || w.StartsWith("coinf")) return 1;
        return 0;
    }

    private static bool HasVowelBefore(ReadOnlySpan<char> w, int end)
    {
        for (var k = 0; k < end; k++)
            if (IsAeiou(w[k])) return true;
        return false;
    }

    private static bool HasVowel(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'A' or 'E' or 'I' or 'O' or 'U' or 'Y') return true;
        return false;
    }

    private static bool IsAeiou(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static int LetterName(char c) => c is 'w' or 'W' ? 3 : 1;

    private static int Spell(ReadOnlySpan<char> w)
    {
        var total = 0;
        foreach (var c in w) total += LetterName(c);
        return total;
    }

    // Lower case, accents dropped (café, naïve), so the rules see a-z.
    private static char Fold(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c);
        return char.ToLowerInvariant(c) switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
            'è' or 'é' or 'ê' or 'ë' => 'e',
            'ì' or 'í' or 'î' or 'ï' => 'i',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => 'o',
            'ù' or 'ú' or 'û' or 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            var other => other,
        };
    }

    /// <summary>
    /// A number's syllables as it is said in American English, without "and": 21 "twenty-one" 3, 1,500 "one thousand
    /// five hundred" 6, 1.5 "one point five" 3. Numbers past the billions, and those with a leading zero, are said digit
    /// by digit, as are the digits after a decimal point.
    /// </summary>
    public static int NumberSyllables(ReadOnlySpan<char> number)
    {
        var total = 0;
        var point = number.IndexOf('.');
        var whole = point < 0 ? number : number[..point];
        long value = 0;
        var digits = 0;
        foreach (var c in whole)
        {
            if (!char.IsAsciiDigit(c)) continue;
            value = digits < 18 ? value * 10 + (c - '0') : value;
            digits++;
        }
        var leadingZero = digits > 1 && whole.TrimStart(',')[0] == '0';
        if (digits > 12 || leadingZero) total += DigitByDigit(whole);
        else if (digits > 0) total += Cardinal(value);
        if (point >= 0) total += 1 + DigitByDigit(number[(point + 1)..]); // "point" and each digit
        return Math.Max(total, 1);
    }

    private static int DigitByDigit(ReadOnlySpan<char> digits)
    {
        var total = 0;
        foreach (var c in digits)
            if (char.IsAsciiDigit(c)) total += Units[c - '0'];
        return total;
    }

    // zero one two three four five six seven eight nine ten eleven twelve thirteen ... nineteen
    private static ReadOnlySpan<int> Units => [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2];

    // twenty thirty forty fifty sixty seventy eighty ninety
    private static ReadOnlySpan<int> Tens => [0, 0, 2, 2, 2, 2, 2, 3, 2, 2];

    private static int Cardinal(long value)
    {
        if (value == 0) return 2;
        var total = 0;
        // "billion", "million", "thousand" and "hundred" are two syllables each.
        foreach (var scale in (ReadOnlySpan<long>)[1_000_000_000, 1_000_000, 1_000])
        {
            if (value < scale) continue;
            total += BelowThousand((int)(value / scale)) + 2;
            value %= scale;
        }
        return value > 0 ? total + BelowThousand((int)value) : total;
    }

    private static int BelowThousand(int value)
    {
        var total = 0;
        if (value >= 100)
        {
            total += Units[value / 100] + 2;
            value %= 100;
        }
        if (value >= 20)
        {
            total += Tens[value / 10];
            value %= 10;
            if (value > 0) total += Units[value];
        }
        else if (value > 0) total += Units[value];
        return total;
    }
}
