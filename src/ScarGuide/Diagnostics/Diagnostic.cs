namespace ScarGuide.Diagnostics;

/// <summary>How serious a diagnostic is: errors stop a build from publishing, warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem found in the site's sources, pointing at a file, line and column, with a fix.</summary>
/// <param name="File">Path relative to the site root with forward slashes, e.g. <c>input/articles/x.md</c>.</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="Code">A stable, kebab-case identifier such as <c>missing-field</c>.</param>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message, string? Fix = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The compiler-style line editors see: <c>file:line:col: error: message (fix)</c>.</summary>
    public override string ToString()
    {
        var location = Line > 0 ? $"{File}:{Line}:{Math.Max(Column, 1)}" : File;
        var kind = IsError ? "error" : "warning";
        return Fix is null ? $"{location}: {kind}: {Message}" : $"{location}: {kind}: {Message} Fix: {Fix}";
    }
}
