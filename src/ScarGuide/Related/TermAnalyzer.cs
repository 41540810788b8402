using System.Collections.Frozen;

namespace ScarGuide.Related;

/// <summary>Turns lower-case tokens into index terms: drops stop words and short tokens, folds plurals.</summary>
internal static class TermAnalyzer
{
    public const int MinTermLength = 3;

    // Tokens shorter than MinTermLength never reach this list, so it holds no one- or two-letter words.
    // The contraction stubs ("don", "isn") are what remains of "don't" and "isn't" after splitting at the apostrophe.
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "about", "above", "after", "again", "against", "all", "almost", "along", "already", "also", "although",
        "always", "among", "and", "another", "any", "are", "around", "because", "been", "before", "being", "below",
        "between", "both", "but", "can", "cannot", "could", "did", "does", "doing", "done", "down", "during", "each",
        "either", "else", "enough", "etc", "even", "ever", "every", "few", "for", "from", "further", "get", "gets",
        "getting", "got", "had", "has", "have", "having", "her", "here", "hers", "herself", "him", "himself", "his",
        "how", "however", "into", "its", "itself", "just", "least", "less", "let", "like", "made", "make", "makes",
        "many", "may", "might", "more", "most", "much", "must", "myself", "need", "neither", "never", "nor", "not",
        "now", "off", "often", "once", "one", "only", "other", "others", "otherwise", "our", "ours", "ourselves",
        "out", "over", "own", "per", "perhaps", "quite", "rather", "really", "same", "several", "shall", "she",
        "should", "since", "some", "something", "still", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "therefore", "these", "they", "this", "those", "though", "through", "thus",
        "too", "toward", "towards", "two", "under", "until", "upon", "use", "used", "using", "usually", "very", "was",
        "way", "well", "were", "what", "whatever", "when", "where", "whether", "which", "while", "who", "whom",
        "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself",
        "yourselves",
        "aren", "couldn", "didn", "doesn", "don", "hadn", "hasn", "haven", "isn", "shouldn", "wasn", "weren", "won",
        "wouldn",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the index term for a lower-case token, or null when the token says nothing about the topic.</summary>
    public static string? ToTerm(ReadOnlySpan<char> token)
    {
        if (token.Length < MinTermLength || StopWordLookup.Contains(token) || !ContainsLetter(token))
            return null;

        var term = FoldPlural(token);
        return term.Length < MinTermLength || StopWords.Contains(term) ? null : term;
    }

    /// <summary>All index terms of a text, in order; convenient for tests and diagnostics.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        var terms = new List<string>();
        Span<char> buffer = stackalloc char[TokenReader.MaxTokenLength];
        var reader = new TokenReader(text, buffer);
        while (reader.MoveNext())
        {
            if (ToTerm(reader.Current) is { } term)
                terms.Add(term);
        }
        return terms;
    }

    // Deliberately tiny: "scars" -> "scar", "therapies" -> "therapy", "glasses" -> "glass",
    // while "redness", "sebaceous" and "analysis" stay as they are.
    private static string FoldPlural(ReadOnlySpan<char> token)
    {
        if (token.Length >= 5 && token.EndsWith("ies", StringComparison.Ordinal))
            return string.Concat(token[..^3], "y");
        if (token.EndsWith("sses", StringComparison.Ordinal))
            return new string(token[..^2]);
        if (token.Length >= 4 && token[^1] == 's' && token[^2] is not ('s' or 'u' or 'i'))
            return new string(token[..^1]);
        return new string(token);
    }

    // Numbers alone (years, doses, step numbers) are poor topic signals.
    private static bool ContainsLetter(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLetter(c))
                return true;
        }
        return false;
    }
}
