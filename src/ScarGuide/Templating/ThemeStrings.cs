using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ScarGuide.Diagnostics;
using ScarGuide.FrontMatter;
using YamlDotNet.RepresentationModel;

namespace ScarGuide.Templating;

/// <summary>
/// The user-visible strings of a theme, by language: <c>i18n/&lt;code&gt;.yml</c>, each a flat map of
/// <c>key: "text"</c> with <c>{0}</c>, <c>{1}</c> where values go. A site's <c>theme/i18n/es.yml</c> overrides the
/// built-in <c>es.yml</c> key by key (the rest of the built-in file stays). Read once per build (ReadSources);
/// <see cref="For"/> gives one language's strings with its fallbacks.
/// </summary>
public sealed class ThemeStrings
{
    /// <summary>The folder inside a theme that holds the strings files.</summary>
    public const string Folder = "i18n";

    /// <summary>The language of the last fallback: the built-in <c>en.yml</c>, which has every key any built-in template uses.</summary>
    public const string English = "en";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> BuiltInEnglish = new(() =>
        Read(new ThemeFile($"{Folder}/{English}.yml", ThemeFiles.BuiltInDisplayPrefix + $"{Folder}/{English}.yml", null), new DiagnosticBag()));

    private static readonly Lazy<ThemeStrings> BuiltInOnly = new(() => Load(ThemeFiles.BuiltInOnly(), new DiagnosticBag()));

    // Language code (lower case) → key → text, with a site's keys already laid over the built-in file's.
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _files;
    // Language → default language → strings; two levels, not a tuple key, whose comparer has no precompiled code in the
    // installed tool.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, LanguageStrings>> _resolved = new();

    private ThemeStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> files, string fingerprint)
    {
        _files = files;
        Fingerprint = fingerprint;
    }

    /// <summary>The built-in theme's strings alone (no site overrides).</summary>
    public static ThemeStrings BuiltIn => BuiltInOnly.Value;

    /// <summary>A hash of every strings file as read: equal fingerprints give equal strings for every language.</summary>
    public string Fingerprint { get; }

    /// <summary>The language codes that have a strings file, as their files spell them in lower case, sorted.</summary>
    public IReadOnlyList<string> Languages => _files.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Reads every <c>i18n/*.yml</c> of the theme. When the built-in theme is the base, a site file is laid over the
    /// built-in file of the same name key by key. A file that is not a flat map of texts is reported with its line.
    /// </summary>
    public static ThemeStrings Load(ThemeFiles files, DiagnosticBag diagnostics)
    {
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.Under(Folder))
        {
            var name = file.RelativePath[(Folder.Length + 1)..];
            if (name.Contains('/')) continue;
            var extension = Path.GetExtension(name);
            if (extension is not (".yml" or ".yaml")) continue;
            var code = Path.GetFileNameWithoutExtension(name).ToLowerInvariant();

            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            // A site's file replaces the built-in one in the listing; the built-in keys it leaves out still count.
            if (file.FullPath is not null && files.UsesBuiltIn && ThemeFiles.BuiltInPaths.Contains(file.RelativePath))
            {
                var builtIn = new ThemeFile(file.RelativePath, ThemeFiles.BuiltInDisplayPrefix + file.RelativePath, null);
                foreach (var (key, text) in Read(builtIn, diagnostics, hash)) strings[key] = text;
            }
            foreach (var (key, text) in Read(file, diagnostics, hash)) strings[key] = text;

            // es.yml and es.yaml (or ES.yml) both: the later file in path order adds to the earlier one.
            if (byLanguage.TryGetValue(code, out var earlier))
                foreach (var (key, text) in earlier) strings.TryAdd(key, text);
            byLanguage[code] = strings.ToFrozenDictionary(StringComparer.Ordinal);
        }
        return new ThemeStrings(byLanguage, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>
    /// One language's strings. A key is looked up in the file of the exact code (<c>es-US.yml</c>), then of its base
    /// language (<c>es.yml</c>), then of <paramref name="defaultLanguage"/> (exact, then base), then <c>en.yml</c>, then
    /// the built-in <c>en.yml</c>. Made once per language and default, and shared by every page.
    /// </summary>
    /// <param name="defaultLanguage">The site's first language; null when <paramref name="language"/> is the only one.</param>
    public LanguageStrings For(string language, string? defaultLanguage = null) =>
        _resolved.GetOrAdd(language, _ => new()).GetOrAdd(defaultLanguage ?? language, @default =>
        {
            var key = (Language: language, Default: @default);
            var merged = new Dictionary<string, string>(StringComparer.Ordinal);
            // Least specific first, so each more specific file overwrites.
            foreach (var (k, text) in BuiltInEnglish.Value) merged[k] = text;
            // A code that comes twice counts where it is most specific (en for an English page of a Spanish-first site).
            var chain = Chain(English).Concat(Chain(key.Default)).Concat(Chain(key.Language)).Reverse().Distinct(StringComparer.Ordinal).Reverse().ToList();
            foreach (var code in chain)
                if (_files.TryGetValue(code, out var file))
                    foreach (var (k, text) in file) merged[k] = text;
            return new LanguageStrings(key.Language, merged.ToFrozenDictionary(StringComparer.Ordinal), $"{Fingerprint}/{key.Language}/{key.Default}");
        });

    /// <summary>
    /// The keys that <paramref name="defaultLanguage"/>'s own files (exact code and base language) have and
    /// <paramref name="language"/>'s own files lack: the strings its pages show in another language. Sorted.
    /// </summary>
    public IReadOnlyList<string> Missing(string language, string defaultLanguage)
    {
        var have = Own(language);
        return Own(defaultLanguage).Where(k => !have.Contains(k)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The keys of a language's own files: its exact code and its base language.</summary>
    private HashSet<string> Own(string language)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in Chain(language))
            if (_files.TryGetValue(code, out var file)) keys.UnionWith(file.Keys);
        return keys;
    }

    /// <summary><c>es-US</c> → <c>es</c>, <c>es-us</c> (least specific first, lower case).</summary>
    private static IEnumerable<string> Chain(string language)
    {
        var code = language.Trim().Replace('_', '-').ToLowerInvariant();
        var dash = code.IndexOf('-');
        if (dash > 0) yield return code[..dash];
        yield return code;
    }

    /// <summary>One strings file's keys and texts; adds the file to <paramref name="hash"/> when given.</summary>
    private static IReadOnlyDictionary<string, string> Read(ThemeFile file, DiagnosticBag diagnostics, IncrementalHash? hash = null)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = file.ReadText();
        hash?.AppendData(Encoding.UTF8.GetBytes($"{file.DisplayPath}\0{text}\0"));
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var map = diagnostics.ReadFile(file.DisplayPath, "config-file",
            () => YamlValues.ParseMapping(text, file.DisplayPath, 0, diagnostics, "theme strings file"), null);
        if (map is null) return strings;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key }) continue;
            var line = (int)keyNode.Start.Line;
            if (valueNode is not YamlScalarNode scalar)
            {
                diagnostics.Error("theme-strings", file.DisplayPath, line, (int)keyNode.Start.Column,
                    $"'{key}' must be one text, but it is a {YamlValues.KindName(valueNode)}.",
                    $"Write `{key}: \"…\"` on one line; use {{0}}, {{1}} where values go.");
                continue;
            }
            var value = scalar.Value ?? "";
            if (key is "month_names" or "day_names" && LanguageStrings.Names(value).Length != (key == "month_names" ? 12 : 7))
                diagnostics.Warning("theme-strings", file.DisplayPath, line, (int)keyNode.Start.Column,
                    $"'{key}' must list {(key == "month_names" ? "12 months" : "7 days, Sunday first")}, separated by commas; English names are used instead.",
                    key == "month_names" ? "Write `month_names: \"January, February, …, December\"`." : "Write `day_names: \"Sunday, Monday, …, Saturday\"`.");
            strings[key] = value;
        }
        return strings;
    }
}

/// <summary>
/// The strings of one language, fallbacks included (see <see cref="ThemeStrings.For"/>). Thread-safe; shared by every
/// page of a build. Also writes dates the way the language does (<c>date_format</c>, <c>month_names</c>, <c>day_names</c>).
/// </summary>
public sealed class LanguageStrings
{
    private readonly FrozenDictionary<string, string> _strings;

    internal LanguageStrings(string language, FrozenDictionary<string, string> strings, string fingerprint)
    {
        Language = language;
        _strings = strings;
        Fingerprint = fingerprint;
        DateFormat = strings.GetValueOrDefault("date_format") is { Length: > 0 } format ? format : "d MMMM yyyy";
        DateCulture = MakeDateCulture(strings.GetValueOrDefault("month_names"), strings.GetValueOrDefault("day_names"));
    }

    /// <summary>English from the built-in theme alone: what a page renders with when nobody passes strings.</summary>
    public static LanguageStrings BuiltInEnglish => ThemeStrings.BuiltIn.For(ThemeStrings.English);

    public string Language { get; }

    /// <summary>Which files and language these strings come from: equal fingerprints, equal strings.</summary>
    public string Fingerprint { get; }

    /// <summary>Every key there is a text for.</summary>
    public IEnumerable<string> Keys => _strings.Keys;

    /// <summary>The .NET date pattern of <see cref="Date"/> (<c>date_format</c>; English: <c>d MMMM yyyy</c>).</summary>
    public string DateFormat { get; }

    /// <summary>
    /// Formats dates with this language's month and day names. The build runs without the machine's culture data
    /// (invariant globalization), so the names come from the strings file, and output is the same on every machine.
    /// </summary>
    public CultureInfo DateCulture { get; }

    public bool TryGet(string key, out string text) => _strings.TryGetValue(key, out text!);

    /// <summary>The text of <paramref name="key"/>, or the key itself when no file has it.</summary>
    public string this[string key] => _strings.TryGetValue(key, out var text) ? text : key;

    /// <summary>The text of <paramref name="key"/> with <c>{0}</c>, <c>{1}</c>… replaced by <paramref name="values"/>.</summary>
    public string Format(string key, params ReadOnlySpan<object?> values)
    {
        var texts = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
            texts[i] = Convert.ToString(values[i], CultureInfo.InvariantCulture) ?? "";
        return Fill(this[key], texts);
    }

    /// <summary>A date for people, e.g. "3 March 2026" or "3 de marzo de 2026".</summary>
    public string Date(DateTimeOffset date) => date.ToString(DateFormat, DateCulture);

    /// <summary>
    /// Replaces <c>{0}</c>, <c>{1}</c>… with the values. Unlike <see cref="string.Format(string, object?[])"/>, a stray
    /// brace in a translation, or a number with no value, stays as it is instead of failing the page.
    /// </summary>
    public static string Fill(string text, IReadOnlyList<string> values)
    {
        if (values.Count == 0 || !text.Contains('{')) return text;
        var result = new StringBuilder(text.Length + 16);
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            if (open < 0) break;
            var close = text.IndexOf('}', open + 1);
            if (close < 0) break;
            result.Append(text, at, open - at);
            if (int.TryParse(text.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < values.Count)
            {
                result.Append(values[index]);
                at = close + 1;
            }
            else
            {
                result.Append('{');
                at = open + 1;
            }
        }
        return result.Append(text, at, text.Length - at).ToString();
    }

    internal static string[] Names(string list) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static CultureInfo MakeDateCulture(string? months, string? days)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var format = culture.DateTimeFormat;
        if (months is not null && Names(months) is { Length: 12 } monthNames)
        {
            // .NET wants a 13th, empty month for calendars that have one.
            string[] names = [.. monthNames, ""];
            format.MonthNames = names;
            format.MonthGenitiveNames = names;
        }
        if (days is not null && Names(days) is { Length: 7 } dayNames) format.DayNames = dayNames;
        return CultureInfo.ReadOnly(culture);
    }
}
