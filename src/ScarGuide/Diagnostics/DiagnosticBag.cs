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

    public bool HasErrors => _items.Any(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    public int WarningCount => _items.Count(d => !d.IsError);

    /// <summary>All diagnostics sorted by file, line, column, then message, without duplicates.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
