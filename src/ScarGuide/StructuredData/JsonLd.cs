using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace ScarGuide.StructuredData;

/// <summary>Serializes JSON-LD safely for a script element: &lt;, &gt; and &amp; become \u escapes, so no text can close it.</summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Unlike UnsafeRelaxedJsonEscaping, this encoder still escapes HTML-sensitive characters.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    /// <summary>Writes <c>{"@context": ..., "@graph": [shared..., nodes...]}</c> through one writer.</summary>
    public static string Serialize(IReadOnlyList<JsonNode> shared, IReadOnlyList<JsonNode> nodes)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("@context", "https://schema.org");
            writer.WriteStartArray("@graph");
            foreach (var node in shared) node.WriteTo(writer, Options);
            foreach (var node in nodes) node.WriteTo(writer, Options);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Builds an object, leaving out null and empty values so optional fields simply disappear.</summary>
    public static JsonObject Obj(params (string Key, object? Value)[] properties)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in properties)
        {
            var node = ToNode(value);
            if (node is not null) obj[key] = node;
        }
        return obj;
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s when s.Length == 0 => null,
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        JsonNode n => n,
        // Nodes are freshly built by the callers; only one already inside another tree needs copying.
        IEnumerable<JsonNode> list when list.Any() => new JsonArray(list.Select(n => n.Parent is null ? n : n.DeepClone()).ToArray()),
        IEnumerable<JsonNode> => null,
        IEnumerable<string> strings when strings.Any() => new JsonArray(strings.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
        IEnumerable<string> => null,
        _ => throw new ArgumentException($"Unsupported JSON-LD value {value.GetType()}"),
    };

    public static JsonObject Ref(string id) => new() { ["@id"] = id };
}
