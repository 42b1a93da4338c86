namespace OpenApiCodegen.Model;

/// <summary>What kind of C# type a schema maps to; decides how the value is read and written.</summary>
internal enum TypeKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Float,
    Double,
    Decimal,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    TimeSpan,
    Guid,
    Uri,
    Bytes,
    Json,
    Named,
    List,
    Map,
}

/// <summary>
/// A reference to a C# type, by name only (never by symbol): a primitive, a generated type
/// (<see cref="NamedType"/> holds its fully-qualified name), or a list or map of another reference.
/// </summary>
internal sealed record TypeRef(TypeKind Kind, string? NamedType = null, TypeRef? Element = null, bool IsNamedValueType = false, JsonShapeKind NamedJsonKind = JsonShapeKind.Any)
{
    public static readonly TypeRef String = new(TypeKind.String);
    public static readonly TypeRef Boolean = new(TypeKind.Boolean);
    public static readonly TypeRef Int32 = new(TypeKind.Int32);
    public static readonly TypeRef Int64 = new(TypeKind.Int64);
    public static readonly TypeRef Double = new(TypeKind.Double);
    public static readonly TypeRef Json = new(TypeKind.Json);

    /// <summary>A generated type; <paramref name="jsonKind"/> is the JSON token it is written as (Any for unions).</summary>
    public static TypeRef Named(string fullName, bool isValueType, JsonShapeKind jsonKind) => new(TypeKind.Named, fullName, null, isValueType, jsonKind);

    /// <summary>The kind of JSON token a value of this type starts with, so a reader can tell a misfit without throwing.</summary>
    public JsonShapeKind JsonKind => Kind switch
    {
        TypeKind.Boolean => JsonShapeKind.Boolean,
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double or TypeKind.Decimal => JsonShapeKind.Number,
        TypeKind.List => JsonShapeKind.Array,
        TypeKind.Map => JsonShapeKind.Object,
        TypeKind.Json => JsonShapeKind.Any,
        TypeKind.Named => NamedJsonKind,
        _ => JsonShapeKind.String,
    };

    public static TypeRef ListOf(TypeRef element) => new(TypeKind.List, null, element);

    public static TypeRef MapOf(TypeRef element) => new(TypeKind.Map, null, element);

    /// <summary>True when the C# type is a struct, so that "absent" needs <c>Nullable&lt;T&gt;</c>.</summary>
    public bool IsValueType => Kind switch
    {
        TypeKind.String or TypeKind.Uri or TypeKind.Bytes or TypeKind.List or TypeKind.Map => false,
        TypeKind.Named => IsNamedValueType,
        _ => true,
    };

    /// <summary>The C# spelling of the type, with <c>global::</c> names, without nullability.</summary>
    public string CSharpName => Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Boolean => "bool",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Float => "float",
        TypeKind.Double => "double",
        TypeKind.Decimal => "decimal",
        TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeKind.DateOnly => "global::System.DateOnly",
        TypeKind.TimeOnly => "global::System.TimeOnly",
        TypeKind.TimeSpan => "global::System.TimeSpan",
        TypeKind.Guid => "global::System.Guid",
        TypeKind.Uri => "global::System.Uri",
        TypeKind.Bytes => "byte[]",
        TypeKind.Json => "global::System.Text.Json.JsonElement",
        TypeKind.Named => "global::" + NamedType,
        TypeKind.List => "global::System.Collections.Generic.List<" + Element!.CSharpName + ">",
        TypeKind.Map => "global::System.Collections.Generic.Dictionary<string, " + Element!.CSharpName + ">",
        _ => "object",
    };

    /// <summary>The C# spelling with a <c>?</c> where null is allowed.</summary>
    public string CSharpNameWithNullability(bool nullable) => nullable ? CSharpName + "?" : CSharpName;
}
