using System.Text.RegularExpressions;
using ScarGuide.Configuration;

namespace ScarGuide.Translation;

/// <summary>BCP 47 language codes as a site writes them, and the language a content file is in.</summary>
public static partial class LanguageCodes
{
    // language[-script][-region]: what hreflang accepts (en, es-US, zh-Hant, sr-Latn-RS); private-use and
    // extension subtags are left out on purpose: no search engine reads them in hreflang.
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$")]
    private static partial Regex Code();

    public static bool IsValid(string code) => Code().IsMatch(code);

    /// <summary>The language part of a code: <c>es-US</c> → <c>es</c>.</summary>
    public static string BaseOf(string code) => code.IndexOf('-') is var dash and > 0 ? code[..dash] : code;

    /// <summary>
    /// The configured language a file's name ends in (<c>microneedling.es</c> → <c>es</c>, the name <c>microneedling</c>),
    /// or null: the default language's files carry no suffix. Codes compare without case (<c>x.es-us.md</c>).
    /// </summary>
    public static (LanguageConfig Language, string Name)? FromFileKey(string fileKey, IReadOnlyList<LanguageConfig> languages)
    {
        var dot = fileKey.LastIndexOf('.');
        if (dot <= 0 || languages.Count == 0) return null;
        var suffix = fileKey[(dot + 1)..];
        foreach (var language in languages)
            if (string.Equals(language.Code, suffix, StringComparison.OrdinalIgnoreCase))
                return (language, fileKey[..dot]);
        return null;
    }

    /// <summary>The configured language of <paramref name="code"/> (<c>lang:</c> in front matter), or null.</summary>
    public static LanguageConfig? Find(string code, IReadOnlyList<LanguageConfig> languages) =>
        languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));
}
