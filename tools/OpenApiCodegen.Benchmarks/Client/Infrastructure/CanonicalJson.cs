using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiCodegen.Benchmarks.Client.Infrastructure;

/// <summary>
/// JSON written one way, so that two writers' output can be compared: properties sorted by name, indented, strings
/// unescaped. Implementations write properties in different orders and escape different characters; neither
/// changes what the API receives.
/// </summary>
internal static class CanonicalJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="json">UTF-8 JSON.</param>
    /// <param name="dropNulls">Leave out properties whose value is null, for writers that omit them (which OneSignal reads the same way).</param>
    public static string Of(byte[] json, bool dropNulls = false)
    {
        var node = JsonNode.Parse(json) ?? throw new InvalidOperationException("The JSON is the literal null.");
        return Sorted(node, dropNulls)!.ToJsonString(Indented);
    }

    private static JsonNode? Sorted(JsonNode? node, bool dropNulls) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .Where(p => !(dropNulls && p.Value is null))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value, dropNulls)))),
        JsonArray array => new JsonArray(array.Select(item => Sorted(item, dropNulls)).ToArray()),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };
}
