using System.Text.Json.Nodes;
using NJsonSchema;

namespace OpenApiCodegen.ContractTesting.Spec;

/// <summary>
/// The body schemas of every operation as NJsonSchema schemas, one JSON Schema document per direction.
/// Each document holds the converted component schemas as definitions, so <c>$ref</c>s resolve, plus one
/// definition per request or response body.
/// </summary>
public sealed class SpecSchemas
{
    private readonly JsonSchema _requests;
    private readonly JsonSchema _responses;

    private SpecSchemas(JsonSchema requests, JsonSchema responses)
    {
        _requests = requests;
        _responses = responses;
    }

    internal static async Task<SpecSchemas> BuildAsync(string file, JsonObject components, IReadOnlyList<BodySchemaSource> bodies, CancellationToken cancellationToken)
    {
        var requests = await BuildAsync(file, components, bodies, SchemaDirection.Request, cancellationToken).ConfigureAwait(false);
        var responses = await BuildAsync(file, components, bodies, SchemaDirection.Response, cancellationToken).ConfigureAwait(false);
        return new SpecSchemas(requests, responses);
    }

    /// <summary>The request body schema of an operation, or null when it declares no JSON body.</summary>
    public JsonSchema? Request(string operationId) => Find(_requests, BodySchemaSource.RequestKey(operationId));

    /// <summary>The body schema of a declared response ("200", "4XX", "default"), or null when it has no JSON body.</summary>
    public JsonSchema? Response(string operationId, string status) => Find(_responses, BodySchemaSource.ResponseKey(operationId, status));

    private static JsonSchema? Find(JsonSchema document, string key)
        => document.Definitions.TryGetValue(key, out var schema) ? schema : null;

    private static async Task<JsonSchema> BuildAsync(string file, JsonObject components, IReadOnlyList<BodySchemaSource> bodies, SchemaDirection direction, CancellationToken cancellationToken)
    {
        var converter = new SchemaConverter(components, direction);
        var definitions = new JsonObject();
        foreach (var (name, schema) in components)
        {
            definitions[name] = converter.Convert(schema);
        }

        foreach (var body in bodies.Where(b => b.Direction == direction && b.Schema is not null))
        {
            definitions[body.Key] = converter.Convert(body.Schema);
        }

        var document = new JsonObject { ["definitions"] = definitions };
        try
        {
            return await JsonSchema.FromJsonAsync(document.ToJsonString(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The schemas were moved under #/definitions for NJsonSchema; the message names them where the spec has them.
            var message = e.Message.Replace("'#/definitions/", "'#/components/schemas/", StringComparison.Ordinal);
            throw new SpecLoadException($"{file}: its schemas do not convert to JSON Schema ({direction.ToString().ToLowerInvariant()} direction): {message}", e);
        }
    }
}
