using System.Security.Cryptography;
using System.Text.Json;
using ScarGuide.Pipeline;
using ScarGuide.Templating;

namespace ScarGuide.Pages;

/// <summary>
/// Everything rendering a page reads, as keys that a build with memory compares with the last build's: one for
/// what every page shares (theme, site settings, site-wide values) and one per page (its view and the data behind
/// its JSON-LD). Each is the SHA-256 of the values serialized as JSON, so any property added to a view later is
/// part of the key without anyone listing it. Only builds with memory (the preview) compute them.
/// </summary>
/// <remarks>
/// In page keys, long strings (article bodies) stand for themselves by identity, not by their text: serializing and
/// hashing every body on each rebuild made the preview's key step take tens of times longer than comparing views had
/// (705 ms against 16 ms for 1,470 pages in one run). A body reused from the last build is the same string; a body
/// rendered again is a new one and so changes the key, even if its text came out the same (the page is then rendered
/// again: slower, never wrong). The site key is made once per build and compares every string by its text.
/// </remarks>
internal static class RenderInputs
{
    private static readonly JsonSerializerOptions Json = Options();
    private static readonly JsonSerializerOptions ByText = new() { MaxDepth = 128 };

    private static JsonSerializerOptions Options()
    {
        var options = new JsonSerializerOptions { MaxDepth = 128, Converters = { new LongStringsByIdentity() } };
        options.Converters.Add(new HashedOnce<CardView>(options));
        return options;
    }

    /// <summary>
    /// A view shared by many pages (an article's card is on every listing and related list that shows it) stands in
    /// its pages' keys as the hash of its own JSON, made once per object instead of once per page showing it.
    /// </summary>
    private sealed class HashedOnce<T>(JsonSerializerOptions outer) : System.Text.Json.Serialization.JsonConverter<T> where T : class
    {
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<T, string> _hashes = new();
        private JsonSerializerOptions? _inner;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            // The object itself is serialized with the same options minus this converter.
            _inner ??= new JsonSerializerOptions(outer).WithoutConverter(this);
            writer.WriteStringValue(_hashes.GetValue(value, v => Hash(v, _inner)));
        }
    }

    /// <summary>What every page's rendering reads besides its own view.</summary>
    public static string Site(BuildContext context) =>
        Hash(new SiteInputs(context.Theme.Fingerprint, new ViewFactory(context).Site(), context.Config), ByText);

    /// <summary>What one page's rendering reads besides <see cref="Site"/>; the JSON-LD is derived from the same values.</summary>
    public static string Page(OutputPage page) => page.InputsKey ??= Hash(new PageInputs(
        page.Kind, page.Layout, page.Source?.SourcePath, page.Crumbs, page.Person, page.Source?.Author, page.Source?.Reviewer, page.View));

    private static string Hash<T>(T value, JsonSerializerOptions? options = null) =>
        Convert.ToBase64String(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, options ?? Json)));

    private static JsonSerializerOptions WithoutConverter(this JsonSerializerOptions options, System.Text.Json.Serialization.JsonConverter converter)
    {
        options.Converters.Remove(converter);
        return options;
    }

    private sealed class LongStringsByIdentity : System.Text.Json.Serialization.JsonConverter<string>
    {
        private const int Long = 256;
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, object> Ids = new();
        private static long _next;

        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            // A number where a string stands cannot be mistaken for any string's text.
            if (value.Length >= Long) writer.WriteNumberValue((long)Ids.GetValue(value, static _ => Interlocked.Increment(ref _next)));
            else writer.WriteStringValue(value);
        }
    }

    private sealed record SiteInputs(string Theme, SiteView Site, Configuration.SiteConfig Config);

    private sealed record PageInputs(
        PageKind Kind, string Layout, string? SourcePath, IReadOnlyList<Navigation.Crumb> Crumbs,
        Configuration.Person? Person, Configuration.Person? Author, Configuration.Person? Reviewer, PageView View);
}
