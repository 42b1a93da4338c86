using OpenApiCodegen.Model;

namespace OpenApiCodegen.Parse;

/// <summary>
/// The narrowest C# type that holds values of two declarations of the same property (allOf parts
/// that disagree): int32 and int64 give int64, integers and numbers give double, a formatted
/// string and a plain string give string, anything else gives a raw JSON element.
/// </summary>
internal static class TypeWidening
{
    public static TypeRef Widen(TypeRef left, TypeRef right)
    {
        if (left == right)
        {
            return left;
        }

        if (IsInteger(left) && IsInteger(right))
        {
            return TypeRef.Int64;
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return left.Kind == TypeKind.Decimal || right.Kind == TypeKind.Decimal ? new TypeRef(TypeKind.Decimal) : TypeRef.Double;
        }

        if (IsStringLike(left) && IsStringLike(right))
        {
            return TypeRef.String;
        }

        if (left.Kind == right.Kind && left.Kind is TypeKind.List or TypeKind.Map)
        {
            var element = Widen(left.Element!, right.Element!);
            return left.Kind == TypeKind.List ? TypeRef.ListOf(element) : TypeRef.MapOf(element);
        }

        return TypeRef.Json;
    }

    /// <summary>How a type reads in a diagnostic: "string (date-time)", "integer (int64)", "Button".</summary>
    public static string Describe(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Boolean => "boolean",
        TypeKind.Int32 => "integer (int32)",
        TypeKind.Int64 => "integer (int64)",
        TypeKind.Float => "number (float)",
        TypeKind.Double => "number (double)",
        TypeKind.Decimal => "number (decimal)",
        TypeKind.DateTimeOffset => "string (date-time)",
        TypeKind.DateOnly => "string (date)",
        TypeKind.TimeOnly => "string (time)",
        TypeKind.TimeSpan => "string (duration)",
        TypeKind.Guid => "string (uuid)",
        TypeKind.Uri => "string (uri)",
        TypeKind.Bytes => "string (byte)",
        TypeKind.Json => "any JSON (JsonElement)",
        TypeKind.Named => type.NamedType!.Substring(type.NamedType!.LastIndexOf('.') + 1),
        TypeKind.List => "array of " + Describe(type.Element!),
        TypeKind.Map => "map of " + Describe(type.Element!),
        _ => type.Kind.ToString(),
    };

    private static bool IsInteger(TypeRef type) => type.Kind is TypeKind.Int32 or TypeKind.Int64;

    private static bool IsNumber(TypeRef type) => IsInteger(type) || type.Kind is TypeKind.Float or TypeKind.Double or TypeKind.Decimal;

    private static bool IsStringLike(TypeRef type) => type.Kind is TypeKind.String or TypeKind.DateTimeOffset or TypeKind.DateOnly
        or TypeKind.TimeOnly or TypeKind.TimeSpan or TypeKind.Guid or TypeKind.Uri;
}
