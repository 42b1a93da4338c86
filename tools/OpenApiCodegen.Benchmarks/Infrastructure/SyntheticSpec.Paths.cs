using System.Text.Json;

namespace OpenApiCodegen.Benchmarks.Infrastructure;

/// <summary>The synthetic spec's paths: five operations per entity set, as Graph has.</summary>
internal static partial class SyntheticSpec
{
    /// <summary>Graph's five operations on an entity set: list, create, get, update, delete.</summary>
    private static void WriteEntitySet(Utf8JsonWriter json, PlannedType type, Random random)
    {
        var reference = "#/components/schemas/" + Prefix + type.Name;
        var set = "/" + type.Name + "s";

        json.WriteStartObject(set);
        json.WriteStartObject("get");
        WriteOperationHead(json, "list" + Capitalize(type.Name), type, random);
        json.WriteStartArray("parameters");
        WriteQueryParameter(json, "$top", "integer", "int32", random);
        WriteQueryParameter(json, "$skip", "integer", "int32", random);
        WriteQueryParameter(json, "$filter", "string", null, random);
        WriteQueryParameter(json, "$search", "string", null, random);
        WriteQueryParameter(json, "$count", "boolean", null, random);
        json.WriteEndArray();
        json.WriteStartObject("responses");
        json.WriteStartObject("200");
        json.WriteString("description", "Retrieved collection");
        json.WriteStartObject("content");
        json.WriteStartObject("application/json");
        json.WriteStartObject("schema");
        // An inline collection response, which the generator names after the operation.
        json.WriteString("title", "Collection of " + type.Name);
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        json.WriteStartObject("value");
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("$ref", reference);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("@odata.nextLink");
        json.WriteString("type", "string");
        json.WriteBoolean("nullable", true);
        json.WriteEndObject();
        json.WriteStartObject("@odata.count");
        json.WriteString("type", "integer");
        json.WriteString("format", "int64");
        json.WriteBoolean("nullable", true);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("post");
        WriteOperationHead(json, "create" + Capitalize(type.Name), type, random);
        WriteBody(json, reference);
        WriteResponse(json, "201", "Created entity", reference);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject(set + "/{" + type.Name + "-id}");
        json.WriteStartArray("parameters");
        json.WriteStartObject();
        json.WriteString("name", type.Name + "-id");
        json.WriteString("in", "path");
        json.WriteBoolean("required", true);
        json.WriteString("description", "The unique identifier of " + type.Name);
        json.WriteStartObject("schema");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("get");
        WriteOperationHead(json, "get" + Capitalize(type.Name), type, random);
        WriteResponse(json, "200", "Retrieved entity", reference);
        json.WriteEndObject();

        json.WriteStartObject("patch");
        WriteOperationHead(json, "update" + Capitalize(type.Name), type, random);
        WriteBody(json, reference);
        WriteResponse(json, "204", "Success", null);
        json.WriteEndObject();

        json.WriteStartObject("delete");
        WriteOperationHead(json, "delete" + Capitalize(type.Name), type, random);
        WriteResponse(json, "204", "Success", null);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteOperationHead(Utf8JsonWriter json, string operationId, PlannedType type, Random random)
    {
        json.WriteStartArray("tags");
        json.WriteStringValue(type.Name);
        json.WriteEndArray();
        json.WriteString("summary", Sentence(random, 3, 8));
        json.WriteString("description", Sentence(random, 10, 40));
        json.WriteString("operationId", operationId);
    }

    private static void WriteQueryParameter(Utf8JsonWriter json, string name, string type, string? format, Random random)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("in", "query");
        json.WriteString("description", Sentence(random, 4, 12));
        json.WriteStartObject("schema");
        json.WriteString("type", type);
        if (format is not null)
        {
            json.WriteString("format", format);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter json, string reference)
    {
        json.WriteStartObject("requestBody");
        json.WriteBoolean("required", true);
        json.WriteStartObject("content");
        json.WriteStartObject("application/json");
        json.WriteStartObject("schema");
        json.WriteString("$ref", reference);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResponse(Utf8JsonWriter json, string status, string description, string? reference)
    {
        json.WriteStartObject("responses");
        json.WriteStartObject(status);
        json.WriteString("description", description);
        if (reference is not null)
        {
            json.WriteStartObject("content");
            json.WriteStartObject("application/json");
            json.WriteStartObject("schema");
            json.WriteString("$ref", reference);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
