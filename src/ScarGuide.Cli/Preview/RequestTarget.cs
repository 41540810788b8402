namespace ScarGuide.Cli.Preview;

/// <summary>What a request path asks the preview for.</summary>
internal enum TargetKind
{
    /// <summary>Malformed or dangerous (encoded slash or backslash, NUL, dot segment, control character): 400.</summary>
    Invalid,

    /// <summary>The site root outside the base path (<c>/</c>) or the base path without its slash: redirect to the base path.</summary>
    ToBasePath,

    /// <summary>Outside the base path: the site's 404 page.</summary>
    Outside,

    /// <summary>The preview's own files and events under <c>{base}__scarguide/</c>.</summary>
    Internal,

    /// <summary>A path inside the site, relative to the base path (may be empty, or a folder ending in '/').</summary>
    Site,
}

/// <summary>
/// Turns the raw request target into a site-relative path, refusing anything that could name a file outside the
/// site. The preview only ever looks paths up in the in-memory site, so this is a second line of defence and a
/// clear 400 for attempts, not the only one.
/// </summary>
internal readonly record struct RequestTarget(TargetKind Kind, string Path, string Query)
{
    public const string InternalPrefix = "__scarguide/";

    /// <summary>Parses <paramref name="rawTarget"/> (as sent, still percent-encoded) against <paramref name="basePath"/> (<c>/</c> or <c>/sub/</c>).</summary>
    public static RequestTarget Parse(string rawTarget, string basePath)
    {
        if (!rawTarget.StartsWith('/')) return Invalid;
        var cut = rawTarget.IndexOfAny(['?', '#']);
        var rawPath = cut < 0 ? rawTarget : rawTarget[..cut];
        var query = cut >= 0 && rawTarget[cut] == '?' ? rawTarget[cut..] : "";

        // Encoded separators and NUL would let a decoded name differ from the path the server saw.
        if (rawPath.Contains('\\') || rawPath.Contains("%2f", StringComparison.OrdinalIgnoreCase)
            || rawPath.Contains("%5c", StringComparison.OrdinalIgnoreCase) || rawPath.Contains("%00", StringComparison.Ordinal))
            return Invalid;

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(rawPath);
        }
        catch (UriFormatException)
        {
            return Invalid;
        }
        if (decoded.Any(char.IsControl) || decoded.Contains('\uFFFD')) return Invalid;
        foreach (var segment in decoded.Split('/'))
            if (segment is "." or "..") return Invalid;

        if (decoded == "/" && basePath != "/" || decoded == basePath.TrimEnd('/') && basePath != "/")
            return new RequestTarget(TargetKind.ToBasePath, "", query);
        if (!decoded.StartsWith(basePath, StringComparison.Ordinal))
            return new RequestTarget(TargetKind.Outside, decoded, query);

        var relative = decoded[basePath.Length..];
        return relative.StartsWith(InternalPrefix, StringComparison.Ordinal)
            ? new RequestTarget(TargetKind.Internal, relative[InternalPrefix.Length..], query)
            : new RequestTarget(TargetKind.Site, relative, query);
    }

    private static RequestTarget Invalid => new(TargetKind.Invalid, "", "");
}
