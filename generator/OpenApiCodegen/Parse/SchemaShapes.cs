using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpenApiCodegen.Parse;

/// <summary>What a schema becomes in C#.</summary>
internal enum SchemaShape
{
    /// <summary>A class with properties (also allOf merges and discriminated bases).</summary>
    Object,

    /// <summary>An open enum struct.</summary>
    Enum,

    /// <summary>A oneOf/anyOf without discriminator: a union class.</summary>
    Union,

    /// <summary>No type of its own: a primitive, list, map, raw JSON, or a wrapper around one other schema.</summary>
    Alias,
}

/// <summary>Decides the shape of a schema, and answers the small questions the mapper asks about schemas.</summary>
internal static class SchemaShapes
{
    public static SchemaShape Classify(IOpenApiSchema schema)
    {
        if (EnumValues(schema, out _) is not null)
        {
            return SchemaShape.Enum;
        }

        var hasProperties = schema.Properties is { Count: > 0 };
        var alternatives = Alternatives(schema);
        if (schema.AllOf is { Count: > 0 })
        {
            var isWrapper = schema.AllOf.Count == 1 && !hasProperties && alternatives.Count == 0 && schema.Discriminator is null;
            return isWrapper ? SchemaShape.Alias : SchemaShape.Object;
        }

        if (alternatives.Count > 0)
        {
            if (alternatives.Count == 1 && !hasProperties)
            {
                return SchemaShape.Alias;
            }

            return schema.Discriminator is not null || hasProperties ? SchemaShape.Object : SchemaShape.Union;
        }

        if (hasProperties)
        {
            return SchemaShape.Object;
        }

        // type: [string, integer] (3.1, or a 3.0 oneOf of primitives that OpenAPI.NET folded into one schema).
        if (NonNullType(schema) is { } type && !IsSingleType(type))
        {
            return SchemaShape.Union;
        }

        // A discriminated base with no properties of its own still needs a class to derive from.
        return schema.Discriminator is not null ? SchemaShape.Object : SchemaShape.Alias;
    }

    /// <summary>The oneOf and anyOf candidates, without the <c>{type: 'null'}</c> ones (those make the result nullable).</summary>
    public static List<IOpenApiSchema> Alternatives(IOpenApiSchema schema)
    {
        var result = new List<IOpenApiSchema>();
        foreach (var candidate in (schema.OneOf ?? new List<IOpenApiSchema>()).Concat(schema.AnyOf ?? new List<IOpenApiSchema>()))
        {
            if (candidate is not null && !IsNullType(candidate))
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    public static bool IsNullType(IOpenApiSchema schema) => schema.Type == JsonSchemaType.Null;

    /// <summary>The type without the Null flag, which only says the value may be null.</summary>
    public static JsonSchemaType? NonNullType(IOpenApiSchema schema)
    {
        if (schema.Type is not { } type)
        {
            return null;
        }

        var withoutNull = type & ~JsonSchemaType.Null;
        return withoutNull == 0 ? null : withoutNull;
    }

    public static bool IsSingleType(JsonSchemaType type) => type != 0 && (type & (type - 1)) == 0;

    /// <summary>The individual types of a multi-type schema, in a fixed order.</summary>
    public static IEnumerable<JsonSchemaType> SingleTypes(JsonSchemaType type)
    {
        foreach (var single in new[] { JsonSchemaType.Object, JsonSchemaType.Array, JsonSchemaType.String, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.Boolean })
        {
            if ((type & single) != 0)
            {
                yield return single;
            }
        }
    }

    /// <summary>
    /// Whether null is a valid value: <c>nullable: true</c> (3.0), a <c>"null"</c> type (3.1),
    /// <c>x-nullable</c> (2.0), a null enum value, or a null alternative.
    /// </summary>
    public static bool IsNullable(IOpenApiSchema schema)
    {
        if (schema.Type is { } type && (type & JsonSchemaType.Null) != 0)
        {
            return true;
        }

        if (schema.Enum is { Count: > 0 } values && values.Any(v => v is null || v.GetValueKind() == JsonValueKind.Null))
        {
            return true;
        }

        if ((schema.OneOf ?? new List<IOpenApiSchema>()).Concat(schema.AnyOf ?? new List<IOpenApiSchema>()).Any(IsNullType))
        {
            return true;
        }

        return schema.AllOf is { Count: 1 } && !(schema.Properties is { Count: > 0 }) && schema.AllOf[0] is not (null or OpenApiSchemaReference) && IsNullable(schema.AllOf[0]);
    }

    /// <summary>
    /// The non-null enum values when they make an open enum: all strings, or all integers.
    /// Returns null otherwise (no enum, booleans, mixed kinds); <paramref name="isInteger"/> tells which.
    /// </summary>
    public static List<JsonNode>? EnumValues(IOpenApiSchema schema, out bool isInteger)
    {
        isInteger = false;
        if (schema is OpenApiSchemaReference || schema.Enum is not { Count: > 0 } all)
        {
            return null;
        }

        var values = all.Where(v => v is not null && v.GetValueKind() != JsonValueKind.Null).Select(v => v!).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        if (values.All(v => v.GetValueKind() == JsonValueKind.String))
        {
            return values;
        }

        if (values.All(v => v.GetValueKind() == JsonValueKind.Number && JsonValues.ToElement(v).TryGetInt64(out _)))
        {
            isInteger = true;
            return values;
        }

        return null;
    }
}
