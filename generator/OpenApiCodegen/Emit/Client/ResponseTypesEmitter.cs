using OpenApiCodegen.Model;
using R = OpenApiCodegen.Naming.FixedNames.Response;

namespace OpenApiCodegen.Emit.Client;

/// <summary>
/// Emits the client's public response and exception types, and the internal helper that turns a raw
/// response into a typed value or the right exception.
/// </summary>
internal static class ResponseTypesEmitter
{
    public static string EmitResponses(ClientShellModel shell)
    {
        var names = shell.Names;
        var writer = GeneratedFile.Start(shell.SpecPath);
        using (writer.FileNamespace(shell.Namespace))
        {
            writer.Line("/// <summary>A successful answer's status code and headers (the <c>...WithResponseAsync</c> methods).</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            using (writer.Block("public partial class " + names.ApiResponse))
            {
                writer.Line("/// <summary>Creates a response, for example to stand in for the client in a test.</summary>");
                using (writer.Block("public " + names.ApiResponse + "(int statusCode, " + ClientCode.Headers + " headers)"))
                {
                    writer.Line(R.StatusCode + " = statusCode;");
                    writer.Line(R.Headers + " = headers;");
                }

                writer.Line();
                writer.Line("/// <summary>The HTTP status code.</summary>");
                writer.Line("public int " + R.StatusCode + " { get; }");
                writer.Line();
                writer.Line("/// <summary>Response and content headers, by case-insensitive name.</summary>");
                writer.Line("public " + ClientCode.Headers + " " + R.Headers + " { get; }");
                writer.Line();
                writer.Line("/// <summary>The first value of a header, or null.</summary>");
                writer.Line("public string? " + R.Header + "(string name) => " + R.Headers + ".TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;");
            }

            writer.Line();
            writer.Line("/// <summary>A successful answer with its value.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            // Not sealed: operations that declare response headers derive a class with typed header properties.
            using (writer.Block("public partial class " + names.ApiResponse + "<T> : " + names.ApiResponse))
            {
                writer.Line("/// <summary>Creates a response with its value, for example to stand in for the client in a test.</summary>");
                using (writer.Constructor("public " + names.ApiResponse + "(int statusCode, " + ClientCode.Headers + " headers, T value)", ": base(statusCode, headers)"))
                {
                    writer.Line(R.Value + " = value;");
                }

                writer.Line();
                writer.Line("/// <summary>The value the API answered with.</summary>");
                writer.Line("public T " + R.Value + " { get; }");
            }

            writer.Line();
            WriteReader(writer, shell);
        }

        return writer.ToString();
    }

    private static void WriteReader(SourceWriter writer, ClientShellModel shell)
    {
        var names = shell.Names;
        var exception = ClientCode.Full(shell.Namespace, names.ApiException);
        var raw = ClientCode.Runtime + ".ApiRawResponse";
        writer.Line("/// <summary>Turns raw responses into typed values, or into the client's exceptions.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        using (writer.Block("internal static class " + names.Responses))
        {
            writer.Line("/// <summary>The JSON body read as <typeparamref name=\"T\"/>; an exception that keeps the raw body when it is not JSON or does not parse.</summary>");
            using (writer.Block("public static T Json<T>(" + raw + " response, " + ClientCode.Runtime + ".JsonCodec<T> codec)"))
            {
                using (writer.Block("if (!response.IsJson)"))
                {
                    writer.Line("throw new " + exception + "(response, response.Describe($\"expected a JSON body, got '{response.MediaType}'.\"));");
                }

                writer.Line();
                using (writer.Block("try"))
                {
                    writer.Line("return " + ClientCode.Runtime + ".ApiJson.Read(response.Body, codec);");
                }

                using (writer.Block("catch (global::System.Exception e) when (e is global::System.Text.Json.JsonException or global::System.InvalidOperationException or global::System.FormatException)"))
                {
                    writer.Line("throw new " + exception + "(response, response.Describe(\"the body is not valid JSON: \" + e.Message), e);");
                }
            }

            writer.Line();
            writer.Line("/// <summary>The value of a call's answer, for the methods that give only the value.</summary>");
            writer.Line("public static async " + ClientCode.Task + "<T> Value<T>(" + ClientCode.Task + "<" + ClientCode.Full(shell.Namespace, names.ApiResponse) + "<T>> call) => (await call.ConfigureAwait(false))." + R.Value + ";");
            writer.Line();
            writer.Line("public static string Text(" + raw + " response) => response.BodyText;");
            writer.Line();
            writer.Line("public static global::System.IO.Stream Binary(" + raw + " response) => new global::System.IO.MemoryStream(response.Body, writable: false);");
            writer.Line();
            writer.Line("/// <summary>An error answer without a declared body type.</summary>");
            writer.Line("public static " + exception + " Error(" + raw + " response, string problem) => new(response, response.Describe(problem));");
            writer.Line();
            writer.Line("/// <summary>An error answer with a declared body: typed when the body parses, raw otherwise.</summary>");
            using (writer.Block("public static " + exception + " Error<TError>(" + raw + " response, " + ClientCode.Runtime + ".JsonCodec<TError> codec)"))
            {
                using (writer.Block("try"))
                {
                    writer.Line("var error = " + ClientCode.Runtime + ".ApiJson.Read(response.Body, codec);");
                    writer.Line("return new " + exception + "<TError>(response, response.Describe(\"an error status.\"), error);");
                }

                using (writer.Block("catch (global::System.Exception e) when (e is global::System.Text.Json.JsonException or global::System.InvalidOperationException or global::System.FormatException)"))
                {
                    writer.Line("return new " + exception + "(response, response.Describe(\"an error status; its body does not match the declared error type.\"), e);");
                }
            }
        }
    }

    public static string EmitExceptions(ClientShellModel shell)
    {
        var names = shell.Names;
        var raw = ClientCode.Runtime + ".ApiRawResponse";
        var writer = GeneratedFile.Start(shell.SpecPath);
        using (writer.FileNamespace(shell.Namespace))
        {
            writer.Line("/// <summary>");
            writer.Line("/// The API answered with a status the operation does not succeed with, or with a body that cannot be");
            writer.Line("/// read. Carries the status, the response headers and the raw body; never the request's credentials.");
            writer.Line("/// </summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            using (writer.Block("public partial class " + names.ApiException + " : global::System.Exception"))
            {
                writer.Line("/// <summary>Creates an exception, for example to simulate an API error in a test.</summary>");
                using (writer.Constructor("public " + names.ApiException + "(string operationId, int statusCode, " + ClientCode.Headers + " headers, string rawBody, string message, global::System.Exception? innerException = null)", ": base(message, innerException)"))
                {
                    writer.Line("OperationId = operationId;");
                    writer.Line("StatusCode = statusCode;");
                    writer.Line("Headers = headers;");
                    writer.Line("RawBody = rawBody;");
                }

                writer.Line();
                writer.Line("internal " + names.ApiException + "(" + raw + " response, string message, global::System.Exception? innerException = null)");
                writer.Line("    : this(response.OperationId, response.StatusCode, response.Headers, response.BodyText, message, innerException)");
                writer.Line("{");
                writer.Line("}");
                writer.Line();
                writer.Line("/// <summary>The operationId of the call that failed.</summary>");
                writer.Line("public string OperationId { get; }");
                writer.Line();
                writer.Line("/// <summary>The HTTP status code.</summary>");
                writer.Line("public int StatusCode { get; }");
                writer.Line();
                writer.Line("/// <summary>Response and content headers, by case-insensitive name.</summary>");
                writer.Line("public " + ClientCode.Headers + " Headers { get; }");
                writer.Line();
                writer.Line("/// <summary>The response body as text, as it was received.</summary>");
                writer.Line("public string RawBody { get; }");
                writer.Line();
                writer.Line("/// <summary>How long the server asked to wait (Retry-After, in seconds or as a date), or null.</summary>");
                writer.Line("public global::System.TimeSpan? RetryAfter => global::OpenApiCodegen.Runtime.ApiRetryPolicy.RetryAfter(Headers, global::System.DateTimeOffset.UtcNow);");
                writer.Line();
                writer.Line("/// <summary>The typed error body, whatever its type; null when there is none. The operation catalog reads it.</summary>");
                writer.Line("internal virtual object? " + Naming.FixedNames.ClientTypes.ErrorValue + " => null;");
            }

            writer.Line();
            writer.Line("/// <summary>An error answer whose body is the type the spec declares for that status.</summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            using (writer.Block("public sealed partial class " + names.ApiException + "<TError> : " + names.ApiException))
            {
                writer.Line("/// <summary>Creates an exception with a typed error body, for example in a test.</summary>");
                writer.Line("public " + names.ApiException + "(string operationId, int statusCode, " + ClientCode.Headers + " headers, string rawBody, string message, TError error)");
                writer.Line("    : base(operationId, statusCode, headers, rawBody, message)");
                writer.Line("{");
                writer.Line("    Error = error;");
                writer.Line("}");
                writer.Line();
                writer.Line("internal " + names.ApiException + "(" + raw + " response, string message, TError error)");
                writer.Line("    : base(response, message)");
                writer.Line("{");
                writer.Line("    Error = error;");
                writer.Line("}");
                writer.Line();
                writer.Line("/// <summary>The error body, as declared.</summary>");
                writer.Line("public TError Error { get; }");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line("internal override object? " + Naming.FixedNames.ClientTypes.ErrorValue + " => Error;");
            }
        }

        return writer.ToString();
    }
}
