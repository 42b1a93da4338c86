using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit;

/// <summary>How generated code names the JSON codec of a type.</summary>
internal static class ValueCode
{
    public const string Runtime = "global::OpenApiCodegen.Runtime";

    /// <summary>
    /// The codec of a type, an expression of type <c>JsonCodec&lt;T&gt;</c>: the generated converter's instance for
    /// named types, the runtime's for primitives, and the element's <c>List</c> or <c>Map</c> for collections.
    /// </summary>
    public static string Codec(TypeRef type) => type.Kind switch
    {
        TypeKind.Named => "global::" + ConverterName(type.NamedType!) + ".Instance",
        TypeKind.List => Codec(type.Element!) + ".List",
        TypeKind.Map => Codec(type.Element!) + ".Map",
        _ => Runtime + ".JsonCodecs." + type.Kind,
    };

    /// <summary>The converter of a generated type: its companion, claimed with it (<c>PetJsonConverter</c>).</summary>
    public static string ConverterName(string fullTypeName) => fullTypeName + Naming.FixedNames.ConverterSuffix;
}
