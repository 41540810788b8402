using System.Globalization;
using System.Text;

namespace ScarGuide.Taxonomy;

/// <summary>Stable, lower-case ASCII slugs: "Scar Removal" → <c>scar-removal</c>, "Cicatrices après brûlure" → <c>cicatrices-apres-brulure</c>.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (c is 'ß') { if (dash && sb.Length > 0) sb.Append('-'); sb.Append("ss"); dash = false; }
            else if (c is 'æ' or 'Æ') { if (dash && sb.Length > 0) sb.Append('-'); sb.Append("ae"); dash = false; }
            else if (c is 'ø' or 'Ø') { if (dash && sb.Length > 0) sb.Append('-'); sb.Append('o'); dash = false; }
            else dash = true;
            if (sb.Length >= 80) break;
        }
        return sb.ToString().Trim('-');
    }

    /// <summary>True for a slug made only of lower-case ASCII letters, digits and single hyphens.</summary>
    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= 100 && slug == From(slug);
}
