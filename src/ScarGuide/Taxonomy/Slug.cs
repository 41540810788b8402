using System.Text;

namespace ScarGuide.Taxonomy;

/// <summary>Stable, lower-case ASCII slugs: "Scar Removal" → <c>scar-removal</c>, "Cicatrices après brûlure" → <c>cicatrices-apres-brulure</c>.</summary>
public static class Slug
{
    // Latin letters with diacritics folded to ASCII. A table rather than Unicode normalization, because the
    // tool runs with invariant globalization (no ICU), where String.Normalize does nothing.
    private const string Accented = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĹĺĻļĽľĿŀŁłŃńŅņŇňŊŋŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưǄǅǆǇǈǉǊǋǌǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǱǲǳǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private static readonly string[] Folded = "a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o|o|u|u|u|u|y|th|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o|o|u|u|u|u|y|th|y|a|a|a|a|a|a|c|c|c|c|c|c|c|c|d|d|d|d|e|e|e|e|e|e|e|e|e|e|g|g|g|g|g|g|g|g|h|h|h|h|i|i|i|i|i|i|i|i|i|i|ij|ij|j|j|k|k|l|l|l|l|l|l|l|l|l|l|n|n|n|n|n|n|n|n|o|o|o|o|o|o|oe|oe|r|r|r|r|r|r|s|s|s|s|s|s|s|s|t|t|t|t|t|t|u|u|u|u|u|u|u|u|u|u|u|u|w|w|y|y|y|z|z|z|z|z|z|s|o|o|u|u|dz|dz|dz|lj|lj|lj|nj|nj|nj|a|a|i|i|o|o|u|u|u|u|u|u|u|u|u|u|a|a|a|a|g|g|k|k|o|o|o|o|j|dz|dz|dz|g|g|n|n|a|a|a|a|a|a|e|e|e|e|i|i|i|i|o|o|o|o|r|r|r|r|u|u|u|u|s|s|t|t|h|h|a|a|e|e|o|o|o|o|o|o|o|o|y|y".Split('|');

    /// <summary>
    /// Folds <paramref name="text"/> to a slug. Nothing is cut unless <paramref name="maxLength"/> is given, and then
    /// only at a hyphen: a file name's slug is the article's address, and a silently shorter one breaks links.
    /// </summary>
    public static string From(string text, int maxLength = int.MaxValue)
    {
        var sb = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text)
        {
            string? ascii = null;
            if (char.IsAsciiLetterOrDigit(c)) ascii = null;
            else if (Accented.IndexOf(c) is var i and >= 0) ascii = Folded[i];
            else { dash = true; continue; }

            if (dash && sb.Length > 0) sb.Append('-');
            dash = false;
            if (ascii is null) sb.Append(char.ToLowerInvariant(c));
            else sb.Append(ascii);
        }
        if (sb.Length > maxLength)
        {
            var cut = sb.ToString(0, maxLength + 1).LastIndexOf('-');
            sb.Length = cut > 0 ? cut : maxLength;
        }
        return sb.ToString().Trim('-');
    }

    /// <summary>True for a slug made only of lower-case ASCII letters, digits and single hyphens.</summary>
    public static bool IsValid(string slug) => slug.Length > 0 && slug == From(slug);
}
