using System.Runtime.CompilerServices;
using ScarGuide.Pipeline;

namespace ScarGuide.Related;

/// <summary>Finds related documents by damped tag and category overlap plus sparse TF-IDF text similarity.</summary>
/// <remarks>
/// Candidates are found through postings only (keyword → documents, term → documents), never by comparing
/// every pair. Immutable after <see cref="Build"/>; safe to query from many threads.
/// </remarks>
public sealed class RelatedIndex
{
    // Scores are compared as integers at this resolution so summation order can never flip a tie.
    private const double ScoreResolution = 1e9;

    // Only the keys: a document's text is analysed once, and holding every article's plain text for the whole build
    // cost as much memory as the bodies themselves.
    private readonly string[] _keys;
    private readonly Dictionary<string, int> _indexByKey;
    private readonly long[] _utcTicks;
    private readonly KeywordIndex _tags;
    private readonly KeywordIndex _categories;
    private readonly TextIndex _text;
    // One scratch per thread: queries run from parallel loops, and a shared pool's lock was contended.
    private readonly ThreadLocal<CandidateScratch> _scratch;

    private RelatedIndex(
        RelatedDocument[] documents, Dictionary<string, int> indexByKey, RelatedOptions options,
        KeywordIndex tags, KeywordIndex categories, TextIndex text)
    {
        _keys = Array.ConvertAll(documents, d => d.Key);
        _indexByKey = indexByKey;
        _utcTicks = Array.ConvertAll(documents, d => d.Date.UtcTicks);
        Options = options;
        _tags = tags;
        _categories = categories;
        _text = text;
        var count = documents.Length; // the closure must not capture the documents (their plain text)
        _scratch = new ThreadLocal<CandidateScratch>(() => new CandidateScratch(count));
    }

    /// <summary>The options the index was built with.</summary>
    public RelatedOptions Options { get; }

    /// <summary>Number of indexed documents.</summary>
    public int DocumentCount => _keys.Length;

    /// <summary>Whether a document with this key (ordinal) is indexed.</summary>
    public bool Contains(string key) => _indexByKey.ContainsKey(key);

    /// <summary>Indexes the documents. Their order does not matter; keys must be unique (ordinal).</summary>
    /// <param name="cache">
    /// Optional: remembers each document's analysed text for the next build, so unchanged documents are not
    /// tokenised again. The index is the same with or without it.
    /// </param>
    /// <param name="work">The build's runner, which decides whether counting and weighting use several threads (<c>--serial</c>); parallel without one.</param>
    public static RelatedIndex Build(IReadOnlyList<RelatedDocument> documents, RelatedOptions? options = null, RelatedAnalysisCache? cache = null,
        Work? work = null)
    {
        work ??= Work.Standalone();
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new RelatedOptions();
        Validate(options);

        // Sorting by key makes index order key order: results cannot depend on input order,
        // and the final tie-break (key, ordinal) becomes a plain integer comparison.
        var sorted = documents.ToArray();
        for (var i = 0; i < sorted.Length; i++)
            Validate(sorted[i], i);
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Key, b.Key));

        var indexByKey = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!indexByKey.TryAdd(sorted[i].Key, i))
                throw new ArgumentException($"Duplicate document key '{sorted[i].Key}'.", nameof(documents));
        }

        var tagTable = KeywordTable.Read(sorted, d => d.Tags);
        var categoryTable = KeywordTable.Read(sorted, d => d.Categories);
        var termTable = TermTable.Count(sorted, options, work, cache);

        var population = Population(tagTable, categoryTable, termTable);

        // Newest first, then by index. Array.Sort with a comparison, not OrderByDescending over the indexes: LINQ's
        // sorter of ints keyed by longs has no precompiled code in the installed tool.
        var recency = new int[sorted.Length];
        for (var i = 0; i < recency.Length; i++) recency[i] = i;
        Array.Sort(recency, (a, b) => sorted[a].Date.UtcTicks != sorted[b].Date.UtcTicks
            ? sorted[b].Date.UtcTicks.CompareTo(sorted[a].Date.UtcTicks)
            : a.CompareTo(b));
        var tags = new KeywordIndex(tagTable, population, recency);
        var categories = new KeywordIndex(categoryTable, population, recency);
        var text = TextIndex.Build(termTable, population, options, work);
        return new RelatedIndex(sorted, indexByKey, options, tags, categories, text);
    }

    /// <summary>How many documents IDF counts: those connected to another document by something informative.</summary>
    /// <remarks>
    /// A tag, category or word is informative when at least two documents have it but not every counted
    /// document does. Counting only documents connected this way means an article that shares nothing, or only
    /// what every article has (like "scar" on a scar site), changes no other document's weights, scores or list.
    /// The count and "informative" depend on each other, so this iterates; the count only shrinks, so it ends fast.
    /// </remarks>
    private static int Population(KeywordTable tags, KeywordTable categories, TermTable terms)
    {
        var population = int.MaxValue;
        while (true)
        {
            var below = population;
            var connected = Enumerable.Range(0, terms.DocumentCount)
                .Count(i => tags.SharesAny(i, below) || categories.SharesAny(i, below) || terms.SharesAny(i, below));
            if (connected == population)
                return population;
            population = connected;
        }
    }

    /// <summary>
    /// Related documents for <paramref name="key"/>, best first: at most <paramref name="count"/>
    /// (default <see cref="RelatedOptions.Count"/>), never the document itself nor a key in <paramref name="exclude"/>.
    /// Equal scores go to the newer document, then to the smaller key (ordinal).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No document has this key.</exception>
    public IReadOnlyList<RelatedMatch> Find(string key, int? count = null, IReadOnlySet<string>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_indexByKey.TryGetValue(key, out var document))
            throw new KeyNotFoundException($"No document with key '{key}' in the related index.");
        var take = count ?? Options.Count;
        ArgumentOutOfRangeException.ThrowIfNegative(take, nameof(count));

        return FindCore(document, take, exclude, _scratch.Value!);
    }

    /// <summary>Related documents for every document, computed in parallel; the same lists <see cref="Find"/> returns.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RelatedMatch>> FindAll(int? count = null)
    {
        var take = count ?? Options.Count;
        ArgumentOutOfRangeException.ThrowIfNegative(take, nameof(count));

        // Each document writes only its own slot, so thread scheduling cannot change any list.
        var results = new IReadOnlyList<RelatedMatch>[_keys.Length];
        Parallel.For(0, _keys.Length, document => results[document] = FindCore(document, take, null, _scratch.Value!));

        var byKey = new Dictionary<string, IReadOnlyList<RelatedMatch>>(_keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < _keys.Length; i++)
            byKey.Add(_keys[i], results[i]);
        return byKey;
    }

    /// <summary>
    /// The document's strongest text terms (lower-case, plurals folded), strongest first: the words its text
    /// similarity rests on. Words no other document uses are left out, as they cannot connect two documents.
    /// </summary>
    public IReadOnlyList<string> TopTerms(string key, int n)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (!_indexByKey.TryGetValue(key, out var document))
            throw new KeyNotFoundException($"No document with key '{key}' in the related index.");
        return _text.TopTerms(document, n);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private RelatedMatch[] FindCore(int document, int take, IReadOnlySet<string>? exclude, CandidateScratch scratch)
    {
        take = Math.Min(take, _keys.Length - 1);
        if (take <= 0)
            return [];

        scratch.Begin();
        scratch.Exclude(document);
        if (exclude is not null)
        {
            foreach (var key in exclude)
            {
                if (key is not null && _indexByKey.TryGetValue(key, out var excluded))
                    scratch.Exclude(excluded);
            }
        }

        AccumulateKeywords(_tags, Options.TagWeight, document, scratch);
        AccumulateKeywords(_categories, Options.CategoryWeight, document, scratch);
        AccumulateText(document, scratch);

        // Candidates get the common keywords' share one by one, which costs a lookup each. An upper bound on
        // that share (as if the candidate had every common keyword) lets hopeless candidates skip the lookups;
        // the small slack covers rounding, so skipping never changes a result.
        var (commonTags, commonCategories) = (0.0, 0.0);
        foreach (var common in scratch.CommonKeywords)
        {
            if (common.Index == _tags)
                commonTags += common.Factor;
            else
                commonCategories += common.Factor;
        }

        var best = new int[take];
        var bestScores = new long[take];
        var found = 0;
        var minScore = Quantise(Options.MinScore);
        for (var i = 0; i < scratch.TouchedCount; i++)
        {
            var candidate = scratch.Touched(i);
            if (scratch.IsExcluded(candidate))
                continue;

            var raw = scratch.Score(candidate);
            var bound = Quantise(raw + 1e-12
                + commonTags * _tags.InverseSqrtCount(candidate)
                + commonCategories * _categories.InverseSqrtCount(candidate));
            if (bound < minScore || (found == take && bound < bestScores[take - 1]))
                continue;

            foreach (var common in scratch.CommonKeywords)
            {
                if ((common.Members[candidate >> 6] & (1UL << candidate)) != 0)
                    raw += common.Factor * common.Index.InverseSqrtCount(candidate);
            }
            var score = Quantise(raw);
            if (score <= 0 || score < minScore)
                continue;
            if (found == take && !Ranks(candidate, score, best[take - 1], bestScores[take - 1]))
                continue;

            var position = found < take ? found++ : take - 1;
            while (position > 0 && Ranks(candidate, score, best[position - 1], bestScores[position - 1]))
            {
                best[position] = best[position - 1];
                bestScores[position] = bestScores[position - 1];
                position--;
            }
            best[position] = candidate;
            bestScores[position] = score;
        }

        var matches = new RelatedMatch[found];
        for (var i = 0; i < found; i++)
            matches[i] = Explain(document, best[i], bestScores[i] / ScoreResolution);
        return matches;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AccumulateKeywords(KeywordIndex index, double weight, int document, CandidateScratch scratch)
    {
        if (weight == 0)
            return;

        var limit = Options.KeywordPostingLimit;
        var ownFactor = weight * index.InverseSqrtCount(document);
        foreach (var keyword in index.KeywordsOf(document))
        {
            var damping = index.Damping(keyword);
            if (damping <= 0)
                continue;

            var factor = ownFactor * damping;
            var posting = index.Posting(keyword);
            if (posting.Length <= limit)
            {
                foreach (var other in posting)
                    scratch.Add(other, factor * index.InverseSqrtCount(other));
                continue;
            }

            // Too common to walk in full. Its newest documents become candidates (among documents sharing only
            // this keyword, the newest win ties), and every candidate, however found, still gets its exact share.
            scratch.CommonKeywords.Add(new CommonKeyword(index, keyword, factor, index.Members(keyword)));
            foreach (var other in posting[..limit])
                scratch.Touch(other);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AccumulateText(int document, CandidateScratch scratch)
    {
        var weight = Options.TextWeight;
        if (weight == 0)
            return;

        var terms = _text.TermsOf(document);
        var weights = _text.WeightsOf(document);
        for (var i = 0; i < terms.Length; i++)
        {
            var factor = weight * weights[i];
            var documents = _text.PostingDocuments(terms[i]);
            var postingWeights = _text.PostingWeights(terms[i]);
            for (var j = 0; j < documents.Length; j++)
                scratch.Add(documents[j], factor * postingWeights[j]);
        }
    }

    // Higher score first, then newer, then smaller index (which is smaller key, as documents are sorted by key).
    private bool Ranks(int candidate, long score, int other, long otherScore) =>
        score != otherScore ? score > otherScore
        : _utcTicks[candidate] != _utcTicks[other] ? _utcTicks[candidate] > _utcTicks[other]
        : candidate < other;

    private RelatedMatch Explain(int document, int other, double score) => new(
        _keys[other],
        score,
        _tags.Shared(document, other),
        _categories.Shared(document, other),
        Round(_tags.Score(document, other)),
        Round(_categories.Score(document, other)),
        Round(_text.Similarity(document, other)));

    private static long Quantise(double score) => (long)Math.Round(score * ScoreResolution);

    private static double Round(double value) => Quantise(value) / ScoreResolution;

    private static void Validate(RelatedOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Count, nameof(options.Count));
        ValidateWeight(options.TagWeight, nameof(options.TagWeight));
        ValidateWeight(options.CategoryWeight, nameof(options.CategoryWeight));
        ValidateWeight(options.TextWeight, nameof(options.TextWeight));
        ValidateWeight(options.MinScore, nameof(options.MinScore));
        ValidateWeight(options.TitleBoost, nameof(options.TitleBoost));
        ValidateWeight(options.HeadingBoost, nameof(options.HeadingBoost));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TermsPerDocument, 1, nameof(options.TermsPerDocument));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.KeywordPostingLimit, 1, nameof(options.KeywordPostingLimit));
        if (!(options.CommonTermFraction > 0 && options.CommonTermFraction <= 1))
            throw new ArgumentOutOfRangeException(nameof(options.CommonTermFraction), options.CommonTermFraction, "Must be in (0, 1].");
    }

    private static void ValidateWeight(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
            throw new ArgumentOutOfRangeException(name, value, "Must be a finite, non-negative number.");
    }

    private static void Validate(RelatedDocument? document, int position)
    {
        if (document is null)
            throw new ArgumentException($"Document at position {position} is null.", "documents");
        if (string.IsNullOrEmpty(document.Key))
            throw new ArgumentException($"Document at position {position} has no key.", "documents");
        if (document.Tags is null || document.Categories is null || document.Headings is null)
            throw new ArgumentException($"Document '{document.Key}' has a null tag, category or heading list.", "documents");
    }
}
