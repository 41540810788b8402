using ScarGuide.Content;

namespace ScarGuide.Related;

/// <summary>
/// Related terms numbered across threads for one build, so that a word split once for several readers (the search
/// analyzer's split of a body, see <see cref="IBodyTerms"/>) can carry the related terms it stands for, worked out
/// once per distinct word instead of once per occurrence.
/// </summary>
internal sealed class SharedTerms
{
    private readonly StringNumbering _ids = new();

    public string TermOf(int id) => _ids[id];

    /// <summary>
    /// The related terms of one lower-case word, in order: the word read as <see cref="TokenReader"/> reads text, each
    /// token through <see cref="TermAnalyzer.ToTerm"/>. Another splitter's word may hold combining marks, where
    /// <see cref="TokenReader"/> splits, so one word may give several tokens, and counting them gives what reading the
    /// whole text would.
    /// </summary>
    public int[] IdsOf(string lowerWord)
    {
        Span<char> buffer = stackalloc char[TokenReader.MaxTokenLength];
        var reader = new TokenReader(lowerWord, buffer);
        var ids = new List<int>(1);
        while (reader.MoveNext())
        {
            if (TermAnalyzer.ToTerm(reader.Current) is { } term)
                ids.Add(_ids.IdOf(term));
        }
        return [.. ids];
    }
}

/// <summary>
/// A body whose words another reader splits on the related index's behalf: RelateArticles hands the search analyzer's
/// split of each article's plain text, which keeps what the search analysis needs of it, so a body is split into words
/// once for both (each split was about half the cost of its step).
/// </summary>
internal interface IBodyTerms
{
    /// <summary>Counts every related term of the body, in order, through <see cref="ChunkTermCounter.CountBody"/>.</summary>
    void CountInto(ChunkTermCounter counter);
}
