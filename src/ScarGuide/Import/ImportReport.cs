using System.Text;

namespace ScarGuide.Import;

/// <summary>
/// <c>import-report.md</c>: counts (found, imported, drafts, skipped by reason), then per file what an editor should
/// look at. Written for a person; every list is sorted so a rerun writes the same bytes.
/// </summary>
internal sealed class ImportReport(string source)
{
    private readonly SortedDictionary<string, Count> _counts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _skipped = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedSet<string>> _notes = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _general = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _unservable = new(StringComparer.Ordinal);

    private sealed class Count { public int Found; public int Published; public int Drafts; }

    public string Source => source;

    /// <summary>Counts one item of a type and status as found; <paramref name="outcome"/> says what became of it.</summary>
    public void Found(string type, string status, Outcome outcome, string? skipReason = null)
    {
        var key = $"{type} ({status})";
        if (!_counts.TryGetValue(key, out var count)) _counts[key] = count = new Count();
        count.Found++;
        if (outcome == Outcome.Published) count.Published++;
        else if (outcome == Outcome.Draft) count.Drafts++;
        else _skipped[skipReason ?? $"{type} ({status})"] = _skipped.GetValueOrDefault(skipReason ?? $"{type} ({status})") + 1;
    }

    /// <summary>Something an editor should look at in one file (<c>input/articles/x.md</c>).</summary>
    public void Note(string file, string note)
    {
        if (!_notes.TryGetValue(file, out var set)) _notes[file] = set = new SortedSet<string>(StringComparer.Ordinal);
        set.Add(note);
    }

    /// <summary>Something about the whole import.</summary>
    public void General(string note) => _general.Add(note);

    /// <summary>An old address a static host cannot redirect by itself (<c>/?p=12</c>), with its new address.</summary>
    public void Unservable(string oldAddress, string newAddress) => _unservable[oldAddress] = newAddress;

    public IReadOnlyDictionary<string, SortedSet<string>> Notes => _notes;
    public int Imported => _counts.Values.Sum(c => c.Published + c.Drafts);

    public string Render(IReadOnlyDictionary<string, IReadOnlyList<string>> checks)
    {
        var sb = new StringBuilder();
        sb.Append("# Import report\n\n");
        sb.Append("Imported from `").Append(source).Append("`. Everything below needs an editor's eye before the site goes live; ");
        sb.Append("run `scarguide check` after each change.\n\n## Counts\n\n");
        sb.Append("| type (status) | found | published | drafts | skipped |\n|---|---:|---:|---:|---:|\n");
        foreach (var (key, c) in _counts)
            sb.Append("| ").Append(key).Append(" | ").Append(c.Found).Append(" | ").Append(c.Published).Append(" | ").Append(c.Drafts)
              .Append(" | ").Append(c.Found - c.Published - c.Drafts).Append(" |\n");
        var total = _counts.Values.Aggregate((Found: 0, Published: 0, Drafts: 0), (t, c) => (t.Found + c.Found, t.Published + c.Published, t.Drafts + c.Drafts));
        sb.Append("| **total** | ").Append(total.Found).Append(" | ").Append(total.Published).Append(" | ").Append(total.Drafts)
          .Append(" | ").Append(total.Found - total.Published - total.Drafts).Append(" |\n\n");
        if (_skipped.Count > 0)
        {
            sb.Append("Skipped, by reason:\n\n");
            foreach (var (reason, n) in _skipped) sb.Append("- ").Append(reason).Append(": ").Append(n).Append('\n');
            sb.Append('\n');
        }
        if (_general.Count > 0)
        {
            sb.Append("## The whole site\n\n");
            foreach (var note in _general) sb.Append("- ").Append(note).Append('\n');
            sb.Append('\n');
        }
        if (_unservable.Count > 0)
        {
            sb.Append("## Old addresses your web server must redirect\n\n");
            sb.Append("A static host serves files, so it cannot tell `/?p=12` from `/`. If your host has redirect rules, add these:\n\n");
            sb.Append("| old address | new address |\n|---|---|\n");
            foreach (var (from, to) in _unservable) sb.Append("| `").Append(from).Append("` | `").Append(to).Append("` |\n");
            sb.Append('\n');
        }
        var files = _notes.Keys.Union(checks.Keys).Order(StringComparer.Ordinal).ToList();
        sb.Append("## Per file\n\n");
        if (files.Count == 0) sb.Append("Nothing to look at.\n");
        foreach (var file in files)
        {
            sb.Append("### `").Append(file).Append("`\n\n");
            foreach (var note in _notes.GetValueOrDefault(file) ?? []) sb.Append("- ").Append(note).Append('\n');
            foreach (var note in checks.GetValueOrDefault(file) ?? []) sb.Append("- check: ").Append(note).Append('\n');
            sb.Append('\n');
        }
        return sb.ToString();
    }
}

/// <summary>What became of an item the source had.</summary>
internal enum Outcome { Published, Draft, Skipped }
