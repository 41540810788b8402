using System.Collections.Concurrent;

namespace ScarGuide.Markdown;

/// <summary>
/// The link table as one body's rendering sees it, noting each file name looked up and what it resolved to, so a
/// remembered body is reused only while all of them still resolve the same (a renamed or unpublished target renders
/// the articles linking to it again). Only lookups are supported.
/// </summary>
internal sealed class RecordedLinks(LinkTargets inner) : IReadOnlyDictionary<string, LinkTarget>
{
    /// <summary>Recorded, with the key set's fingerprint, when a body enumerates every key (a misspelt link asks for the closest name).</summary>
    private const string AllKeys = "\0all:";

    private readonly ConcurrentQueue<(string Key, LinkTarget? Target)> _lookups = new();

    /// <summary>What the body looked up, to check later with <see cref="StillResolve"/>.</summary>
    public IReadOnlyList<(string Key, LinkTarget? Target)> Recorded() => _lookups.Distinct().ToArray();

    /// <summary>Whether every recorded lookup resolves in <paramref name="links"/> as it did.</summary>
    public static bool StillResolve(IReadOnlyList<(string Key, LinkTarget? Target)> lookups, LinkTargets links)
    {
        foreach (var (key, target) in lookups)
        {
            var same = key.StartsWith(AllKeys, StringComparison.Ordinal)
                ? key == AllKeys + links.KeysFingerprint
                : Equals(links.Find(key + ".md"), target);
            if (!same) return false;
        }
        return true;
    }

    public bool TryGetValue(string key, out LinkTarget value)
    {
        // Keys arrive normalized (file name, no extension, lower case), so Find resolves them unchanged.
        var target = inner.Find(key + ".md");
        _lookups.Enqueue((key, target));
        value = target!;
        return target is not null;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public LinkTarget this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys
    {
        get
        {
            _lookups.Enqueue((AllKeys + inner.KeysFingerprint, null));
            return inner.FileKeys;
        }
    }

    public IEnumerable<LinkTarget> Values => throw new NotSupportedException();
    public int Count => throw new NotSupportedException();
    public IEnumerator<KeyValuePair<string, LinkTarget>> GetEnumerator() => throw new NotSupportedException();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
