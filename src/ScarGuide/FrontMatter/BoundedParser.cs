using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ScarGuide.FrontMatter;

/// <summary>YAML refused before it is loaded: a shape that could exhaust the stack or memory, or a repeated key.</summary>
internal sealed class YamlLimitException(Mark start, string problem, string fix) : YamlException(start, start, problem)
{
    /// <summary>What is wrong, to follow "The front matter": "is nested deeper than ...".</summary>
    public string Problem { get; } = problem;

    public string Fix { get; } = fix;
}

/// <summary>
/// Passes on another parser's events and stops (with a <see cref="YamlLimitException"/>) at the first one that goes
/// past a limit. <see cref="YamlDotNet.RepresentationModel.YamlStream"/> builds nodes recursively, one call per level,
/// so a text of 100,000 <c>[</c> overflows the stack, which ends the process (YamlDotNet issue #1109); and aliases
/// share nodes that <see cref="YamlValues.ToPlain"/> copies, so ten aliases of ten aliases ("billion laughs") make an
/// exponential tree, and an alias inside its own anchor an endless one. Checking the events before the loader sees
/// them bounds all three.
/// </summary>
internal sealed class BoundedParser(IParser inner, int lineOffset) : IParser
{
    /// <summary>Lists and groups inside each other; front matter and configuration need three or four.</summary>
    public const int MaxDepth = 64;

    /// <summary>Values that aliases may repeat in one file, counting the values inside repeated lists and groups.</summary>
    public const int MaxAliasedValues = 10_000;

    /// <summary>An open list or group: its anchor, the values in it so far (aliases expanded), and a group's keys.</summary>
    private sealed class Open(string? anchor, Dictionary<string, Mark>? keys)
    {
        public string? Anchor { get; } = anchor;
        public Dictionary<string, Mark>? Keys { get; } = keys;
        public long Values { get; set; } = 1;
        public int Children { get; set; }
    }

    private readonly Stack<Open> _open = new();
    private readonly Dictionary<string, long> _anchored = new(StringComparer.Ordinal);
    private long _aliased;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        var current = inner.Current;
        if (current is NodeEvent or AnchorAlias && _open.TryPeek(out var parent))
        {
            // In a group, children alternate key and value. YamlDotNet reports a repeated key as "Duplicate key x";
            // this names both lines and the fix.
            if (parent.Keys is { } keys && parent.Children % 2 == 0 && current is Scalar { Value: var key } && !keys.TryAdd(key, current.Start))
                throw new YamlLimitException(current.Start,
                    $"has '{key}' twice, on lines {keys[key].Line + lineOffset} and {current.Start.Line + lineOffset}",
                    $"Keep one '{key}' and delete the other (only one of them could be used).");
            parent.Children++;
        }
        switch (current)
        {
            case NodeEvent { } start when start is SequenceStart or MappingStart:
                if (_open.Count >= MaxDepth)
                    throw new YamlLimitException(start.Start,
                        $"is nested deeper than {MaxDepth} levels (lists or groups of fields inside each other)",
                        "Write the value flat, like `tags: [\"acne\", \"scars\"]`, and close every '[' and '{' you open.");
                _open.Push(new Open(Anchor(start), start is MappingStart ? new Dictionary<string, Mark>(StringComparer.Ordinal) : null));
                break;
            case SequenceEnd or MappingEnd:
                var closed = _open.Pop();
                if (closed.Anchor is not null) _anchored[closed.Anchor] = closed.Values;
                Count(closed.Values);
                break;
            case Scalar scalar:
                if (Anchor(scalar) is { } name) _anchored[name] = 1;
                Count(1);
                break;
            case AnchorAlias alias:
                var target = alias.Value.Value;
                if (_open.Any(o => o.Anchor == target))
                    throw new YamlLimitException(alias.Start,
                        $"uses the alias *{target} inside the value it names, which would repeat without end",
                        $"Remove *{target} there, or write the value out.");
                // An unknown anchor is left to the loader, which reports it.
                if (_anchored.TryGetValue(target, out var size))
                {
                    _aliased += size;
                    if (_aliased > MaxAliasedValues)
                        throw new YamlLimitException(alias.Start,
                            $"repeats more than {MaxAliasedValues:N0} values through aliases (*{target}), more than any page needs",
                            "Write the values out instead of nesting aliases of aliases.");
                    Count(size);
                }
                break;
        }
        return true;
    }

    private static string? Anchor(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;

    private void Count(long values)
    {
        if (_open.TryPeek(out var parent)) parent.Values += values;
    }
}
