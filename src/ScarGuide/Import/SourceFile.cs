using System.Globalization;
using System.Text.Json;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace ScarGuide.Import;

/// <summary>
/// A content file of a Jekyll or Hugo site: its front matter (YAML between <c>---</c>, TOML between <c>+++</c>, or a
/// JSON object) as plain values with keys in any capitalisation, and its body.
/// </summary>
internal sealed class SourceFile
{
    public required Dictionary<string, object?> Data { get; init; }
    public required string Body { get; init; }

    /// <summary>The front matter was not valid YAML and was read line by line (<c>key: value</c>, <c>- item</c>).</summary>
    public bool ReadLoosely { get; init; }

    public static SourceFile Parse(string text, string shown)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        try
        {
            if (text.StartsWith("---", StringComparison.Ordinal) && Split(text, "---") is var (yaml, body1) && yaml is not null)
            {
                try { return new SourceFile { Data = Yaml(yaml), Body = body1 }; }
                catch (YamlDotNet.Core.YamlException) { return new SourceFile { Data = LooseYaml(yaml), Body = body1, ReadLoosely = true }; }
            }
            if (text.StartsWith("+++", StringComparison.Ordinal) && Split(text, "+++") is var (toml, body2) && toml is not null)
                return new SourceFile { Data = Toml(toml), Body = body2 };
            if (text.StartsWith('{') && JsonEnd(text) is > 0 and var end)
                return new SourceFile { Data = Json(text[..end]), Body = text[end..].TrimStart('\n') };
        }
        catch (Exception e) when (e is not ImportException)
        {
            throw new ImportException($"{shown}: the front matter cannot be read: {e.Message.Split('\n')[0]}");
        }
        return new SourceFile { Data = new(StringComparer.OrdinalIgnoreCase), Body = text };
    }

    private static (string? Head, string Body) Split(string text, string fence)
    {
        var firstLineEnd = text.IndexOf('\n');
        if (firstLineEnd < 0 || text[..firstLineEnd].Trim() != fence) return (null, text);
        var close = text.IndexOf("\n" + fence, firstLineEnd, StringComparison.Ordinal);
        while (close >= 0)
        {
            var lineEnd = text.IndexOf('\n', close + 1);
            var line = lineEnd < 0 ? text[(close + 1)..] : text[(close + 1)..lineEnd];
            if (line.Trim() == fence) return (text[(firstLineEnd + 1)..(close + 1)], lineEnd < 0 ? "" : text[(lineEnd + 1)..]);
            close = text.IndexOf("\n" + fence, close + 1, StringComparison.Ordinal);
        }
        return (null, text);
    }

    private static int JsonEnd(string text)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString) { if (c == '\\') i++; else if (c == '"') inString = false; continue; }
            if (c == '"') inString = true;
            else if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i + 1;
        }
        return -1;
    }

    private static Dictionary<string, object?> Yaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return new(StringComparer.OrdinalIgnoreCase);
        return (Dictionary<string, object?>)FromYaml(map)!;
    }

    /// <summary>What a person meant by front matter a YAML parser rejects: top-level <c>key: value</c> lines and <c>- item</c> lists.</summary>
    private static Dictionary<string, object?> LooseYaml(string yaml)
    {
        var data = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        string? listKey = null;
        string? scalarKey = null;
        var scalar = new System.Text.StringBuilder();
        void EndScalar()
        {
            if (scalarKey is not null) data[scalarKey] = scalar.Length == 0 ? null : Unquote(scalar.ToString());
            scalarKey = null;
            scalar.Clear();
        }
        foreach (var raw in yaml.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith('#') || line.Length == 0) continue;
            if (line.TrimStart().StartsWith("- ", StringComparison.Ordinal) && listKey is not null)
            {
                if (data[listKey] is not List<object?> list) data[listKey] = list = [];
                list.Add(Unquote(line.TrimStart()[2..]));
                continue;
            }
            var key = System.Text.RegularExpressions.Regex.Match(line, @"^([A-Za-z_][\w-]*):(\s|$)");
            if (!key.Success)
            {
                // A continuation of the value above (Jekyll's YAML reader accepts quoted text that runs on unindented).
                if (scalarKey is not null) scalar.Append(' ').Append(line.Trim());
                continue;
            }
            EndScalar();
            var value = line[(key.Length)..].Trim();
            listKey = value.Length == 0 ? key.Groups[1].Value : null;
            if (value.Length == 0) data[key.Groups[1].Value] = null;
            else { scalarKey = key.Groups[1].Value; scalar.Append(value); }
        }
        EndScalar();
        return data;
    }

    private static string Unquote(string value)
    {
        value = value.Trim();
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal);
        return value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? value[1..^1].Replace("''", "'", StringComparison.Ordinal) : value;
    }

    private static object? FromYaml(YamlNode node) => node switch
    {
        YamlMappingNode m => m.Children.Where(c => c.Key is YamlScalarNode).GroupBy(c => ((YamlScalarNode)c.Key).Value ?? "", StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => FromYaml(g.Last().Value), StringComparer.OrdinalIgnoreCase),
        YamlSequenceNode s => s.Children.Select(FromYaml).ToList(),
        YamlScalarNode v => v.Style is YamlDotNet.Core.ScalarStyle.Plain && (v.Value is "" or "~" or "null" or "Null" or "NULL") ? null : v.Value,
        _ => null,
    };

    private static Dictionary<string, object?> Toml(string toml) => (Dictionary<string, object?>)FromToml(TomlSerializer.Deserialize<TomlTable>(toml)!)!;

    private static object? FromToml(object? value) => value switch
    {
        TomlTable t => t.ToDictionary(p => p.Key, p => FromToml(p.Value), StringComparer.OrdinalIgnoreCase),
        TomlTableArray a => a.Select(FromToml).ToList(),
        TomlArray a => a.Select(FromToml).ToList(),
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        null => null,
        _ => FromTomlDatetime(value),
    };

    private static object? FromTomlDatetime(object value)
    {
        var text = value.ToString() ?? "";
        return text;
    }

    private static Dictionary<string, object?> Json(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return (Dictionary<string, object?>)FromJson(doc.RootElement)!;
    }

    private static object? FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => FromJson(g.Last().Value), StringComparer.OrdinalIgnoreCase),
        JsonValueKind.Array => e.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => e.GetRawText(),
    };

    public string? String(string key) => Data.TryGetValue(key, out var v) ? v switch
    {
        string s => s,
        List<object?> l => l.OfType<string>().FirstOrDefault(),
        _ => null,
    } : null;

    /// <summary>A list, or a string split on spaces (Jekyll's <c>tags: a b c</c>) or commas.</summary>
    public List<string> List(string key, bool splitSpaces)
    {
        if (!Data.TryGetValue(key, out var v) || v is null) return [];
        if (v is List<object?> l) return l.Select(x => x?.ToString()?.Trim() ?? "").Where(x => x.Length > 0).ToList();
        if (v is string s) return (splitSpaces ? s.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return [];
    }

    public bool Is(string key, string value) => string.Equals(String(key), value, StringComparison.OrdinalIgnoreCase);

    public static DateTimeOffset? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d))
            return new DateTimeOffset(d.Date, TimeSpan.Zero);
        // Jekyll's "2020-01-02 10:00:00 -0500".
        var m = System.Text.RegularExpressions.Regex.Match(text, @"^(\d{4}-\d{2}-\d{2})");
        return m.Success && DateTime.TryParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day, TimeSpan.Zero) : null;
    }
}
