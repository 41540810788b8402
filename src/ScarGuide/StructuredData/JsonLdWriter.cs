using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ScarGuide.StructuredData;

/// <summary>
/// Writes JSON-LD straight to UTF-8, safely for a script element: &lt;, &gt; and &amp; become \u escapes, so no
/// text can close it. Optional values follow one rule: a null or empty string is left out, and so is a list
/// with no items (callers check the count before <see cref="StartArray"/>); numbers and references are always written.
/// </summary>
public sealed class JsonLdWriter
{
    // Unlike UnsafeRelaxedJsonEscaping, this encoder still escapes HTML-sensitive characters.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // The names every node and reference starts with, escaped once instead of checked on every write.
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("@type", Options.Encoder);
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("@id", Options.Encoder);

    // One writer per thread, reused page after page: its buffer only grows to the largest page's JSON-LD.
    [ThreadStatic] private static JsonLdWriter? t_writer;

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;
    private char[] _chars = new char[256];

    private JsonLdWriter() => _json = new Utf8JsonWriter(_buffer, Options);

    /// <summary>Writes one value on its own (e.g. a node every page shares) and returns its UTF-8 bytes.</summary>
    public static byte[] ToUtf8(Action<JsonLdWriter> write)
    {
        var writer = new JsonLdWriter();
        write(writer);
        writer._json.Flush();
        return writer._buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Starts <c>{"@context": "https://schema.org", "@graph": [shared...</c> on this thread's writer;
    /// the caller writes its own nodes and then calls <see cref="EndGraph"/>.
    /// </summary>
    public static JsonLdWriter StartGraph(IReadOnlyList<byte[]> shared)
    {
        var writer = t_writer ??= new JsonLdWriter();
        writer._buffer.ResetWrittenCount();
        writer._json.Reset(writer._buffer);
        writer._json.WriteStartObject();
        writer._json.WriteString("@context", "https://schema.org");
        writer._json.WriteStartArray("@graph");
        for (var i = 0; i < shared.Count; i++) writer._json.WriteRawValue(shared[i], skipInputValidation: true);
        return writer;
    }

    /// <summary>Closes the graph and returns the whole JSON-LD: the only allocation the writer itself makes per page.</summary>
    public string EndGraph()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    /// <summary>Starts an object in an array (a node of the graph, a list item) with its <c>@type</c>.</summary>
    public void StartNode(string type)
    {
        _json.WriteStartObject();
        _json.WriteString(TypeName, type);
    }

    /// <summary>Starts an object-valued property with its <c>@type</c>.</summary>
    public void StartNode(string name, string type)
    {
        _json.WriteStartObject(name);
        _json.WriteString(TypeName, type);
    }

    public void EndNode() => _json.WriteEndObject();

    /// <summary>Starts an array-valued property; only call it when the list has items.</summary>
    public void StartArray(string name) => _json.WriteStartArray(name);

    public void EndArray() => _json.WriteEndArray();

    /// <summary>The node's <c>@id</c>.</summary>
    public void Id(string id) => _json.WriteString(IdName, id);

    /// <summary>A string property, left out when the value is null or empty.</summary>
    public void String(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) _json.WriteString(name, value);
    }

    /// <summary>A string property made of two parts (e.g. origin and path), without building the string; left out when empty.</summary>
    public void String(string name, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var length = first.Length + second.Length;
        if (length == 0) return;
        if (_chars.Length < length) _chars = new char[Math.Max(length, _chars.Length * 2)];
        first.CopyTo(_chars);
        second.CopyTo(_chars.AsSpan(first.Length));
        _json.WriteString(name, _chars.AsSpan(0, length));
    }

    /// <summary>A string property joining the names with a separator (e.g. keywords); left out when the result is empty.</summary>
    public void Joined<T>(string name, IReadOnlyList<T> items, Func<T, string> select, string separator)
    {
        var length = 0;
        for (var i = 0; i < items.Count; i++) length += (i > 0 ? separator.Length : 0) + select(items[i]).Length;
        if (length == 0) return;
        if (_chars.Length < length) _chars = new char[Math.Max(length, _chars.Length * 2)];
        var at = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) { separator.CopyTo(_chars.AsSpan(at)); at += separator.Length; }
            var value = select(items[i]);
            value.CopyTo(_chars.AsSpan(at));
            at += value.Length;
        }
        _json.WriteString(name, _chars.AsSpan(0, length));
    }

    /// <summary>A string inside an array: written as it is, even when empty.</summary>
    public void StringValue(string value) => _json.WriteStringValue(value);

    public void Int(string name, int value) => _json.WriteNumber(name, value);

    /// <summary>References to nodes elsewhere (on other pages): <c>"name": [{"@id": id}, …]</c>.</summary>
    public void Refs(string name, IEnumerable<string> ids)
    {
        _json.WriteStartArray(name);
        foreach (var id in ids)
        {
            _json.WriteStartObject();
            _json.WriteString(IdName, id);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    /// <summary>A reference to a node elsewhere in the graph: <c>"name": {"@id": id}</c>.</summary>
    public void Ref(string name, string id)
    {
        _json.WriteStartObject(name);
        _json.WriteString(IdName, id);
        _json.WriteEndObject();
    }
}
