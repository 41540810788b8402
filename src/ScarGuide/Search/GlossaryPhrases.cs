namespace ScarGuide.Search;

/// <summary>
/// The glossary as phrases to look for in an article: when an article says any name of a term ("raised scar"), the
/// index gives it the words of all the term's names ("keloid"), so a search for one name finds articles using another.
/// Expanding at build time keeps queries as small as they are: the browser needs no synonym table.
/// </summary>
internal sealed class GlossaryPhrases
{
    /// <summary>Per entry: the folded words of its names, and (word, stem) pairs to add to an article that uses any.</summary>
    private readonly List<(List<string[]> Phrases, List<(string Word, string Stem)> Words)> _entries = [];

    /// <summary>Entry indexes by the first word of each of their phrases.</summary>
    private readonly Dictionary<string, List<(int Entry, string[] Phrase)>> _byFirstWord = new(StringComparer.Ordinal);

    public bool IsEmpty => _entries.Count == 0;

    public static GlossaryPhrases From(IReadOnlyList<Glossary.GlossaryTerm> glossary, SearchAnalyzer analyzer)
    {
        var phrases = new GlossaryPhrases();
        foreach (var term in glossary)
        {
            var names = term.Names.Select(n => SearchAnalyzer.Words(n).ToList()).Where(w => w.Count > 0).ToList();
            if (names.Count < 2) continue;
            // Each (word, stem) once, in order of first use. Loops, not Select/Where/Distinct: LINQ's iterators over tuples
            // have no precompiled code in the installed tool.
            var words = new List<(string Word, string Stem)>();
            var seen = new HashSet<(string Word, string Stem)>();
            foreach (var name in names)
                foreach (var w in name)
                {
                    var pair = (Word: SearchAnalyzer.Fold(w), Stem: analyzer.Stem(w));
                    if (pair.Word.Length >= 2 && !analyzer.StopWords.Contains(pair.Word) && seen.Add(pair)) words.Add(pair);
                }
            var index = phrases._entries.Count;
            var folded = names.Select(n => n.Select(SearchAnalyzer.Fold).ToArray()).ToList();
            phrases._entries.Add((folded, words));
            foreach (var phrase in folded)
            {
                if (!phrases._byFirstWord.TryGetValue(phrase[0], out var list)) phrases._byFirstWord[phrase[0]] = list = [];
                list.Add((index, phrase));
                phrases.LongestPhrase = Math.Max(phrases.LongestPhrase, phrase.Length);
            }
        }
        return phrases;
    }

    /// <summary>The most words in one name: a name found across two texts that are read one after the other spans at most this many.</summary>
    public int LongestPhrase { get; private set; }

    /// <summary>The words to add for every entry one of whose names occurs in <paramref name="words"/> (folded, in order).</summary>
    public IEnumerable<List<(string Word, string Stem)>> Found(IReadOnlyList<string> words) => WordsOf(FoundEntries(words));

    /// <summary>The words to add for each entry, in entry order.</summary>
    public IEnumerable<List<(string Word, string Stem)>> WordsOf(SortedSet<int> entries)
    {
        // An iterator, not entries.Select(...): LINQ's iterator over ints has no precompiled code in the installed tool.
        foreach (var entry in entries) yield return _entries[entry].Words;
    }

    /// <summary>
    /// The entries one of whose names occurs in <paramref name="words"/> (folded, in order), added to <paramref name="found"/>.
    /// An empty word matches no name, so it can stand for a stretch of text whose names are found already.
    /// </summary>
    public SortedSet<int> FoundEntries(IReadOnlyList<string> words, SortedSet<int>? found = null)
    {
        found ??= new SortedSet<int>();
        if (_entries.Count == 0) return found;
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates)) continue;
            foreach (var (entry, phrase) in candidates)
            {
                if (found.Contains(entry) || i + phrase.Length > words.Count) continue;
                var match = true;
                for (var k = 1; k < phrase.Length && match; k++) match = words[i + k] == phrase[k];
                if (match) found.Add(entry);
            }
        }
        return found;
    }
}
