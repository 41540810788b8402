namespace ScarGuide.References;

/// <summary>Syntax of the identifiers a source may carry: DOIs (Crossref's pattern) and PubMed IDs.</summary>
public static class Identifiers
{
    /// <summary>A DOI as editors paste it (<c>doi:10.x/y</c>, <c>https://doi.org/10.x/y</c>) reduced to <c>10.x/y</c>.</summary>
    public static string? NormalizeDoi(string? doi)
    {
        if (string.IsNullOrWhiteSpace(doi)) return null;
        var text = doi.Trim();
        foreach (var prefix in (string[])["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"])
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return text[prefix.Length..].Trim();
        return text;
    }

    /// <summary><c>10.</c>, a registrant code of 4 to 9 digits (with optional sub-codes), a slash and a suffix without spaces.</summary>
    public static bool IsDoi(string doi)
    {
        if (!doi.StartsWith("10.", StringComparison.Ordinal)) return false;
        var slash = doi.IndexOf('/');
        if (slash < 0 || slash == doi.Length - 1) return false;
        var registrant = doi.AsSpan(3, slash - 3);
        var digits = registrant.IndexOf('.') is var dot and >= 0 ? registrant[..dot] : registrant;
        if (digits.Length is < 4 or > 9) return false;
        foreach (var c in registrant)
            if (!char.IsAsciiDigit(c) && c != '.') return false;
        foreach (var c in doi.AsSpan(slash + 1))
            if (char.IsWhiteSpace(c) || char.IsControl(c)) return false;
        return true;
    }

    /// <summary>A PubMed ID: 1 to 8 digits, not starting with 0.</summary>
    public static bool IsPmid(string pmid) =>
        pmid.Length is >= 1 and <= 8 && pmid[0] != '0' && pmid.All(char.IsAsciiDigit);
}
