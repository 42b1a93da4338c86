using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiCodegen.Parse;

/// <summary>
/// Values from a spec (enum entries, defaults) as JSON elements. OpenAPI.NET hands them over as
/// JsonNodes holding CLR values (decimal, string, bool), which cannot be read as elements directly.
/// </summary>
internal static class JsonValues
{
    public static JsonElement ToElement(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }
}
