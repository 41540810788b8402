namespace ScarGuide.Import;

/// <summary>An http(s) address. <c>Uri.TryCreate(…, Absolute)</c> alone reads "/path" as a file address on Unix.</summary>
internal static class WebUrl
{
    public static bool TryCreate(string text, out Uri uri)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
        {
            uri = parsed;
            return true;
        }
        uri = null!;
        return false;
    }
}
