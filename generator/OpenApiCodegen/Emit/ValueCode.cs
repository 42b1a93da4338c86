using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit;

/// <summary>
/// The reader and writer delegates for a type: a runtime helper for primitives, the generated
/// converter for named types, and a composed helper for lists and maps.
/// </summary>
internal static class ValueCode
{
    public const string Runtime = "global::OpenApiCodegen.Runtime";

    public static string Reader(TypeRef type) => type.Kind switch
    {
        TypeKind.Named => "global::" + ConverterName(type.NamedType!) + ".ReadValue",
        TypeKind.List => Runtime + ".JsonRead.ListOf<" + type.Element!.CSharpName + ">(" + Reader(type.Element!) + ")",
        TypeKind.Map => Runtime + ".JsonRead.MapOf<" + type.Element!.CSharpName + ">(" + Reader(type.Element!) + ")",
        _ => Runtime + ".JsonRead." + type.Kind,
    };

    public static string Writer(TypeRef type) => type.Kind switch
    {
        TypeKind.Named => "global::" + ConverterName(type.NamedType!) + ".WriteValue",
        TypeKind.List => Runtime + ".JsonWrite.ListOf<" + type.Element!.CSharpName + ">(" + Writer(type.Element!) + ")",
        TypeKind.Map => Runtime + ".JsonWrite.MapOf<" + type.Element!.CSharpName + ">(" + Writer(type.Element!) + ")",
        _ => Runtime + ".JsonWrite." + type.Kind,
    };

    /// <summary>Lists and maps build their delegate once, in a static field; everything else is a method group.</summary>
    public static bool NeedsField(TypeRef type) => type.Kind is TypeKind.List or TypeKind.Map;

    /// <summary>The converter of a generated type: its companion, claimed with it (<c>PetJsonConverter</c>).</summary>
    public static string ConverterName(string fullTypeName) => fullTypeName + Naming.FixedNames.ConverterSuffix;
}
