namespace ScarGuide.Related;

/// <summary>Tags or categories as read from the documents: trimmed, de-duplicated ignoring case, with frequencies.</summary>
internal sealed class KeywordTable
{
    private KeywordTable(int[][] documentKeywords, string[][] documentSpellings, int[] frequency)
    {
        DocumentKeywords = documentKeywords;
        DocumentSpellings = documentSpellings;
        Frequency = frequency;
    }

    /// <summary>Per document: keyword ids in declared order.</summary>
    public int[][] DocumentKeywords { get; }

    /// <summary>Per document: each keyword as that document spells it, aligned with <see cref="DocumentKeywords"/>.</summary>
    public string[][] DocumentSpellings { get; }

    /// <summary>Per keyword id: how many documents carry it.</summary>
    public int[] Frequency { get; }

    public static KeywordTable Read(IReadOnlyList<RelatedDocument> documents, Func<RelatedDocument, IReadOnlyList<string>> keywordsOf)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var frequency = new List<int>();
        var documentKeywords = new int[documents.Count][];
        var documentSpellings = new string[documents.Count][];
        for (var doc = 0; doc < documents.Count; doc++)
        {
            var keywords = new List<int>();
            var spellings = new List<string>();
            foreach (var raw in keywordsOf(documents[doc]))
            {
                var keyword = raw?.Trim();
                if (string.IsNullOrEmpty(keyword))
                    continue;
                if (!ids.TryGetValue(keyword, out var id))
                {
                    id = frequency.Count;
                    ids.Add(keyword, id);
                    frequency.Add(0);
                }
                if (keywords.Contains(id))
                    continue;
                keywords.Add(id);
                spellings.Add(keyword);
                frequency[id]++;
            }
            documentKeywords[doc] = [.. keywords];
            documentSpellings[doc] = [.. spellings];
        }
        return new KeywordTable(documentKeywords, documentSpellings, [.. frequency]);
    }

    /// <summary>Whether the document carries a keyword that another document carries too, but fewer than <paramref name="documents"/> do.</summary>
    public bool SharesAny(int document, int documents)
    {
        foreach (var id in DocumentKeywords[document])
        {
            if (Frequency[id] >= 2 && Frequency[id] < documents)
                return true;
        }
        return false;
    }
}
