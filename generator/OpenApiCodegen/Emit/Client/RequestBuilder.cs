using System.Linq;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Emit.Client;

/// <summary>Emits the part of an operation method that checks the arguments and builds the request.</summary>
internal static class RequestBuilder
{
    private const string Runtime = ClientCode.Runtime;

    public static void Write(SourceWriter writer, OperationModel operation, string @namespace, ClientNames names)
    {
        WriteArgumentChecks(writer, operation);
        WriteIdempotencyKey(writer, operation);

        writer.Line("var request = new " + Runtime + ".ApiRequest(" + CSharpLiteral.String(operation.OperationId)
                    + ", " + HttpMethod(operation.HttpMethod) + ", " + operation.SecurityField + ");");
        if (operation.Body?.IdempotencyKeyProperty is not null || operation.Parameters.Any(p => p.IsIdempotencyKey))
        {
            writer.Line("request.IsRetryable = true; // the idempotency key makes repeating this call harmless");
        }

        if (Accept(operation) is { } accept)
        {
            writer.Line("request.Accept = " + CSharpLiteral.String(accept) + ";");
        }

        WritePath(writer, operation);
        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Query && !IsInPathQuery(operation, p)))
        {
            var serialization = parameter.Style == ParameterStyle.Form && parameter.Explode && !parameter.AllowReserved
                ? string.Empty // OpenAPI's default for a query parameter
                : ParameterCode.Style(parameter.Style) + ", explode: " + Bool(parameter.Explode) + ", allowReserved: " + Bool(parameter.AllowReserved) + ", ";
            writer.Line(Runtime + ".ParameterSerializer.Query(request.Query, " + CSharpLiteral.String(parameter.Name) + ", " + serialization + OptionalValue(parameter) + ");");
        }

        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Header))
        {
            var add = "request.AddHeader(" + CSharpLiteral.String(parameter.Name) + ", " + Runtime + ".ParameterSerializer.Header(" + Bool(parameter.Explode) + ", " + Value(parameter) + "));";
            writer.Line(parameter.IsRequired ? add : "if (" + parameter.ArgumentName + " is not null) " + add);
        }

        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Cookie))
        {
            var add = "request.Cookies.Add(" + Runtime + ".ParameterSerializer.Cookie(" + CSharpLiteral.String(parameter.Name) + ", " + Value(parameter) + "));";
            writer.Line(parameter.IsRequired ? add : "if (" + parameter.ArgumentName + " is not null) " + add);
        }

        if (operation.Body is { } body)
        {
            WriteBody(writer, body, @namespace, names);
        }
    }

    private static void WriteArgumentChecks(SourceWriter writer, OperationModel operation)
    {
        var any = false;
        foreach (var parameter in operation.Parameters.Where(p => p.IsRequired && !p.Type.IsValueType))
        {
            // An empty path segment would silently address another resource.
            writer.Line(parameter.Location == ParameterLocation.Path && parameter.Type.Kind == TypeKind.String
                ? "global::System.ArgumentException.ThrowIfNullOrEmpty(" + parameter.ArgumentName + ");"
                : "global::System.ArgumentNullException.ThrowIfNull(" + parameter.ArgumentName + ");");
            any = true;
        }

        if (operation.Body is { IsRequired: true } body && body.Kind != BodyKind.Multipart && !(body.Type?.IsValueType ?? false))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(" + body.ArgumentName + ");");
            any = true;
        }

        if (operation.Body is { Kind: BodyKind.Multipart, IsRequired: true } multipart)
        {
            foreach (var part in multipart.Parts.Where(p => p.IsRequired && (p.IsFile || !p.Type!.IsValueType)))
            {
                writer.Line("global::System.ArgumentNullException.ThrowIfNull(" + part.ArgumentName + ");");
                any = true;
            }
        }

        if (any)
        {
            writer.Line();
        }
    }

    private static void WriteIdempotencyKey(SourceWriter writer, OperationModel operation)
    {
        foreach (var header in operation.Parameters.Where(p => p.IsIdempotencyKey))
        {
            writer.Line("// Filled once, before the first attempt, so that every retry carries the same key and the API never acts twice.");
            var key = header.ArgumentName;
            if (header.Type.Kind == TypeKind.Guid)
            {
                writer.Line("if (" + (header.IsRequired ? string.Empty : key + " is null || ") + key + " == global::System.Guid.Empty) " + key + " = global::System.Guid.NewGuid();");
            }
            else
            {
                writer.Line("if (string.IsNullOrEmpty(" + key + ")) " + key + " = global::System.Guid.NewGuid().ToString();");
            }

            writer.Line();
        }

        if (operation.Body is not { IdempotencyKeyProperty: { } property } body)
        {
            return;
        }

        var access = body.ArgumentName + "." + property;
        writer.Line("// Filled once, before the first attempt, so that every retry carries the same key and the API never acts twice.");
        if (body.IsRequired)
        {
            Fill(writer, body, access);
        }
        else
        {
            using (writer.Block("if (" + body.ArgumentName + " is not null)"))
            {
                Fill(writer, body, access);
            }
        }

        writer.Line();
    }

    private static void Fill(SourceWriter writer, RequestBodyModel body, string access)
    {
        if (body.IdempotencyKeyIsGuid)
        {
            using (writer.Block("if (" + access + " is not { } key || key == global::System.Guid.Empty)"))
            {
                writer.Line(access + " = global::System.Guid.NewGuid();");
            }
        }
        else
        {
            using (writer.Block("if (string.IsNullOrEmpty(" + access + "))"))
            {
                writer.Line(access + " = global::System.Guid.NewGuid().ToString();");
            }
        }
    }

    /// <summary>
    /// The path, parameters substituted. A template that carries its own query string (OneSignal's
    /// "/players/csv_export?app_id={app_id}") puts that part in the query, parameters substituted too.
    /// </summary>
    private static void WritePath(SourceWriter writer, OperationModel operation)
    {
        var template = operation.PathTemplate;
        var question = template.IndexOf('?');
        var pathPart = question < 0 ? template : template.Substring(0, question);
        writer.Line("request.Path" + string.Concat(ParameterCode.Segments(pathPart).Select(s => ".Append(" + (s.IsParameter ? PathValue(operation, s.Text) : CSharpLiteral.String(s.Text)) + ")")) + ";");
        if (question >= 0)
        {
            var queryPart = "?" + template.Substring(question + 1);
            writer.Line("request.Query" + string.Concat(ParameterCode.Segments(queryPart).Select(s => ".Append(" + (s.IsParameter ? QueryTemplateValue(operation, s.Text) : CSharpLiteral.String(s.Text)) + ")")) + ";");
        }
    }

    private static string PathValue(OperationModel operation, string name)
    {
        var parameter = operation.Parameters.FirstOrDefault(p => p.Name == name);
        if (parameter is null)
        {
            return CSharpLiteral.String("{" + name + "}"); // the spec declares no such parameter; keep the template visible
        }

        var serialization = parameter.Style == ParameterStyle.Simple && !parameter.Explode
            ? string.Empty // OpenAPI's default for a path parameter
            : ParameterCode.Style(parameter.Style) + ", explode: " + Bool(parameter.Explode) + ", ";
        return Runtime + ".ParameterSerializer.Path(" + CSharpLiteral.String(parameter.Name) + ", " + serialization + Value(parameter) + ")";
    }

    private static string QueryTemplateValue(OperationModel operation, string name)
    {
        var parameter = operation.Parameters.FirstOrDefault(p => p.Name == name);
        return parameter is null
            ? CSharpLiteral.String("{" + name + "}")
            : "global::System.Uri.EscapeDataString(" + Runtime + ".ParameterSerializer.Header(false, " + Value(parameter) + "))";
    }

    private static bool IsInPathQuery(OperationModel operation, ParameterModel parameter)
    {
        var question = operation.PathTemplate.IndexOf('?');
        return question >= 0 && operation.PathTemplate.Substring(question).Contains("{" + parameter.Name + "}");
    }

    private static void WriteBody(SourceWriter writer, RequestBodyModel body, string @namespace, ClientNames names)
    {
        var content = "request.Content = ";
        switch (body.Kind)
        {
            case BodyKind.Json:
                Assign(writer, body, content + Runtime + ".ApiContent.Json(" + NonNullBody(body) + ", " + ValueCode.Codec(body.Type!) + ", " + CSharpLiteral.String(body.MediaType) + ");");
                break;
            case BodyKind.Form:
                Assign(writer, body, content + Runtime + ".ApiContent.Form(" + NonNullBody(body) + ", " + ValueCode.Codec(body.Type!) + ");");
                break;
            case BodyKind.Text:
                Assign(writer, body, content + Runtime + ".ApiContent.Text(" + body.ArgumentName + ", " + CSharpLiteral.String(body.MediaType) + ");");
                break;
            case BodyKind.Binary:
                Assign(writer, body, content + Runtime + ".ApiContent.Binary(" + body.ArgumentName + ", " + CSharpLiteral.String(body.MediaType) + ");");
                break;
            case BodyKind.Multipart:
                WriteMultipart(writer, body);
                break;
        }
    }

    private static void Assign(SourceWriter writer, RequestBodyModel body, string statement)
        => writer.Line(body.IsRequired ? statement : "if (" + body.ArgumentName + " is not null) " + statement);

    private static string NonNullBody(RequestBodyModel body)
        => !body.IsRequired && body.Type!.IsValueType ? body.ArgumentName + ".Value" : body.ArgumentName;

    private static void WriteMultipart(SourceWriter writer, RequestBodyModel body)
    {
        writer.Line("var parts = new global::System.Collections.Generic.List<" + Runtime + ".ApiMultipartPart>();");
        foreach (var part in body.Parts)
        {
            var name = CSharpLiteral.String(part.Name);
            var isOptional = !(body.IsRequired && part.IsRequired);
            string add;
            if (part.IsFile)
            {
                add = "parts.Add(" + Runtime + ".ApiMultipartPart.File(" + name + ", " + part.ArgumentName + ".Content, " + part.ArgumentName + ".FileName, " + part.ArgumentName + ".ContentType));";
            }
            else if (ParameterCode.IsScalar(part.Type!))
            {
                add = "parts.Add(" + Runtime + ".ApiMultipartPart.Value(" + name + ", " + ParameterCode.ScalarText(part.Type!, ParameterCode.NonNull(part.Type!, part.ArgumentName, isOptional)) + "));";
            }
            else
            {
                // An optional struct (a free-form JsonElement) is a Nullable: the writer takes the value inside.
                add = "parts.Add(" + Runtime + ".ApiMultipartPart.Json(" + name + ", " + ParameterCode.NonNull(part.Type!, part.ArgumentName, isOptional) + ", " + ValueCode.Codec(part.Type!) + "));";
            }

            writer.Line(isOptional ? "if (" + part.ArgumentName + " is not null) " + add : add);
        }

        writer.Line("request.Content = " + Runtime + ".ApiContent.Multipart(parts);");
    }

    private static string Value(ParameterModel parameter)
        => ParameterCode.ToApiParameter(parameter.Type, ParameterCode.NonNull(parameter.Type, parameter.ArgumentName, parameter.AllowsNull));

    private static string OptionalValue(ParameterModel parameter)
        => parameter.IsRequired ? Value(parameter) : parameter.ArgumentName + " is null ? null : " + Value(parameter);

    private static string? Accept(OperationModel operation)
    {
        var types = operation.Responses.Where(r => r.MediaType is not null).Select(r => r.MediaType!).Distinct().ToList();
        return types.Count == 0 ? null : string.Join(", ", types);
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string HttpMethod(string method) => method switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        "TRACE" => "global::System.Net.Http.HttpMethod.Trace",
        _ => "new global::System.Net.Http.HttpMethod(" + CSharpLiteral.String(method) + ")",
    };
}
