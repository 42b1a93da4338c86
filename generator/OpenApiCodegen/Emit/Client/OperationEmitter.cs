using System.Collections.Generic;
using System.Linq;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Emit.Client;

/// <summary>
/// Emits one operation's methods: <c>XAsync</c> (the value) and <c>XWithResponseAsync</c> (value, status
/// and headers). The body builds the request from the arguments, sends it, and maps each declared
/// status to a value or an exception.
/// </summary>
internal static class OperationEmitter
{
    private const string Runtime = ClientCode.Runtime;

    public static void WriteDeclarations(SourceWriter writer, OperationModel operation, string @namespace, ClientNames names)
    {
        var arguments = ArgumentList.For(operation, @namespace, names);
        WriteDocs(writer, operation, arguments, names);
        writer.Line(ReturnType(operation, @namespace, names, withResponse: false) + " " + operation.MethodName + "(" + ArgumentList.Declaration(arguments) + ");");
        writer.Line();
        DocComments.WriteXml(writer, "summary", "Like <see cref=\"" + operation.MethodName + "\"/>, and also gives the status code and headers of the answer.");
        writer.Line("/// <inheritdoc cref=\"" + operation.MethodName + "\" path=\"/*[not(self::summary)]\"/>");
        DocComments.Obsolete(writer, new Documentation(null, null, operation.Deprecated, operation.SpecPointer));
        writer.Line(ReturnType(operation, @namespace, names, withResponse: true) + " " + WithResponse(operation) + "(" + ArgumentList.Declaration(arguments) + ");");
    }

    public static void WriteImplementation(SourceWriter writer, OperationModel operation, string @namespace, ClientNames names)
    {
        var arguments = ArgumentList.For(operation, @namespace, names);
        var declaration = "(" + ArgumentList.Declaration(arguments) + ")";
        var call = WithResponse(operation) + "(" + ArgumentList.Call(arguments) + ")";

        writer.Line("/// <inheritdoc/>");
        Obsolete(writer, operation);
        if (operation.Result.Shape == ResultShape.None)
        {
            writer.Line("public " + ReturnType(operation, @namespace, names, false) + " " + operation.MethodName + declaration);
            writer.Line("    => " + call + ";");
        }
        else if (operation.ResponseHeaders is null)
        {
            writer.Line("public " + ReturnType(operation, @namespace, names, false) + " " + operation.MethodName + declaration);
            writer.Line("    => " + names.Responses + ".Value(" + call + ");");
        }
        else
        {
            // The class with typed headers is not the Task<ApiResponse<T>> the shared helper takes.
            writer.Line("public async " + ReturnType(operation, @namespace, names, false) + " " + operation.MethodName + declaration);
            writer.Line("    => (await " + call + ".ConfigureAwait(false)).Value;");
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        Obsolete(writer, operation);
        using (writer.Block("public " + ReturnType(operation, @namespace, names, true) + " " + WithResponse(operation) + declaration))
        {
            RequestBuilder.Write(writer, operation, @namespace, names);
            writer.Line();
            // The answer is read by a static lambda: the runtime's one awaiting method calls it (no state machine per operation).
            using (writer.Block("return " + HelperNames.CoreField + ".SendAsync<" + ResponseType(operation, @namespace, names) + ">(request, static response =>", "}, cancellationToken);"))
            {
                ResponseMapper.Write(writer, operation, @namespace, names);
            }
        }
    }

    public static void WriteSecurityField(SourceWriter writer, OperationModel operation)
    {
        var alternatives = operation.Security.Select(a => "new string[] { " + string.Join(", ", a.SchemeNames.Select(CSharpLiteral.String)) + " }");
        writer.Line("private static readonly string[][] " + operation.SecurityField + " = { " + string.Join(", ", alternatives) + " };");
    }

    private static string WithResponse(OperationModel operation) => operation.WithResponseMethodName;

    internal static string ReturnType(OperationModel operation, string @namespace, ClientNames names, bool withResponse)
    {
        if (withResponse)
        {
            return ClientCode.Task + "<" + ResponseType(operation, @namespace, names) + ">";
        }

        var value = ClientCode.ResultType(operation, @namespace);
        return value is null ? ClientCode.Task : ClientCode.Task + "<" + value + ">";
    }

    /// <summary>What <c>XWithResponseAsync</c> gives: the response with its value, or the class with typed headers.</summary>
    private static string ResponseType(OperationModel operation, string @namespace, ClientNames names)
    {
        if (operation.ResponseHeaders is { } headers)
        {
            return ClientCode.Full(@namespace, headers.ClassName);
        }

        var value = ClientCode.ResultType(operation, @namespace);
        var response = ClientCode.Full(@namespace, names.ApiResponse);
        return value is null ? response : response + "<" + value + ">";
    }

    private static void Obsolete(SourceWriter writer, OperationModel operation)
    {
        if (operation.Deprecated)
        {
            writer.Line("[global::System.Obsolete(\"Deprecated in the OpenAPI description.\")]");
        }
    }

    private static void WriteDocs(SourceWriter writer, OperationModel operation, List<Argument> arguments, ClientNames names)
    {
        var summary = operation.Summary ?? operation.Description ?? operation.OperationId;
        DocComments.WriteXml(writer, "summary", DocComments.Escape(summary));
        var remarks = new List<string>();
        if (operation.Description is not null && operation.Description != summary)
        {
            remarks.Add(DocComments.Escape(operation.Description));
        }

        remarks.Add("<c>" + operation.HttpMethod + " " + DocComments.Escape(operation.PathTemplate) + "</c> (operation <c>" + DocComments.Escape(operation.OperationId) + "</c>).");
        DocComments.WriteXml(writer, "remarks", string.Join("\n", remarks));
        foreach (var argument in arguments)
        {
            DocComments.WriteXml(writer, "param", argument.DocXml, " name=\"" + argument.Name.TrimStart('@') + "\"");
        }

        writer.Line("/// <param name=\"cancellationToken\">Cancels the call, including any wait between retries.</param>");
        writer.Line("/// <exception cref=\"" + names.ApiException + "\">The API answered with an error status, or with a body that cannot be read.</exception>");
        writer.Line("/// <exception cref=\"global::System.InvalidOperationException\">A credential this operation needs is not set; nothing was sent.</exception>");
        DocComments.Obsolete(writer, new Documentation(null, null, operation.Deprecated, operation.SpecPointer));
    }
}
