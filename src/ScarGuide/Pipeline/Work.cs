using ScarGuide.Diagnostics;

namespace ScarGuide.Pipeline;

/// <summary>
/// Per-item work a step declares so that its results can be reused between builds: a name (one per kind of
/// result), an id per item, the item's inputs as a key, and a function from the item to its result.
/// </summary>
/// <remarks>
/// <see cref="Make"/> must depend on nothing but what <see cref="Key"/> lists (and, if set, what
/// <see cref="IsCurrent"/> checks on the remembered result): that is what makes a reused result equal to a fresh one.
/// Key items compare as values if they are strings or value types, by content if they are an <see cref="IContentKey"/>,
/// otherwise by identity, so an object stands for its content only while it is never changed (front matter and
/// rendered bodies are such objects).
/// </remarks>
public sealed record Reusable<TItem, TResult>(
    string Name,
    Func<TItem, string> Id,
    Func<TItem, object?[]> Key,
    Func<TItem, DiagnosticBag, TResult> Make)
{
    /// <summary>Dependencies found while making the result (links looked up, say): is the remembered result still right?</summary>
    public Func<TItem, TResult, bool>? IsCurrent { get; init; }
}

/// <summary>A key item made anew on every build (a page's view) that compares by its content.</summary>
public interface IContentKey
{
    bool SameAs(object other);
}

/// <summary>
/// The runner's side of per-item work. Steps hand it their items and a function; it decides whether they run in
/// parallel (<see cref="BuildOptions.Parallel"/>) and, when the build has a <see cref="BuildMemory"/> (the
/// preview), which results of the last build can be reused. Results always come back in item order.
/// </summary>
public sealed class Work
{
    private readonly bool _parallel;
    private readonly BuildMemory? _memory;

    // Each language of a site remembers its results apart ("es/templates"): the same output path or source id in two
    // languages is two different results. The default language's scope is empty, as a site in one language's is.
    private readonly string _scope;

    internal Work(bool parallel, BuildMemory? memory, string scope = "")
    {
        _parallel = parallel;
        _memory = memory;
        _scope = scope;
    }

    /// <summary>The memory a language's own runner shares (see <see cref="BuildContext.LanguageSites"/>).</summary>
    internal BuildMemory? Memory => _memory;

    /// <summary>
    /// A runner without memory, for engines used outside a build (the related index in benchmarks and tests); a build
    /// hands its own (<see cref="BuildContext.Work"/>), so <c>--serial</c> reaches them.
    /// </summary>
    public static Work Standalone(bool parallel = true) => new(parallel, null);

    /// <summary>Whether <see cref="ForEach{T}"/> and <see cref="Map{T,TResult}(IReadOnlyList{T},Func{T,TResult})"/> may use several threads (not with <c>--serial</c>).</summary>
    public bool IsParallel => _parallel;

    /// <summary>Whether results are remembered for the next build (a step may then keep extra data, such as link lookups).</summary>
    public bool Remembers => _memory is not null;

    public void ForEach<T>(IReadOnlyList<T> items, Action<T> action)
    {
        if (_parallel && items.Count > 1) Parallel.ForEach(items, action);
        else foreach (var item in items) action(item);
    }

    public TResult[] Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map)
    {
        var results = new TResult[items.Count];
        if (_parallel && items.Count > 1) Parallel.For(0, items.Count, i => results[i] = map(items[i]));
        else for (var i = 0; i < items.Count; i++) results[i] = map(items[i]);
        return results;
    }

    /// <summary>
    /// Runs <paramref name="work"/> for every item (or reuses the last build's result for an unchanged one) and hands
    /// each result to <paramref name="use"/> as soon as it is ready, on the thread that made it. Diagnostics a reused
    /// result once produced are reported again.
    /// </summary>
    public void ForEach<T, TResult>(Reusable<T, TResult> work, IReadOnlyList<T> items, DiagnosticBag diagnostics, Action<T, TResult> use)
    {
        if (_memory is null)
        {
            ForEach(items, item => use(item, work.Make(item, diagnostics)));
            return;
        }
        var remembered = _memory.Begin(_scope + work.Name);
        ForEach(items, item => use(item, remembered.Get(work, item, diagnostics)));
    }

    /// <summary><see cref="ForEach{T,TResult}(Reusable{T,TResult},IReadOnlyList{T},DiagnosticBag,Action{T,TResult})"/>, collecting the results in item order.</summary>
    public TResult[] Map<T, TResult>(Reusable<T, TResult> work, IReadOnlyList<T> items, DiagnosticBag diagnostics)
    {
        if (_memory is null) return Map(items, item => work.Make(item, diagnostics));
        var remembered = _memory.Begin(_scope + work.Name);
        return Map(items, item => remembered.Get(work, item, diagnostics));
    }

    /// <summary>
    /// State an engine keeps between builds of one site (the related index's analysed texts), or null for a build
    /// without memory. One build at a time uses it.
    /// </summary>
    public T? Kept<T>() where T : class, new() => _memory?.Kept<T>(_scope);
}
