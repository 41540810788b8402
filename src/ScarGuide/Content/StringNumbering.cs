using System.Collections.Concurrent;

namespace ScarGuide.Content;

/// <summary>
/// Numbers strings 0, 1, 2, … in the order they are first asked for, from any thread, so counters can be arrays indexed
/// by the number (the search analyzer's stems, the related index's terms shared across its threads).
/// </summary>
internal sealed class StringNumbering
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>How many strings have a number so far.</summary>
    public int Count
    {
        get { lock (_strings) return _strings.Count; }
    }

    /// <summary>The string numbered <paramref name="id"/>.</summary>
    public string this[int id]
    {
        get { lock (_strings) return _strings[id]; }
    }

    /// <summary>The number of <paramref name="value"/>, given one the first time it is asked for.</summary>
    public int IdOf(string value) => _ids.GetOrAdd(value, v =>
    {
        lock (_strings)
        {
            _strings.Add(v);
            return _strings.Count - 1;
        }
    });
}
