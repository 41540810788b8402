using ScarGuide.Diagnostics;

namespace ScarGuide.Cli.Reporting;

/// <summary>GitHub Actions workflow commands, so diagnostics show inline on a pull request's changed lines.</summary>
internal static class GitHubFormat
{
    public static string Line(Diagnostic d)
    {
        var kind = d.IsError ? "error" : "warning";
        var properties = $"file={Property(d.File)}";
        if (d.Line > 0) properties += $",line={d.Line}";
        if (d.Column > 0) properties += $",col={d.Column}";
        properties += $",title={Property(d.Code)}";
        var message = d.Fix is null ? d.Message : $"{d.Message} Fix: {d.Fix}";
        return $"::{kind} {properties}::{Data(message)}";
    }

    // Escaping rules of workflow commands: data escapes %, CR, LF; properties also escape ':' and ','.
    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
