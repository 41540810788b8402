using System.Globalization;
using ScarGuide.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ScarGuide.FrontMatter;

/// <summary>
/// Reads typed values out of a YAML mapping, reporting every wrong type with the file, the line
/// of the offending value and a fix, so that one bad field never hides the others.
/// </summary>
internal sealed class YamlValues(YamlMappingNode map, string file, int lineOffset, DiagnosticBag diagnostics)
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mmK",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK",
    ];

    public string File => file;

    public YamlMappingNode Map => map;

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>Parses YAML text into its top-level mapping, or reports why it cannot and returns null.</summary>
    /// <param name="lineOffset">Lines before the YAML text in the file (1 for front matter after <c>---</c>).</param>
    public static YamlMappingNode? ParseMapping(string text, string file, int lineOffset, DiagnosticBag diagnostics, string what)
    {
        var tab = FindIndentTab(text);
        if (tab.Line > 0)
        {
            diagnostics.Error("yaml-tab", file, tab.Line + lineOffset, tab.Column,
                $"The {what} is indented with a tab character; YAML only allows spaces.",
                "Replace the tab with spaces (two per level).");
            return null;
        }

        // Almost all front matter is simple enough for the fast reader; YamlDotNet reads (and reports on) the rest.
        if (FastYamlParser.TryLoad(text) is { } fast)
            return RootMapping(fast, file, lineOffset, diagnostics, what);

        var stream = new YamlStream();
        try
        {
            stream.Load(new BoundedParser(new Parser(new StringReader(text)), lineOffset));
        }
        catch (YamlLimitException ex)
        {
            diagnostics.Error(what == "front matter" ? "front-matter" : "config-file", file, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column,
                $"The {what} {ex.Problem}.", ex.Fix);
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Error("yaml-syntax", file, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column,
                $"The {what} is not valid YAML: {Describe(ex)}",
                "Check indentation, closing quotes and that each field is written `name: value`.");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException (found by fuzzing).
            diagnostics.Error("yaml-syntax", file, 1 + lineOffset, 1,
                $"The {what} is not valid YAML and could not be read ({ex.Message}).",
                "Check unclosed brackets [ ] and quotes, and that each field is written `name: value`.");
            return null;
        }
        return RootMapping(stream, file, lineOffset, diagnostics, what);
    }

    private static YamlMappingNode? RootMapping(YamlStream stream, string file, int lineOffset, DiagnosticBag diagnostics, string what)
    {
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlMappingNode();

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
            return mapping;

        diagnostics.Error("yaml-not-a-map", file, (int)root.Start.Line + lineOffset, (int)root.Start.Column,
            $"The {what} must be a set of `name: value` fields, but it is a {KindName(root)}.",
            "Write one field per line, like `title: \"My title\"`.");
        return null;
    }

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; the location is reported separately.
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith('(') ? message[(marker + 3)..] : message;
    }

    /// <summary>The first tab that only spaces precede on its line; (0, 0) if none. Most texts have no tab at all, which one vectorized search tells.</summary>
    private static (int Line, int Column) FindIndentTab(string text)
    {
        var span = text.AsSpan();
        var from = 0;
        while (span[from..].IndexOf('\t') is var found and >= 0)
        {
            var tab = from + found;
            var lineStart = span[..tab].LastIndexOf('\n') + 1;
            if (!span[lineStart..tab].ContainsAnyExcept(' ')) return (span[..lineStart].Count('\n') + 1, tab - lineStart + 1);
            from = tab + 1;
        }
        return (0, 0);
    }

    public static string KindName(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "group of fields",
        _ => "single value",
    };

    public int LineOf(YamlNode node) => (int)node.Start.Line + lineOffset;

    public int ColumnOf(YamlNode node) => (int)node.Start.Column;

    public YamlNode? Node(string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node) ? node : null;

    public int LineOfKey(string key)
    {
        foreach (var (k, _) in map.Children)
            if (k is YamlScalarNode s && s.Value == key) return LineOf(k);
        return 1 + lineOffset;
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private void WrongType(string key, YamlNode node, string expected, string example) =>
        diagnostics.Error("wrong-type", file, LineOf(node), ColumnOf(node),
            $"'{key}' must be {expected}, but it is a {KindName(node)}.", $"Write it like `{key}: {example}`.");

    public string? String(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return scalar.Value?.Trim();
        WrongType(key, node, "text", "\"...\"");
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } v })
        {
            switch (v.Trim().ToLowerInvariant())
            {
                case "true" or "yes" or "on": return true;
                case "false" or "no" or "off": return false;
            }
        }
        diagnostics.Error("wrong-type", file, LineOf(node), ColumnOf(node),
            $"'{key}' must be true or false, got '{Scalar(node)}'.", $"Write `{key}: true` or `{key}: false`.");
        return null;
    }

    public int? Int(string key, int min, int max)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        diagnostics.Error("wrong-type", file, LineOf(node), ColumnOf(node),
            $"'{key}' must be a whole number from {min} to {max}, got '{Scalar(node)}'.", $"Write it like `{key}: {min}`.");
        return null;
    }

    public double? Double(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } v } && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0)
            return d;
        diagnostics.Error("wrong-type", file, LineOf(node), ColumnOf(node),
            $"'{key}' must be a number of zero or more, got '{Scalar(node)}'.", $"Write it like `{key}: 1.5`.");
        return null;
    }

    public DateTimeOffset? Date(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        var text = node is YamlScalarNode s ? s.Value?.Trim() : null;
        var impossible = false;
        if (text is not null && TryParseDate(text, out var date, out impossible))
            return date;

        var message = impossible
            ? $"'{key}' is not a real calendar date: '{text}'."
            : text is null
                ? $"'{key}' must be a date, but it is a {KindName(node)}."
                : $"'{key}' must be a date like 2026-03-14, got '{text}'.";
        diagnostics.Error(impossible ? "impossible-date" : "wrong-type", file, LineOf(node), ColumnOf(node), message,
            $"Write `{key}: 2026-03-14` (year-month-day) or a full ISO 8601 time such as 2026-03-14T09:30:00+01:00.");
        return null;
    }

    /// <summary>Date-only values mean midnight UTC, so output never depends on the build machine's time zone.</summary>
    public static bool TryParseDate(string text, out DateTimeOffset date, out bool impossible)
    {
        impossible = false;
        // The usual value, 2026-03-14, read directly: trying the nine formats in turn cost more than the rest of a
        // date field. Anything else, valid or not, goes through them as before.
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4) is var year and >= 1 && Digits(text, 5, 2) is var month and >= 1 and <= 12
            && Digits(text, 8, 2) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
            return true;
        }
        if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out date))
            return true;

        // Shaped like a date but not one (2026-02-30): tell the editor it's the calendar, not the format.
        if (text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), CultureInfo.InvariantCulture, out _)
            && int.TryParse(text.AsSpan(5, 2), CultureInfo.InvariantCulture, out _)
            && int.TryParse(text.AsSpan(8, 2), CultureInfo.InvariantCulture, out _))
            impossible = true;
        return false;
    }

    /// <summary>The number the ASCII digits at <paramref name="start"/> spell, or -1 if one of them is not a digit.</summary>
    private static int Digits(string text, int start, int count)
    {
        var n = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return -1;
            n = n * 10 + (text[i] - '0');
        }
        return n;
    }

    public IReadOnlyList<string> StringList(string key)
    {
        var node = Node(key);
        if (node is null) return [];
        if (node is YamlSequenceNode seq)
        {
            var list = new List<string>(seq.Children.Count);
            foreach (var item in seq.Children)
            {
                if (item is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
                    list.Add(v.Trim());
                else if (!IsNull(item))
                    diagnostics.Error("wrong-type", file, LineOf(item), ColumnOf(item),
                        $"Each entry of '{key}' must be a short text, but one is a {KindName(item)}.",
                        $"Write `{key}: [\"first\", \"second\"]`.");
            }
            return list;
        }
        var value = Scalar(node);
        diagnostics.Error("wrong-type", file, LineOf(node), ColumnOf(node),
            $"'{key}' must be a list, but it is a single value ('{value}').", $"Write `{key}: [\"{value}\"]`.");
        return [];
    }

    public IEnumerable<YamlValues> MapList(string key, string example)
    {
        var node = Node(key);
        if (node is null) yield break;
        if (node is not YamlSequenceNode seq)
        {
            diagnostics.Error("wrong-type", file, LineOf(node), ColumnOf(node),
                $"'{key}' must be a list of entries, but it is a {KindName(node)}.", $"Write each entry on its own line: `{example}`.");
            yield break;
        }
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode m)
                yield return new YamlValues(m, file, lineOffset, diagnostics);
            else
                diagnostics.Error("wrong-type", file, LineOf(item), ColumnOf(item),
                    $"Each entry of '{key}' must be a group of fields, but one is a {KindName(item)}.",
                    $"Write each entry like `{example}`.");
        }
    }

    /// <summary>
    /// <c>readability: off</c> or <c>readability: { max_grade: 8, min_inflesz: 55 }</c>, the same in site.yml and front
    /// matter. A group sets only the targets it names (see <see cref="Readability.ReadabilitySettings.Over"/>); null when
    /// absent, wrong, or naming no valid target.
    /// </summary>
    public static Readability.ReadabilitySettings? ReadabilityOf(YamlValues v)
    {
        var node = v.Node("readability");
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } text } && text.Trim() is "off" or "false")
            return Readability.ReadabilitySettings.Off;
        if (node is not YamlMappingNode)
        {
            v.Diagnostics.Error("wrong-type", v.File, v.LineOf(node), v.ColumnOf(node),
                "'readability' must be `off` or a group with `max_grade` and/or `min_inflesz`.",
                "Write `readability: { max_grade: 8, min_inflesz: 55 }` or `readability: off`.");
            return null;
        }
        var settings = v.Mapping("readability")!;
        foreach (var key in settings.Keys().Where(k => k is not ("max_grade" or "min_inflesz")))
            v.Diagnostics.Warning("unknown-key", v.File, settings.LineOfKey(key), 1, $"'readability.{key}' is not a setting ScarGuide knows.",
                "Use `max_grade` (English) or `min_inflesz` (Spanish).");

        double? grade = null, inflesz = null;
        if (settings.Double("max_grade") is { } g)
        {
            if (g is >= 1 and <= 20) grade = g;
            else v.Diagnostics.Error("wrong-type", v.File, settings.LineOfKey("max_grade"), 1,
                $"'readability.max_grade' must be a grade from 1 to 20, got {g.ToString(CultureInfo.InvariantCulture)}.",
                "Write `max_grade: 8` (health-literacy guidance: 8 or below for patients), or `readability: off`.");
        }
        if (settings.Double("min_inflesz") is { } p)
        {
            if (p is >= 0 and <= 100) inflesz = p;
            else v.Diagnostics.Error("wrong-type", v.File, settings.LineOfKey("min_inflesz"), 1,
                $"'readability.min_inflesz' must be a Szigriszt-Pazos score from 0 to 100, got {p.ToString(CultureInfo.InvariantCulture)}.",
                "Write `min_inflesz: 55` (\"normal\" or easier on the INFLESZ scale), or `readability: off`.");
        }
        if (grade is null && inflesz is null) return null;
        return new Readability.ReadabilitySettings(grade, inflesz) { NamesMaxGrade = grade is not null, NamesMinInflesz = inflesz is not null };
    }

    public YamlValues? Mapping(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlMappingNode m) return new YamlValues(m, file, lineOffset, diagnostics);
        WrongType(key, node, "a group of fields", "{ name: value }");
        return null;
    }

    public IEnumerable<string> Keys()
    {
        foreach (var key in map.Children.Keys)
            if (key is YamlScalarNode { Value: { } k }) yield return k;
    }

    private static string Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : KindName(node);

    /// <summary>Turns a YAML node into plain values (string, list, dictionary) for templates.</summary>
    public static object? ToPlain(YamlNode node)
    {
        // BoundedParser keeps trees shallow; this turns a deep one that got past it into an exception the caller
        // reports for the file, where a stack overflow would end the process.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return Plain(node);
    }

    private static object? Plain(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => seq.Children.Select(ToPlain).ToList(),
        YamlMappingNode m => m.Children
            .Where(kv => kv.Key is YamlScalarNode)
            .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => ToPlain(kv.Value), StringComparer.Ordinal),
        _ => null,
    };
}
