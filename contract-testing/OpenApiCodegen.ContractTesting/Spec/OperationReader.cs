using System.Text.Json.Nodes;

namespace OpenApiCodegen.ContractTesting.Spec;

/// <summary>Reads one operation of the OpenAPI JSON tree, following <c>$ref</c>s into <c>components</c>.</summary>
internal sealed class OperationReader(JsonObject components, JsonArray? defaultSecurity = null)
{
    public static readonly HashSet<string> HttpMethods = new(StringComparer.Ordinal) { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    public (OperationSpec Operation, IReadOnlyList<BodySchemaSource> Schemas) Read(string template, string method, JsonObject pathItem, JsonObject operation, string file)
    {
        var operationId = operation["operationId"]?.GetValue<string>()
            ?? throw new SpecLoadException($"{file}: {method.ToUpperInvariant()} {template} has no operationId; the recordings are filed by it");
        var schemas = new List<BodySchemaSource>();

        // Operation-level parameters override path-level ones with the same name and location.
        var parameters = new Dictionary<(string, string), ParameterSpec>();
        foreach (var node in (pathItem["parameters"] as JsonArray ?? []).Concat(operation["parameters"] as JsonArray ?? []))
        {
            var parameter = ReadParameter(Resolve(node, "parameters"));
            parameters[(parameter.In, parameter.Name)] = parameter;
        }

        RequestBodySpec? requestBody = null;
        if (Resolve(operation["requestBody"], "requestBodies") is { } body)
        {
            var content = body["content"] as JsonObject ?? new JsonObject();
            requestBody = new RequestBodySpec(body["required"]?.GetValue<bool>() == true, content.Select(c => c.Key).ToList());
            schemas.Add(new BodySchemaSource(BodySchemaSource.RequestKey(operationId), SchemaDirection.Request, JsonContent(content)));
        }

        var responses = new List<ResponseSpec>();
        foreach (var (status, node) in operation["responses"] as JsonObject ?? new JsonObject())
        {
            var response = Resolve(node, "responses") ?? new JsonObject();
            var content = response["content"] as JsonObject ?? new JsonObject();
            var headers = (response["headers"] as JsonObject ?? new JsonObject())
                .Select(h => ReadHeader(h.Key, Resolve(h.Value, "headers") ?? new JsonObject()))
                .ToList();
            responses.Add(new ResponseSpec(status, content.Select(c => c.Key).ToList(), headers));
            if (content.Count > 0)
            {
                schemas.Add(new BodySchemaSource(BodySchemaSource.ResponseKey(operationId, status), SchemaDirection.Response, JsonContent(content)));
            }
        }

        // An operation names the schemes it accepts; any one of them will do.
        var security = (operation["security"] as JsonArray ?? defaultSecurity ?? [])
            .OfType<JsonObject>()
            .SelectMany(requirement => requirement.Select(r => r.Key))
            .Distinct()
            .ToList();

        var spec = new OperationSpec(operationId, method.ToUpperInvariant(), new PathTemplate(template), parameters.Values.ToList(), requestBody, responses, security);
        return (spec, schemas);
    }

    /// <summary>The schema of the JSON media type (<c>application/json</c> or a <c>+json</c> one), which is what the checks validate.</summary>
    private static JsonNode? JsonContent(JsonObject content)
        => content.FirstOrDefault(c => MediaTypes.IsJson(c.Key)).Value?["schema"];

    private static ParameterSpec ReadParameter(JsonObject? parameter)
    {
        var schema = parameter?["schema"] as JsonObject;
        var enumValues = (schema?["enum"] as JsonArray ?? []).Select(v => v?.ToString() ?? "null").ToList();
        return new ParameterSpec(
            parameter?["name"]?.GetValue<string>() ?? "",
            parameter?["in"]?.GetValue<string>() ?? "",
            parameter?["required"]?.GetValue<bool>() == true,
            schema?["type"]?.GetValue<string>(),
            schema?["items"]?["type"]?.GetValue<string>(),
            enumValues);
    }

    private static HeaderSpec ReadHeader(string name, JsonObject header)
    {
        var schema = header["schema"] as JsonObject;
        return new HeaderSpec(name, header["required"]?.GetValue<bool>() == true, schema?["type"]?.GetValue<string>(), schema?["minimum"]?.GetValue<decimal>());
    }

    private JsonObject? Resolve(JsonNode? node, string section)
    {
        var prefix = $"#/components/{section}/";
        for (var i = 0; i < 16 && node?["$ref"]?.GetValue<string>() is { } reference; i++)
        {
            node = reference.StartsWith(prefix, StringComparison.Ordinal) ? components[section]?[reference[prefix.Length..]] : null;
        }

        return node as JsonObject;
    }
}
