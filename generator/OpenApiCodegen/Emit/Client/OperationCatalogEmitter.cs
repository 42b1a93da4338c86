using System.Collections.Generic;
using System.Linq;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit.Client;

/// <summary>
/// Emits the operation catalog (<c>{Client}Operations</c>) for a project that references OpenApiCodegen.Operations:
/// every operation as data (method, path template, parameters with their serialization, body, statuses, security)
/// and a call to its <c>...WithResponseAsync</c> method whose arguments are read from a recorded request with the
/// generated codecs. No reflection: the catalog is as AOT-safe as the client.
/// </summary>
internal static class OperationCatalogEmitter
{
    /// <summary>The type whose presence in the compilation asks for the catalog.</summary>
    public const string CatalogInterface = "OpenApiCodegen.Operations.IOperationCatalog";

    private const string Operations = "global::OpenApiCodegen.Operations";
    private const string Argument = ClientCode.Runtime + ".ApiArgument";

    public static string Emit(CatalogModel model)
    {
        var client = model.Client;
        var names = client.Names;
        var ns = model.Namespace;
        var writer = GeneratedFile.Start(model.SpecPath);
        using (writer.FileNamespace(ns))
        {
            writer.Line("/// <summary>");
            writer.Line("/// Every operation of <see cref=\"" + names.Client + "\"/> as the spec declares it, each callable with the arguments of a");
            writer.Line("/// recorded request: what contract tests replay recordings through.");
            writer.Line("/// </summary>");
            writer.Line(GeneratedFile.GeneratedCodeAttribute);
            using (writer.Block("public sealed class " + names.Operations + " : " + Operations + ".IOperationCatalog"))
            {
                writer.Line("private " + names.Operations + "()");
                writer.Line("{");
                writer.Line("}");
                writer.Line();
                writer.Line("/// <summary>The catalog.</summary>");
                writer.Line("public static " + names.Operations + " Instance { get; } = new();");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line("public string Title => " + CSharpLiteral.String(client.Title ?? string.Empty) + ";");
                writer.Line();
                WriteSecuritySchemes(writer, client);
                writer.Line();
                WriteOperations(writer, model);
                writer.Line();
                WriteCreateClient(writer, client, ns);
                writer.Line();
                WriteOutcomes(writer, model);
            }
        }

        return writer.ToString();
    }

    private static void WriteSecuritySchemes(SourceWriter writer, ClientModel client)
    {
        writer.Line("/// <inheritdoc/>");
        writer.Line("public global::System.Collections.Generic.IReadOnlyList<" + Operations + ".SecuritySchemeDescriptor> SecuritySchemes { get; } = new " + Operations + ".SecuritySchemeDescriptor[]");
        writer.Line("{");
        writer.Indent();
        foreach (var scheme in client.SecuritySchemes)
        {
            writer.Line("new(" + CSharpLiteral.String(scheme.Name) + ", " + CSharpLiteral.String(scheme.Kind.ToString()) + ", " + Nullable(scheme.ParameterName) + ", " + Nullable(AuthorizationScheme(scheme)) + "),");
        }

        writer.Outdent();
        writer.Line("};");
    }

    private static void WriteOperations(SourceWriter writer, CatalogModel model)
    {
        writer.Line("/// <inheritdoc/>");
        writer.Line("public global::System.Collections.Generic.IReadOnlyList<" + Operations + ".OperationDescriptor> Operations { get; } = new " + Operations + ".OperationDescriptor[]");
        writer.Line("{");
        writer.Indent();
        foreach (var group in model.Client.Groups)
        {
            foreach (var operation in group.Operations)
            {
                WriteOperation(writer, model, group, operation);
            }
        }

        writer.Outdent();
        writer.Line("};");
    }

    private static void WriteOperation(SourceWriter writer, CatalogModel model, OperationGroupModel group, OperationModel operation)
    {
        var names = model.Client.Names;
        var access = group.PropertyName is null ? operation.WithResponseMethodName : group.PropertyName + "." + operation.WithResponseMethodName;
        writer.Line("new(");
        writer.Indent();
        writer.Line(CSharpLiteral.String(operation.OperationId) + ", " + CSharpLiteral.String(operation.HttpMethod) + ", " + CSharpLiteral.String(operation.PathTemplate) + ", " + CSharpLiteral.String(access) + ",");
        writer.Line(Parameters(operation) + ",");
        writer.Line((operation.Body is { } body ? "new(" + CSharpLiteral.String(body.MediaType) + ", " + Bool(body.IsRequired) + (body.IdempotencyKeyJsonName is { } key ? ", " + CSharpLiteral.String(key) : string.Empty) + ")" : "null") + ",");
        writer.Line("new string[] { " + string.Join(", ", operation.Responses.Select(r => CSharpLiteral.String(r.Status))) + " },");
        writer.Line("new string[][] { " + string.Join(", ", operation.Security.Select(a => "new string[] { " + string.Join(", ", a.SchemeNames.Select(CSharpLiteral.String)) + " }")) + " },");
        writer.Line("static async (client, operation, request, cancellationToken) =>");
        writer.Line("{");
        writer.Indent();
        writer.Line("var call = ((" + ClientCode.Full(model.Namespace, names.Interface) + ")client)." + access + "(");
        writer.Indent();
        var arguments = Arguments(operation, model.Namespace, names).Concat(new[] { "cancellationToken: cancellationToken" }).ToList();
        for (var i = 0; i < arguments.Count; i++)
        {
            writer.Line(arguments[i] + (i < arguments.Count - 1 ? "," : ");"));
        }

        writer.Outdent();
        writer.Line("try");
        writer.Line("{");
        writer.Line("    return Returned(await call.ConfigureAwait(false));");
        writer.Line("}");
        writer.Line("catch (" + ClientCode.Full(model.Namespace, names.ApiException) + " exception)");
        writer.Line("{");
        writer.Line("    return Threw(exception);");
        writer.Line("}");
        writer.Outdent();
        writer.Line("}),");
        writer.Outdent();
    }

    private static string Parameters(OperationModel operation)
    {
        if (operation.Parameters.IsEmpty)
        {
            return "global::System.Array.Empty<" + Operations + ".ParameterDescriptor>()";
        }

        var items = operation.Parameters.Select(p => "new(" + CSharpLiteral.String(p.Name) + ", " + Operations + ".ParameterLocation." + p.Location
            + ", " + Operations + ".ParameterStyle." + p.Style + ", " + Bool(p.Explode) + ", " + Bool(p.IsRequired) + ", " + Operations + ".ValueShape." + Shape(p.Type) + ")");
        return "new " + Operations + ".ParameterDescriptor[] { " + string.Join(", ", items) + " }";
    }

    /// <summary>Named arguments, so the order of the method's parameters does not matter.</summary>
    private static IEnumerable<string> Arguments(OperationModel operation, string @namespace, ClientNames names)
    {
        for (var i = 0; i < operation.Parameters.Count; i++)
        {
            var parameter = operation.Parameters[i];
            var codec = ValueCode.Codec(parameter.Type);
            var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var read = parameter.IsRequired ? "Required" : parameter.Type.IsValueType ? "OptionalValue" : "Optional";
            yield return parameter.ArgumentName + ": " + Argument + "." + read + "(request, operation, " + index + ", " + codec + ")";
        }

        if (operation.Body is not { } body)
        {
            yield break;
        }

        var bang = body.IsRequired ? "!" : string.Empty;
        switch (body.Kind)
        {
            case BodyKind.Json:
            case BodyKind.Form:
                var type = body.Type!.CSharpName;
                yield return body.ArgumentName + ": " + (body.IsRequired
                    ? Argument + ".Body(request, operation, " + ValueCode.Codec(body.Type!) + ")!"
                    : "request.Body is null ? default(" + type + "?) : " + Argument + ".Body(request, operation, " + ValueCode.Codec(body.Type!) + ")");
                break;
            case BodyKind.Text:
                yield return body.ArgumentName + ": " + Argument + ".Text(request, operation)" + bang;
                break;
            case BodyKind.Binary:
                yield return body.ArgumentName + ": " + Argument + ".Binary(request, operation)" + bang;
                break;
            case BodyKind.Multipart:
                foreach (var part in body.Parts)
                {
                    var name = CSharpLiteral.String(part.Name);
                    var required = body.IsRequired && part.IsRequired;
                    if (part.IsFile)
                    {
                        var file = ClientCode.Full(@namespace, names.File);
                        yield return part.ArgumentName + ": " + Argument + ".PartFile(request, operation, " + name + ", " + Bool(required)
                            + ", static (content, fileName, contentType) => new " + file + "(content, fileName, contentType))" + (required ? "!" : string.Empty);
                        continue;
                    }

                    var read = required ? "PartRequired" : part.Type!.IsValueType ? "PartOptionalValue" : "PartOptional";
                    yield return part.ArgumentName + ": " + Argument + "." + read + "(request, operation, " + name + ", " + ValueCode.Codec(part.Type!) + ")";
                }

                break;
        }
    }

    private static void WriteCreateClient(SourceWriter writer, ClientModel client, string @namespace)
    {
        var names = client.Names;
        writer.Line("/// <inheritdoc/>");
        using (writer.Block("public object CreateClient(global::System.Net.Http.HttpClient httpClient, global::System.Uri baseAddress, global::System.Collections.Generic.IReadOnlyDictionary<string, string> credentials)"))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(credentials);");
            writer.Line("var options = new " + ClientCode.Full(@namespace, names.Options) + " { " + Naming.FixedNames.Options.BaseAddress + " = baseAddress, " + Naming.FixedNames.Options.MaxRetries + " = 0 };");
            using (writer.Block("foreach (var credential in credentials)"))
            {
                using (writer.Block("switch (credential.Key)"))
                {
                    foreach (var scheme in client.SecuritySchemes)
                    {
                        // Braces: each section's locals are its own.
                        writer.Line("case " + CSharpLiteral.String(scheme.Name) + ":");
                        writer.Line("{");
                        writer.Indent();
                        switch (scheme.Kind)
                        {
                            case SecuritySchemeKind.HttpBasic:
                                writer.Line("var colon = credential.Value.IndexOf(':');");
                                writer.Line("options." + scheme.PropertyName + " = colon < 0 ? credential.Value : credential.Value.Substring(0, colon);");
                                writer.Line("options." + scheme.PasswordPropertyName + " = colon < 0 ? string.Empty : credential.Value.Substring(colon + 1);");
                                break;
                            case SecuritySchemeKind.OAuth2:
                            case SecuritySchemeKind.OpenIdConnect:
                                writer.Line("var token = credential.Value;");
                                writer.Line("options." + scheme.PropertyName + " = _ => new global::System.Threading.Tasks.ValueTask<string>(token);");
                                break;
                            default:
                                writer.Line("options." + scheme.PropertyName + " = credential.Value;");
                                break;
                        }

                        writer.Line("break;");
                        writer.Outdent();
                        writer.Line("}");
                        writer.Line();
                    }

                    writer.Line("default:");
                    writer.Line("    throw new global::System.ArgumentException(\"The spec declares no security scheme '\" + credential.Key + \"'.\", nameof(credentials));");
                }
            }

            writer.Line();
            writer.Line("return new " + ClientCode.Full(@namespace, names.Client) + "(httpClient, options);");
        }
    }

    private static void WriteOutcomes(SourceWriter writer, CatalogModel model)
    {
        var response = ClientCode.Full(model.Namespace, model.Client.Names.ApiResponse);
        var typeInfo = model.JsonContextName is null
            ? "null"
            : ClientCode.Full(model.Namespace, model.JsonContextName) + ".Default.GetTypeInfo(typeof(T))";
        var exception = ClientCode.Full(model.Namespace, model.Client.Names.ApiException);
        var errorType = model.JsonContextName is null
            ? "null"
            : "error is null ? null : " + ClientCode.Full(model.Namespace, model.JsonContextName) + ".Default.GetTypeInfo(error.GetType())";
        writer.Line("private static " + Operations + ".OperationOutcome Returned<T>(" + response + "<T> response)");
        writer.Line("    => " + Operations + ".OperationOutcome.Of(response.StatusCode, response.Value, " + typeInfo + ");");
        writer.Line();
        using (writer.Block("private static " + Operations + ".OperationOutcome Threw(" + exception + " exception)"))
        {
            writer.Line("var error = exception." + Naming.FixedNames.ClientTypes.ErrorValue + ";");
            writer.Line("return " + Operations + ".OperationOutcome.Threw(exception, exception.StatusCode, error, " + errorType + ");");
        }
        writer.Line();
        writer.Line("private static " + Operations + ".OperationOutcome Returned(" + response + " response)");
        writer.Line("    => " + Operations + ".OperationOutcome.Of(response.StatusCode, null, null);");
    }

    /// <summary>How a parameter's value is laid out before its style applies, as the client's serializer sees it.</summary>
    private static string Shape(TypeRef type)
    {
        if (ParameterCode.IsScalar(type))
        {
            return "Scalar";
        }

        return type.Kind == TypeKind.List ? "List" : type.Kind == TypeKind.Json ? "Scalar" : "Object";
    }

    /// <summary>The word before the credential in <c>Authorization</c>, as the client's credentials send it.</summary>
    private static string? AuthorizationScheme(SecuritySchemeModel scheme) => scheme.Kind switch
    {
        SecuritySchemeKind.HttpBasic => "Basic",
        SecuritySchemeKind.HttpBearer or SecuritySchemeKind.OAuth2 or SecuritySchemeKind.OpenIdConnect => "Bearer",
        SecuritySchemeKind.HttpOther => scheme.HttpScheme,
        _ => null,
    };

    private static string Nullable(string? value) => value is null ? "null" : CSharpLiteral.String(value);

    private static string Bool(bool value) => value ? "true" : "false";
}
