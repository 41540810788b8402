using System.Collections.Concurrent;

namespace ScarGuide.Diagnostics;

/// <summary>Collects diagnostics from steps running in parallel; reads them back in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string code, string file, int line, int column, string message, string? fix = null) =>
        Add(new Diagnostic(Severity.Error, code, file, line, column, message, fix));

    public void Warning(string code, string file, int line, int column, string message, string? fix = null) =>
        Add(new Diagnostic(Severity.Warning, code, file, line, column, message, fix));

    /// <summary>
    /// Reads one input file with <paramref name="read"/>. An exception there is a bug of ours met on odd input: it
    /// becomes an error on that file (the rest of the site still builds and is checked), not the whole build's
    /// internal-error, and <paramref name="fallback"/> stands for the file's result.
    /// </summary>
    public T ReadFile<T>(string file, string code, Func<T> read, T fallback)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Unreadable(file, code, ex);
            return fallback;
        }
    }

    /// <summary>What <see cref="ReadFile"/> reports when reading a file threw <paramref name="ex"/>.</summary>
    public void Unreadable(string file, string code, Exception ex) =>
        Error(code, file, 1, 1, $"The file could not be read: {ex.GetType().Name}: {ex.Message}",
            "Please report this with the file. Meanwhile, look in it for unusual YAML (anchors, aliases, deep nesting, odd characters) and write it more simply.");

    public bool HasErrors => _items.Any(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    public int WarningCount => _items.Count(d => !d.IsError);

    /// <summary>All diagnostics sorted by file, line, column, then message, without duplicates.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items.Distinct().OrderBy(d => d, ReadingOrder).ToList();

    // One comparer of diagnostics, not ThenBy(d => d.Line): LINQ's sorter keyed by ints has no precompiled code in the
    // installed tool (it was compiled at run time on every build); keyed by the diagnostic it has. OrderBy is stable.
    private static readonly IComparer<Diagnostic> ReadingOrder = Comparer<Diagnostic>.Create((a, b) =>
    {
        var c = StringComparer.Ordinal.Compare(a.File, b.File);
        if (c == 0) c = a.Line.CompareTo(b.Line);
        if (c == 0) c = a.Column.CompareTo(b.Column);
        if (c == 0) c = StringComparer.Ordinal.Compare(a.Code, b.Code);
        return c != 0 ? c : StringComparer.Ordinal.Compare(a.Message, b.Message);
    });
}
