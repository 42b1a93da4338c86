using System.Text.Json;
using Microsoft.OpenApi;
using OpenApiCodegen.Parse;

namespace OpenApiCodegen.SpecDiff.Schemas;

/// <summary>The questions the comparison asks about one schema, answered the way the generator reads it.</summary>
internal static class SchemaFacts
{
    /// <summary>The component a schema refers to, or null for an inline schema.</summary>
    public static string? ReferenceId(IOpenApiSchema? schema) => (schema as OpenApiSchemaReference)?.Reference.Id;

    /// <summary>Follows references to the schema they name; null when one does not resolve (or loops).</summary>
    public static IOpenApiSchema? Resolve(IOpenApiSchema? schema)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (schema is OpenApiSchemaReference reference)
        {
            if (!seen.Add(reference.Reference.Id ?? string.Empty))
            {
                return null;
            }

            schema = reference.Target;
        }

        return schema;
    }

    /// <summary>
    /// Skips inline wrappers the generator sees through (<c>allOf: [$ref]</c> with a description, a
    /// oneOf with one non-null alternative), so a wrapped reference compares as the reference.
    /// </summary>
    public static IOpenApiSchema Unwrap(IOpenApiSchema schema)
    {
        for (var depth = 0; depth < 16 && schema is not OpenApiSchemaReference && SchemaShapes.Classify(schema) == SchemaShape.Alias; depth++)
        {
            if (schema.AllOf is { Count: 1 })
            {
                schema = schema.AllOf[0];
                continue;
            }

            var alternatives = SchemaShapes.Alternatives(schema);
            if (alternatives.Count != 1)
            {
                break;
            }

            schema = alternatives[0];
        }

        return schema;
    }

    /// <summary>
    /// What the value is on the wire and in C# terms: "object", "union", "enum of string", "array",
    /// "map", "string", "integer", "string|integer", "any". Two schemas of different kinds never read
    /// each other's values, so a kind change is a type change whatever the names say.
    /// </summary>
    public static string Kind(IOpenApiSchema schema)
    {
        var resolved = Resolve(schema);
        if (resolved is null)
        {
            return "any";
        }

        var type = SchemaShapes.NonNullType(resolved);
        switch (SchemaShapes.Classify(resolved))
        {
            case SchemaShape.Enum:
                SchemaShapes.EnumValues(resolved, out var isInteger);
                return isInteger ? "enum of integer" : "enum of string";
            case SchemaShape.Union:
                return "union";
            case SchemaShape.Object:
                return "object";
        }

        var unwrapped = Unwrap(resolved);
        if (!ReferenceEquals(unwrapped, resolved))
        {
            return Kind(unwrapped);
        }

        if (type == JsonSchemaType.Array || (type is null && resolved.Items is not null))
        {
            return "array";
        }

        if (type == JsonSchemaType.Object || (type is null && resolved.AdditionalProperties is not null))
        {
            return resolved.AdditionalProperties is null ? "any" : "map";
        }

        if (type is { } known)
        {
            return string.Join("|", SchemaShapes.SingleTypes(known).Select(t => t.ToString().ToLowerInvariant()));
        }

        return "any";
    }

    /// <summary>Whether null is a valid value (3.0 <c>nullable</c>, 3.1 <c>"null"</c> type, null enum value or alternative).</summary>
    public static bool IsNullable(IOpenApiSchema schema) => SchemaShapes.IsNullable(schema);

    /// <summary>The enum values as JSON text, in spec order, without null (null is nullability).</summary>
    public static List<string> EnumValues(IOpenApiSchema schema)
    {
        if (schema.Enum is not { Count: > 0 } values)
        {
            return [];
        }

        return values
            .Where(v => v is not null && v.GetValueKind() != JsonValueKind.Null)
            .Select(v => v!.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString())
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The oneOf/anyOf keyword a schema uses for its alternatives, or null.</summary>
    public static string? AlternativesKeyword(IOpenApiSchema schema) =>
        schema.OneOf is { Count: > 0 } ? "oneOf" : schema.AnyOf is { Count: > 0 } ? "anyOf" : null;
}
