using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit.Client;

/// <summary>
/// Emits the response class of an operation whose success responses declare headers: the usual
/// status, headers and value, plus one typed property per declared header.
/// </summary>
internal static class ResponseHeadersEmitter
{
    public static void Write(SourceWriter writer, OperationModel operation, string @namespace, ClientNames names)
    {
        var model = operation.ResponseHeaders!;
        var value = ClientCode.ResultType(operation, @namespace);
        var baseType = ClientCode.Full(@namespace, names.ApiResponse) + (value is null ? string.Empty : "<" + value + ">");
        var valueParameter = value is null ? string.Empty : ", " + value + " value";
        var baseArguments = value is null ? "statusCode, headers" : "statusCode, headers, value";

        writer.Line("/// <summary>The answer to <c>" + DocComments.Escape(operation.OperationId) + "</c>, with the headers it declares read into typed properties.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        using (writer.Block("public sealed partial class " + model.ClassName + " : " + baseType))
        {
            writer.Line("/// <summary>Creates a response and reads its declared headers.</summary>");
            using (writer.Constructor("public " + model.ClassName + "(int statusCode, " + ClientCode.Headers + " headers" + valueParameter + ")", ": base(" + baseArguments + ")"))
            {
                foreach (var header in model.Headers)
                {
                    writer.Line(header.PropertyName + " = " + ClientCode.Runtime + ".ApiHeaders." + Reader(header.Type) + "(headers, " + CSharpLiteral.String(header.Name) + ");");
                }
            }

            foreach (var header in model.Headers)
            {
                writer.Line();
                DocComments.WriteXml(writer, "summary", "The <c>" + DocComments.Escape(header.Name) + "</c> header" + (header.Description is null ? "" : ": " + DocComments.Escape(header.Description)) + "; null when absent or unreadable.");
                writer.Line("public " + header.Type.CSharpName + "? " + header.PropertyName + " { get; }");
            }
        }
    }

    private static string Reader(TypeRef type) => type.Kind switch
    {
        TypeKind.Int32 => "Int32",
        TypeKind.Int64 => "Int64",
        TypeKind.Boolean => "Boolean",
        TypeKind.Double => "Double",
        TypeKind.DateTimeOffset => "DateTimeOffset",
        TypeKind.Guid => "Guid",
        _ => "String",
    };
}
