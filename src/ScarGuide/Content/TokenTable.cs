using System.Runtime.CompilerServices;

namespace ScarGuide.Content;

/// <summary>The FNV-1a hash that <see cref="TokenTable{TValue}"/> looks tokens up by, taken by readers as they read.</summary>
internal static class TokenTable
{
    public const int EmptyHash = unchecked((int)2166136261);

    /// <summary>Extends an FNV-1a hash by one character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(int hash, char c) => unchecked((hash ^ c) * 16777619);

    /// <summary>The hash of a whole token.</summary>
    public static int HashOf(ReadOnlySpan<char> token)
    {
        var hash = EmptyHash;
        foreach (var c in token) hash = Hash(hash, c);
        return hash;
    }
}

/// <summary>
/// Maps token text to a value, looked up by span with a hash the reader already computed, so lookups never allocate
/// (the related index's tokens, the search analyzer's ASCII words, the syllable counts of reading levels). Open
/// addressing over one array: a slot holds the hash beside its key and value, one load per probe.
/// </summary>
/// <remarks>
/// A plain Dictionary would hash every token a second time; with ~10 million tokens per large site that
/// second pass is a noticeable share of the build.
/// </remarks>
internal sealed class TokenTable<TValue>
{
    private struct Slot
    {
        public int Hash;
        public string? Key;
        public TValue Value;
    }

    private Slot[] _slots = new Slot[4096];
    private int _count;

    /// <summary>How many tokens the table holds.</summary>
    public int Count => _count;

    public bool TryGetValue(ReadOnlySpan<char> token, int hash, out TValue value)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var at = hash & mask; ; at = (at + 1) & mask)
        {
            ref var slot = ref slots[at];
            if (slot.Key is null)
                break;
            if (slot.Hash == hash && token.SequenceEqual(slot.Key))
            {
                value = slot.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>Adds a token that <see cref="TryGetValue"/> just failed to find.</summary>
    public void Add(ReadOnlySpan<char> token, int hash, TValue value) => Add(new string(token), hash, value);

    /// <summary>Adds a token, held as the string given, that <see cref="TryGetValue"/> just failed to find.</summary>
    public void Add(string token, int hash, TValue value)
    {
        // Keep at most half the slots full so probe runs stay short.
        if ((_count + 1) * 2 > _slots.Length)
        {
            var old = _slots;
            _slots = new Slot[old.Length * 2];
            foreach (var slot in old)
                if (slot.Key is not null) Insert(slot.Key, slot.Hash, slot.Value);
        }
        Insert(token, hash, value);
        _count++;
    }

    private void Insert(string key, int hash, TValue value)
    {
        var mask = _slots.Length - 1;
        var at = hash & mask;
        while (_slots[at].Key is not null)
            at = (at + 1) & mask;
        _slots[at] = new Slot { Hash = hash, Key = key, Value = value };
    }
}
