using System.Linq;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit.Client;

/// <summary>
/// Emits the result class of an operation whose success statuses carry different types: the status
/// code, and one property per status (only the one that answered is set).
/// </summary>
internal static class ResultClassEmitter
{
    public static void Write(SourceWriter writer, OperationModel operation, string @namespace)
    {
        var name = operation.Result.ResultClassName!;
        writer.Line("/// <summary>What <c>" + DocComments.Escape(operation.OperationId) + "</c> answers: one property per success status, set for the status that answered.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        using (writer.Block("public sealed partial class " + name))
        {
            writer.Line("/// <summary>Creates the result of a call that answered with <paramref name=\"statusCode\"/>, for example in a test.</summary>");
            writer.Line("public " + name + "(int statusCode) => " + Naming.FixedNames.Response.StatusCode + " = statusCode;");
            writer.Line();
            writer.Line("/// <summary>The success status that answered.</summary>");
            writer.Line("public int " + Naming.FixedNames.Response.StatusCode + " { get; }");
            foreach (var response in operation.Responses.Where(r => r.IsSuccess && r.Kind != ResponseKind.None))
            {
                writer.Line();
                DocComments.WriteXml(writer, "summary", "The body of a " + response.Status + " answer" + (response.Description is null ? "." : ": " + DocComments.Escape(response.Description)));
                writer.Line("public " + ClientCode.ValueType(response.Kind, response.Type) + "? " + PropertyName(response.Status) + " { get; init; }");
            }
        }
    }

    public static string PropertyName(string status) => status switch
    {
        "200" => "Ok",
        "201" => "Created",
        "202" => "Accepted",
        "203" => "NonAuthoritativeInformation",
        "206" => "PartialContent",
        "207" => "MultiStatus",
        _ => "Status" + status,
    };
}
