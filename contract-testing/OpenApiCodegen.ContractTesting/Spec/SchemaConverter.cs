using System.Text.Json.Nodes;

namespace OpenApiCodegen.ContractTesting.Spec;

/// <summary>
/// Turns an OpenAPI 3.0 schema into JSON Schema (draft 4, which NJsonSchema validates): <c>nullable</c>
/// becomes a <c>null</c> type (or an <c>anyOf</c> with null where there is no type), <c>$ref</c>s point at
/// <c>#/definitions</c>, keywords JSON Schema does not know are dropped, and <c>required</c> leaves out the
/// properties that cannot appear in this direction.
/// </summary>
internal sealed class SchemaConverter(JsonObject componentSchemas, SchemaDirection direction)
{
    public const string ComponentPrefix = "#/components/schemas/";
    public const string DefinitionPrefix = "#/definitions/";

    // OpenAPI-only keywords: annotations or code-generation hints that carry no validation rule.
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "nullable", "discriminator", "xml", "externalDocs", "example", "examples", "deprecated",
    };

    public JsonNode Convert(JsonNode? schema)
    {
        if (schema is not JsonObject source)
        {
            // A boolean schema or a missing one: anything goes.
            return new JsonObject();
        }

        if (source["$ref"]?.GetValue<string>() is { } reference)
        {
            // OpenAPI 3.0 ignores the siblings of $ref, and so do we.
            return new JsonObject { ["$ref"] = ToDefinition(reference) };
        }

        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (Dropped.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            result[key] = key switch
            {
                "properties" => ConvertMap(value),
                "items" or "not" => Convert(value),
                "additionalProperties" => value is JsonObject ? Convert(value) : value?.DeepClone(),
                "allOf" or "anyOf" or "oneOf" => new JsonArray(((JsonArray)value!).Select(v => (JsonNode?)Convert(v)).ToArray()),
                "required" => Required(source, (JsonArray)value!),
                _ => value?.DeepClone(),
            };
        }

        return source["nullable"]?.GetValue<bool>() == true ? AllowNull(result) : result;
    }

    public static string ToDefinition(string reference)
        => reference.StartsWith(ComponentPrefix, StringComparison.Ordinal)
            ? DefinitionPrefix + reference[ComponentPrefix.Length..]
            : reference;

    private JsonObject ConvertMap(JsonNode? properties)
    {
        var map = new JsonObject();
        foreach (var (name, schema) in (JsonObject)properties!)
        {
            map[name] = Convert(schema);
        }

        return map;
    }

    /// <summary>A readOnly property is set by the server, so a request need not send it; a writeOnly one the other way round.</summary>
    private JsonArray Required(JsonObject owner, JsonArray names)
    {
        var kept = new JsonArray();
        foreach (var name in names.Select(n => n!.GetValue<string>()))
        {
            var property = FindProperty(owner, name, depth: 0);
            var excluded = direction == SchemaDirection.Request
                ? property?["readOnly"]?.GetValue<bool>() == true
                : property?["writeOnly"]?.GetValue<bool>() == true;
            if (!excluded)
            {
                kept.Add(name);
            }
        }

        return kept;
    }

    /// <summary>The schema of a property, looked for in the object and in its allOf parts (where <c>required</c> often names them).</summary>
    private JsonObject? FindProperty(JsonObject owner, string name, int depth)
    {
        if (depth > 16)
        {
            return null;
        }

        var resolved = Resolve(owner);
        if (resolved?["properties"]?[name] is JsonObject property)
        {
            return Resolve(property);
        }

        foreach (var part in resolved?["allOf"] as JsonArray ?? [])
        {
            if (part is JsonObject partObject && FindProperty(partObject, name, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private JsonObject? Resolve(JsonObject schema)
    {
        for (var i = 0; i < 16 && schema["$ref"]?.GetValue<string>() is { } reference; i++)
        {
            if (!reference.StartsWith(ComponentPrefix, StringComparison.Ordinal)
                || componentSchemas[reference[ComponentPrefix.Length..]] is not JsonObject target)
            {
                return null;
            }

            schema = target;
        }

        return schema;
    }

    private static JsonObject AllowNull(JsonObject schema)
    {
        if (schema["enum"] is JsonArray values && !values.Any(v => v is null))
        {
            values.Add(null);
        }

        switch (schema["type"])
        {
            case JsonValue single:
                schema["type"] = new JsonArray(single.GetValue<string>(), "null");
                return schema;
            case JsonArray types:
                if (!types.Any(t => t?.GetValue<string>() == "null"))
                {
                    types.Add("null");
                }

                return schema;
            default:
                // No type to widen (allOf, oneOf, a bare enum): null is one more alternative.
                return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
        }
    }
}
