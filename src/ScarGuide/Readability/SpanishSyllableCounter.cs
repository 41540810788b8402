namespace ScarGuide.Readability;

/// <summary>
/// Counts the syllables of a Spanish word by the RAE's orthographic rules: each vowel group is one syllable unless
/// it holds a hiatus. Two strong vowels (a, e, o) are said apart (po-e-ta), and so is an accented weak vowel (í, ú)
/// next to a strong one (dí-a, ba-úl); a weak vowel with a strong one, or two weak vowels, make a diphthong
/// (cie-lo, ciu-dad, cuí-da-te), and weak + strong + weak a triphthong (buey). <c>u</c> is silent in <c>qu</c> and in
/// <c>gu</c> before e or i (que-so, gui-ta-rra), not as <c>ü</c> (pin-güi-no); <c>y</c> is a vowel at the end of a
/// word or before a consonant (hoy, muy), a consonant before a vowel (ma-yo); <c>h</c> between vowels does not
/// separate them (ahu-mar, bú-ho, al-co-hol). Also counts whole tokens: numbers as said in Spanish, acronyms spelled
/// with the letters' Spanish names, and common abbreviations as read. Checked against a hand-syllabified sample
/// (tests/ScarGuide.Tests/Readability/spanish-syllables-sample.txt).
/// </summary>
internal static class SpanishSyllableCounter
{
    private const int MaxWordLength = 64;

    /// <summary>
    /// The syllables of one word token as <see cref="SentenceSplitter"/> cuts it: each letter run and each number
    /// counts on its own and the counts add up. An ordinal mark after a number (1.º, 2.ª, 1er) adds nothing.
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
                while (i < token.Length && (char.IsLetter(token[i]) || token[i] is '\'' or '\u2019')) i++;
                var letters = token[start..i];
                if (!(afterNumber && IsOrdinalMark(letters))) total += Count(letters);
                afterNumber = false;
            }
            else
            {
                if (c is not '.') afterNumber = false;
                i++;
            }
        }
        return Math.Max(total, 1);
    }

    private static bool IsOrdinalMark(ReadOnlySpan<char> letters) =>
        letters is "º" or "ª" or "o" or "a" or "er" or "os" or "as";

    /// <summary>The syllables of a word of letters. Never less than 1.</summary>
    public static int Count(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var n = 0;
        var upper = 0;
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
            if (n < MaxWordLength) buffer[n++] = Fold(c);
        }
        if (n == 0) return 1;
        var w = buffer[..n];

        if (n == 1) return IsVowel(w[0]) || w[0] == 'y' ? 1 : LetterName(w[0]);
        // Acronyms are spelled: ADN (a-de-e-ne), UV, SPF. Longer capitals with a vowel (OMS is spelled, UNESCO is read)
        // are read as words.
        var hasVowel = HasVowel(w);
        if (upper == letters && (n <= 3 || !hasVowel)) return Spell(w);
        if (Abbreviations.TryGetValue(w, out var known)) return known;
        if (!hasVowel) return n <= 4 ? Spell(w) : 1;
        return Math.Max(1, CountLetters(w));
    }

    /// <summary>The vowel groups of a folded word, each split at its hiatuses.</summary>
    private static int CountLetters(ReadOnlySpan<char> w)
    {
        var syllables = 0;
        var inGroup = false;
        var peaks = 0; // strong vowels and accented weak ones in the group: each is a syllable of its own
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (c == 'u' && i > 0 && (w[i - 1] == 'q' || (w[i - 1] == 'g' && i + 1 < w.Length && w[i + 1] is 'e' or 'i' or 'é' or 'í')))
                continue; // silent: que, qui, gue, gui (ü is written where it is said)
            var vowel = IsVowel(c) || (c == 'y' && (i + 1 == w.Length || !IsVowel(w[i + 1])));
            if (vowel)
            {
                inGroup = true;
                if (c is 'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'í' or 'ú') peaks++;
                continue;
            }
            // h between vowels is silent and leaves them together: ahu-mar, pro-hi-bir, bú-ho (ú and o: a hiatus).
            if (c == 'h' && inGroup && i + 1 < w.Length && IsVowel(w[i + 1])) continue;
            if (inGroup) syllables += Math.Max(1, peaks);
            inGroup = false;
            peaks = 0;
        }
        if (inGroup) syllables += Math.Max(1, peaks);
        return syllables;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü';

    private static bool HasVowel(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
            if (IsVowel(c) || c == 'y') return true;
        return false;
    }

    /// <summary>Lower case, keeping Spanish's accents, ü and ñ; other marks folded (à → a), a diaeresis on i read as í.</summary>
    private static char Fold(char c)
    {
        c = char.ToLowerInvariant(c);
        return c switch
        {
            'à' or 'â' or 'ä' or 'ã' => 'a',
            'è' or 'ê' or 'ë' => 'e',
            'ì' or 'î' => 'i',
            'ï' => 'í', // ruïdo: poets mark a hiatus with it
            'ò' or 'ô' or 'ö' or 'õ' => 'o',
            'ù' or 'û' => 'u',
            'ç' => 'c',
            _ => c,
        };
    }

    private static int Spell(ReadOnlySpan<char> w)
    {
        var total = 0;
        foreach (var c in w) total += LetterName(c);
        return total;
    }

    /// <summary>
    /// The syllables of a letter's Spanish name (RAE): a, be, ce, de, e, efe, ge, hache, i, jota, ka, ele, eme, ene,
    /// eñe, o, pe, cu, erre, ese, te, u, uve, uve doble, equis, ye, zeta.
    /// </summary>
    private static int LetterName(char c) => c switch
    {
        'f' or 'h' or 'j' or 'l' or 'm' or 'n' or 'ñ' or 'r' or 's' or 'v' or 'x' or 'z' => 2,
        'w' => 4,
        _ => 1,
    };

    // Abbreviations as read aloud (folded spelling): doctor, doctora, señor, señora, señorita, usted, ustedes,
    // etcétera, ejemplo, aproximadamente, página(s), número, figura, and units.
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["dr"] = 2, ["dra"] = 3, ["dres"] = 3, ["dras"] = 3, ["sr"] = 2, ["sra"] = 3, ["srta"] = 4, ["sres"] = 3,
            ["ud"] = 2, ["uds"] = 3, ["vd"] = 2, ["etc"] = 4, ["ej"] = 3, ["aprox"] = 7, ["pág"] = 3, ["págs"] = 3,
            ["núm"] = 3, ["fig"] = 3, ["mg"] = 4, ["ml"] = 4, ["cm"] = 4, ["mm"] = 4, ["kg"] = 4,
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] UpToTwentyNine =
    [
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
        "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
        "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
    ];

    private static readonly string[] Tens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];

    private static readonly string[] Hundreds =
        ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"];

    /// <summary>
    /// A number as said in Spanish: 7 → 2 (sie-te), 21 → 4 (vein-ti-u-no), 100 → 1 (cien), 1.500 → 4 (mil qui-nien-tos),
    /// 1,5 → 6 (u-no co-ma cin-co). A separator followed by exactly three digits groups thousands (1.500 and 1,500 alike);
    /// otherwise the last one is the decimal mark, said "coma", with the decimals after it said as a number up to two
    /// digits and digit by digit beyond. Numbers past the billions and those with a leading zero are said digit by digit.
    /// </summary>
    public static int NumberSyllables(ReadOnlySpan<char> number)
    {
        Span<char> digits = stackalloc char[number.Length];
        var n = 0;
        var decimalAt = -1;
        for (var i = 0; i < number.Length; i++)
        {
            var c = number[i];
            if (char.IsAsciiDigit(c)) { digits[n++] = c; continue; }
            var groupLength = 0;
            while (i + 1 + groupLength < number.Length && char.IsAsciiDigit(number[i + 1 + groupLength])) groupLength++;
            if (groupLength != 3) decimalAt = n; // a later separator moves it: the last non-grouping one wins
        }
        var whole = decimalAt < 0 ? digits[..n] : digits[..decimalAt];
        var total = Whole(whole);
        if (decimalAt >= 0)
        {
            var fraction = digits[decimalAt..n];
            total += 2; // coma
            total += fraction.Length <= 2 && fraction[0] != '0' ? Whole(fraction) : DigitByDigit(fraction);
        }
        return total;
    }

    private static int Whole(ReadOnlySpan<char> digits)
    {
        if (digits.Length == 0) return 0;
        if ((digits.Length > 1 && digits[0] == '0') || digits.Length > 12) return DigitByDigit(digits);
        var value = long.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (value == 0) return Count("cero");
        var millions = (int)(value / 1_000_000);
        var thousands = (int)(value / 1000 % 1000);
        var rest = (int)(value % 1000);
        var total = 0;
        if (millions > 0) total += millions == 1 ? Count("un") + Count("millón") : BelowThousand(millions, apocope: true) + Count("millones");
        if (thousands > 0) total += (thousands == 1 ? 0 : BelowThousand(thousands, apocope: true)) + Count("mil");
        return total + BelowThousand(rest, apocope: false);
    }

    private static int DigitByDigit(ReadOnlySpan<char> digits)
    {
        var total = 0;
        foreach (var d in digits) total += Count(UpToTwentyNine[d - '0']);
        return total;
    }

    // "un" and "veintiún" before mil and millones: one syllable fewer than uno, veintiuno.
    private static int BelowThousand(int value, bool apocope)
    {
        if (value == 0) return 0;
        var hundreds = value / 100;
        var rest = value % 100;
        var total = hundreds == 0 ? 0 : hundreds == 1 && rest == 0 ? Count("cien") : Count(Hundreds[hundreds]);
        if (rest == 0) return total;
        if (rest < 30) total += Count(UpToTwentyNine[rest]);
        else
        {
            total += Count(Tens[rest / 10]);
            if (rest % 10 != 0) total += 1 + Count(UpToTwentyNine[rest % 10]); // y
        }
        return apocope && rest % 10 == 1 && rest != 11 ? total - 1 : total;
    }
}
