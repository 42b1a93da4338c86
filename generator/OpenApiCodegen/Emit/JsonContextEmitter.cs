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
    public static string Emit(JsonContextModel model)
    {
        var writer = GeneratedFile.Start(model.SpecPath);
        var name = model.Name;
        using (writer.Block("namespace " + model.Namespace))
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

                foreach (var type in model.Types)
                {
                    var fullName = "global::" + model.Namespace + "." + type.TypeName;
                    var property = type.PropertyName;
                    var field = type.CacheField;
                    writer.Line();
                    writer.Line("private global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<" + fullName + ">? " + field + ";");
                    writer.Line();
                    writer.Line("/// <summary>Metadata for <see cref=\"" + fullName + "\"/>.</summary>");
                    writer.Line("public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<" + fullName + "> " + property + " => " + field + " ??= " + C.Create + "(new " + ValueCode.ConverterName(fullName) + "(), " + C.Options + ");");
                }

                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line("public override global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? " + C.GetTypeInfo + "(global::System.Type type)");
                writer.Line("    => ((global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver)this).GetTypeInfo(type, " + C.Options + ");");
                writer.Line();
                using (writer.Block("global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, global::System.Text.Json.JsonSerializerOptions options)"))
                {
                    foreach (var type in model.Types)
                    {
                        var fullName = "global::" + model.Namespace + "." + type.TypeName;
                        var converter = ValueCode.ConverterName(fullName);
                        writer.Line("if (type == typeof(" + fullName + ")) return " + C.Create + "(new " + converter + "(), options);");
                        writer.Line("if (type == typeof(global::System.Collections.Generic.List<" + fullName + ">)) return " + C.Create + "(new " + ValueCode.Runtime + ".JsonListConverter<" + fullName + ">(" + converter + ".ReadValue, " + converter + ".WriteValue), options);");
                        writer.Line("if (type == typeof(" + fullName + "[])) return " + C.Create + "(new " + ValueCode.Runtime + ".JsonArrayConverter<" + fullName + ">(" + converter + ".ReadValue, " + converter + ".WriteValue), options);");
                    }

                    writer.Line("return null;");
                }

                writer.Line();
                writer.Line("private static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> " + C.Create + "<T>(global::System.Text.Json.Serialization.JsonConverter<T> converter, global::System.Text.Json.JsonSerializerOptions options)");
                writer.Line("    => global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<T>(options, converter);");
            }
        }

        return writer.ToString();
    }
}
