using System.Collections.Concurrent;
using ScarGuide.Diagnostics;

namespace ScarGuide.Pipeline;

/// <summary>How many results of one kind the last build made and how many it reused; <paramref name="MadeIds"/> names the ones it made, sorted.</summary>
public sealed record ReuseCount(int Made, int Reused, IReadOnlyList<string> MadeIds);

/// <summary>
/// What one site's builds remember from each other (the preview server keeps one): the results of every
/// <see cref="Reusable{TItem,TResult}"/> by name and item id, with the key they were made from. A result is reused
/// when its item's key is equal to the remembered one, so a build with memory writes exactly what a build without
/// writes. Results no longer asked for are dropped at the end of each build. One build at a time.
/// </summary>
public sealed class BuildMemory
{
    private readonly ConcurrentDictionary<string, Results> _results = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(Type, string), object> _kept = new();
    private int _generation;

    /// <summary>
    /// The last completed build's counts, by result name (e.g. "markdown", "templates"); a language other than the
    /// default keeps its own under its scope ("es/templates").
    /// </summary>
    public IReadOnlyDictionary<string, ReuseCount> LastBuild { get; private set; } = new Dictionary<string, ReuseCount>();

    /// <summary>Made in the last build for <paramref name="name"/>, in every language (0 if it never ran).</summary>
    public int Made(string name) => InEveryLanguage(name).Sum(c => c.Count.Made);

    /// <summary>The ids of the results made (not reused) in the last build for <paramref name="name"/>, sorted; another language's with its scope (<c>es/…</c>).</summary>
    public IReadOnlyList<string> MadeIds(string name) =>
        InEveryLanguage(name).SelectMany(c => c.Count.MadeIds.Select(id => c.Scope + id)).Order(StringComparer.Ordinal).ToList();

    private IEnumerable<(string Scope, ReuseCount Count)> InEveryLanguage(string name) =>
        LastBuild.Where(e => e.Key == name || e.Key.EndsWith("/" + name, StringComparison.Ordinal))
            .Select(e => (e.Key[..^name.Length], e.Value));

    internal Results Begin(string name)
    {
        var results = _results.GetOrAdd(name, _ => new Results());
        results.Begin(_generation);
        return results;
    }

    internal T Kept<T>(string scope = "") where T : class, new() => (T)_kept.GetOrAdd((typeof(T), scope), _ => new T());

    /// <summary>
    /// Ends a build: drops the results its steps no longer asked for. A step that did not run (the build stopped
    /// earlier) keeps its results for the next build.
    /// </summary>
    internal void End()
    {
        var counts = new Dictionary<string, ReuseCount>(StringComparer.Ordinal);
        foreach (var (name, results) in _results)
        {
            if (results.Generation != _generation) continue;
            results.Prune();
            counts[name] = new ReuseCount(results.Made, results.Reused, results.MadeIds);
        }
        LastBuild = counts;
        _generation++;
    }

    internal sealed class Results
    {
        private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
        private int _made, _reused;
        private ConcurrentQueue<string> _madeIds = new();

        public int Generation { get; private set; } = -1;
        public int Made => _made;
        public int Reused => _reused;
        public IReadOnlyList<string> MadeIds => _madeIds.Order(StringComparer.Ordinal).ToArray();

        public void Begin(int generation)
        {
            if (Generation == generation) return; // asked for twice in one build: keep counting
            Generation = generation;
            _made = _reused = 0;
            _madeIds = new ConcurrentQueue<string>();
        }

        public TResult Get<T, TResult>(Reusable<T, TResult> work, T item, DiagnosticBag diagnostics)
        {
            var id = work.Id(item);
            var key = work.Key(item);
            if (_entries.TryGetValue(id, out var entry) && SameKey(entry.Key, key)
                && (work.IsCurrent is null || work.IsCurrent(item, (TResult)entry.Result!)))
            {
                entry.Generation = Generation;
                Interlocked.Increment(ref _reused);
                foreach (var d in entry.Diagnostics) diagnostics.Add(d);
                return (TResult)entry.Result!;
            }

            var own = new DiagnosticBag();
            var result = work.Make(item, own);
            Interlocked.Increment(ref _made);
            _madeIds.Enqueue(id);
            var made = own.Sorted();
            foreach (var d in made) diagnostics.Add(d);
            _entries[id] = new Entry(key, result, made) { Generation = Generation };
            return result;
        }

        public void Prune()
        {
            foreach (var (id, entry) in _entries)
                if (entry.Generation != Generation) _entries.TryRemove(id, out _);
        }

        /// <summary>Item by item: strings and values by value, content keys by content, other objects by identity.</summary>
        internal static bool SameKey(object?[] a, object?[] b)
        {
            if (a.Length != b.Length) return false;
            for (var i = 0; i < a.Length; i++)
            {
                if (ReferenceEquals(a[i], b[i])) continue;
                var same = a[i] switch
                {
                    string or ValueType => Equals(a[i], b[i]),
                    IContentKey key => b[i] is { } other && key.SameAs(other),
                    _ => false,
                };
                if (!same) return false;
            }
            return true;
        }
    }

    private sealed class Entry(object?[] key, object? result, IReadOnlyList<Diagnostic> diagnostics)
    {
        public object?[] Key => key;
        public object? Result => result;
        public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;
        public int Generation { get; set; }
    }
}
