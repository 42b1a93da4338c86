using System.Text.Json.Nodes;

namespace OpenApiCodegen.ContractTesting.Spec;

/// <summary>The OpenAPI schema of one request or response body, before it is converted to JSON Schema.</summary>
internal sealed record BodySchemaSource(string Key, SchemaDirection Direction, JsonNode? Schema)
{
    public static string RequestKey(string operationId) => $"op:{operationId}:request";

    public static string ResponseKey(string operationId, string status) => $"op:{operationId}:{status}";
}
