using Microsoft.OpenApi;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Parse;

/// <summary>Maps a JSON Schema primitive type and OpenAPI format to a C# type.</summary>
internal static class PrimitiveTypes
{
    public static TypeRef? For(JsonSchemaType type, string? format)
    {
        switch (type)
        {
            case JsonSchemaType.Boolean:
                return TypeRef.Boolean;
            case JsonSchemaType.Integer:
                return format switch
                {
                    "int32" => TypeRef.Int32,
                    "int64" => TypeRef.Int64,
                    // Unspecified width: int64 never overflows on real ids and timestamps.
                    _ => TypeRef.Int64,
                };
            case JsonSchemaType.Number:
                return format switch
                {
                    "float" => new TypeRef(TypeKind.Float),
                    "decimal" => new TypeRef(TypeKind.Decimal),
                    "int32" => TypeRef.Int32,
                    "int64" => TypeRef.Int64,
                    _ => TypeRef.Double,
                };
            case JsonSchemaType.String:
                return format switch
                {
                    "date-time" => new TypeRef(TypeKind.DateTimeOffset),
                    "date" => new TypeRef(TypeKind.DateOnly),
                    "time" => new TypeRef(TypeKind.TimeOnly),
                    "duration" => new TypeRef(TypeKind.TimeSpan),
                    "uuid" or "guid" => new TypeRef(TypeKind.Guid),
                    "uri" or "url" => new TypeRef(TypeKind.Uri),
                    "byte" => new TypeRef(TypeKind.Bytes),
                    "binary" => new TypeRef(TypeKind.Bytes),
                    _ => TypeRef.String,
                };
            default:
                return null;
        }
    }

    /// <summary>The JSON token kind a value of this type is written as, for matching unions by shape.</summary>
    public static JsonShapeKind ShapeOf(TypeRef type) => type.Kind is TypeKind.Int32 or TypeKind.Int64 ? JsonShapeKind.Integer : type.JsonKind;
}
