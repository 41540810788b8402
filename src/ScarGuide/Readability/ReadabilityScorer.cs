namespace ScarGuide.Readability;

/// <summary>Scores prose blocks in one pass: words, sentences and syllables, then the formulas.</summary>
public static class ReadabilityScorer
{
    /// <summary>
    /// Every block ends a sentence, so a list item without a full stop is one. Empty input scores 0. Words, sentences
    /// and syllables are counted by the rules of <paramref name="formula"/>'s language (English unless told).
    /// </summary>
    public static ReadabilityScore Score(IReadOnlyList<ProseBlock> blocks, ReadingFormula formula = ReadingFormula.English)
    {
        if (formula == ReadingFormula.None)
            throw new ArgumentException("A language without a formula is not scored.", nameof(formula));
        // The thread's list, emptied: grown anew for every article, its doubling arrays were about 6% of the Markdown
        // step's allocations (1,000 articles). The score keeps an exact copy.
        var sentences = t_sentences ??= new List<SentenceStats>(256);
        sentences.Clear();
        var sink = new ScoreSink(sentences, formula == ReadingFormula.Spanish);
        for (var b = 0; b < blocks.Count; b++)
        {
            sink.Begin(b, blocks[b]);
            SentenceSplitter.Scan(blocks[b].Text, ref sink, formula);
        }
        var score = new ReadabilityScore(blocks, [.. sentences], sink.Words, sink.Syllables, sink.Polysyllables, formula);
        if (sentences.Capacity > 1 << 16) t_sentences = null; // a huge text's list is not kept for the next
        return score;
    }

    [ThreadStatic] private static List<SentenceStats>? t_sentences;

    private struct ScoreSink(List<SentenceStats> sentences, bool spanish) : ISentenceSink
    {
        public readonly List<SentenceStats> Sentences = sentences;
        public int Words, Syllables, Polysyllables;

        private string _text = "";
        private int _block, _line, _lineCounted;
        private int _start, _words, _syllables;

        public void Begin(int block, ProseBlock prose)
        {
            (_text, _block, _line, _lineCounted, _start) = (prose.Text, block, prose.Line, 0, -1);
        }

        public void Word(int start, int end, int syllables)
        {
            if (_start < 0)
            {
                _start = SentenceSplitter.SentenceStart(_text, start, spanish);
                _words = _syllables = 0;
                // The sentence's line: the block's, plus the line breaks before its first word.
                for (var i = _lineCounted; i < start; i++)
                    if (_text[i] == '\n') _line++;
                _lineCounted = start;
            }
            _words++;
            _syllables += syllables;
            Words++;
            Syllables += syllables;
            if (syllables >= 3) Polysyllables++;
        }

        public void SentenceEnd(int end)
        {
            Sentences.Add(new SentenceStats(_block, _start, end, _line, _words, _syllables));
            _start = -1;
        }
    }
}
