using System.Runtime.CompilerServices;

namespace ScarGuide.Content;

/// <summary>
/// Maps token text to an int, looked up by span with a hash the reader already computed, so lookups never allocate
/// (the related index's tokens, the syllable counts of reading levels).
/// </summary>
/// <remarks>
/// A plain Dictionary would hash every token a second time; with ~10 million tokens per large site that
/// second pass is a noticeable share of the build.
/// </remarks>
internal sealed class TokenTable
{
    public const int EmptyHash = unchecked((int)2166136261);

    private string?[] _keys = new string?[4096];
    private int[] _hashes = new int[4096];
    private int[] _values = new int[4096];
    private int _count;

    /// <summary>How many tokens the table holds.</summary>
    public int Count => _count;

    /// <summary>The hash <see cref="TryGetValue"/> and <see cref="Add"/> expect for a whole token.</summary>
    public static int HashOf(ReadOnlySpan<char> token)
    {
        var hash = EmptyHash;
        foreach (var c in token) hash = Hash(hash, c);
        return hash;
    }

    /// <summary>Extends an FNV-1a hash by one character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(int hash, char c) => unchecked((hash ^ c) * 16777619);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ReadOnlySpan<char> token, int hash, out int value)
    {
        var mask = _keys.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var key = _keys[slot];
            if (key is null)
                break;
            if (_hashes[slot] == hash && token.SequenceEqual(key))
            {
                value = _values[slot];
                return true;
            }
        }
        value = 0;
        return false;
    }

    /// <summary>Adds a token that <see cref="TryGetValue"/> just failed to find.</summary>
    public void Add(ReadOnlySpan<char> token, int hash, int value)
    {
        // Keep at most half the slots full so probe runs stay short.
        if ((_count + 1) * 2 > _keys.Length)
            Grow();
        Insert(new string(token), hash, value);
        _count++;
    }

    private void Insert(string key, int hash, int value)
    {
        var mask = _keys.Length - 1;
        var slot = hash & mask;
        while (_keys[slot] is not null)
            slot = (slot + 1) & mask;
        _keys[slot] = key;
        _hashes[slot] = hash;
        _values[slot] = value;
    }

    private void Grow()
    {
        var (keys, hashes, values) = (_keys, _hashes, _values);
        _keys = new string?[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        _values = new int[keys.Length * 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
                Insert(key, hashes[i], values[i]);
        }
    }
}
