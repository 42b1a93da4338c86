using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;
using C = OpenApiCodegen.Naming.FixedNames.JsonContext;

namespace OpenApiCodegen.Emit;

/// <summary>
/// Emits a JsonSerializerContext for the spec's types, backed by the generated converters, so
/// that <c>JsonSerializer</c> works with them under trimming and Native AOT.
/// </summary>
internal static class JsonContextEmitter
{
    private const string TypeInfo = "global::System.Text.Json.Serialization.Metadata.JsonTypeInfo";

    private static string FullName(JsonContextModel model, JsonContextEntry type) => "global::" + model.Namespace + "." + type.TypeName;

    public static string Emit(JsonContextModel model)
    {
        var writer = GeneratedFile.Start(model.SpecPath);
        var name = model.Name;
        using (writer.FileNamespace(model.Namespace))
        {
            writer.Line("/// <summary>");
            writer.Line("/// System.Text.Json metadata for the types generated from " + DocComments.Escape(GeneratedFile.FileName(model.SpecPath)) + ", without reflection:");
            writer.Line("/// <c>JsonSerializer.Serialize(value, " + name + ".Default.TypeName)</c>, or add <see cref=\"Default\"/>");
            writer.Line("/// to <c>JsonSerializerOptions.TypeInfoResolverChain</c>. Lists and arrays of these types resolve too.");
            writer.Line("/// </summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            using (writer.Block("public sealed partial class " + name + " : global::System.Text.Json.Serialization.JsonSerializerContext, global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver"))
            {
                writer.Line("/// <summary>A context with default options.</summary>");
                writer.Line("public static " + name + " " + C.Default + " { get; } = new();");
                writer.Line();
                writer.Line("/// <summary>Creates a context with default options.</summary>");
                writer.Line("public " + name + "()");
                writer.Line("    : base(null)");
                writer.Line("{");
                writer.Line("}");
                writer.Line();
                writer.Line("/// <summary>Creates a context bound to <paramref name=\"options\"/>.</summary>");
                writer.Line("public " + name + "(global::System.Text.Json.JsonSerializerOptions options)");
                writer.Line("    : base(options)");
                writer.Line("{");
                writer.Line("}");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line("protected override global::System.Text.Json.JsonSerializerOptions? " + C.GeneratedSerializerOptions + " => null;");

                writer.Line();
                writer.Line("private static readonly " + ValueCode.Runtime + ".JsonCodecTable " + HelperNames.CodecsField + " = new(");
                writer.Indent();
                for (var index = 0; index < model.Types.Count; index++)
                {
                    var last = index == model.Types.Count - 1;
                    writer.Line(ValueCode.ConverterName(FullName(model, model.Types[index])) + ".Instance" + (last ? string.Empty : ","));
                }

                writer.Outdent();
                writer.Line(");");
                foreach (var type in model.Types)
                {
                    var fullName = FullName(model, type);
                    writer.Line();
                    writer.Line("/// <summary>Metadata for <see cref=\"" + fullName + "\"/>.</summary>");
                    writer.Line("public " + TypeInfo + "<" + fullName + "> " + type.PropertyName + " => " + C.Create + "<" + fullName + ">();");
                }

                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line("public override " + TypeInfo + "? " + C.GetTypeInfo + "(global::System.Type type) => " + HelperNames.CodecsField + ".TypeInfo(type, " + C.Options + ");");
                writer.Line();
                writer.Line(TypeInfo + "? global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, global::System.Text.Json.JsonSerializerOptions options)");
                writer.Line("    => " + HelperNames.CodecsField + ".TypeInfo(type, options);");
                writer.Line();
                writer.Line("/// <summary>The metadata of a type, made once per options.</summary>");
                writer.Line("private " + TypeInfo + "<T> " + C.Create + "<T>() => (" + TypeInfo + "<T>)" + C.Options + ".GetTypeInfo(typeof(T));");
            }
        }

        return writer.ToString();
    }
}
