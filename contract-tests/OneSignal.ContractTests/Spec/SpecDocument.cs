using System.Text.Json.Nodes;

namespace OneSignal.ContractTests.Spec;

/// <summary>The spec the contract is checked against: its operations, security schemes and body schemas.</summary>
public sealed class SpecDocument
{
    private SpecDocument(string filePath, IReadOnlyList<OperationSpec> operations, IReadOnlyDictionary<string, string> securitySchemes, SpecSchemas schemas)
    {
        FilePath = filePath;
        OperationList = operations;
        Operations = operations.ToDictionary(o => o.OperationId, StringComparer.Ordinal);
        SecuritySchemes = securitySchemes;
        Schemas = schemas;
    }

    public string FilePath { get; }

    /// <summary>Operations in document order.</summary>
    public IReadOnlyList<OperationSpec> OperationList { get; }

    public IReadOnlyDictionary<string, OperationSpec> Operations { get; }

    /// <summary>Security scheme name to its HTTP auth scheme (OneSignal's are both <c>Key</c>).</summary>
    public IReadOnlyDictionary<string, string> SecuritySchemes { get; }

    public SpecSchemas Schemas { get; }

    /// <exception cref="SpecLoadException">The file cannot be read or is not a usable OpenAPI document.</exception>
    public static async Task<SpecDocument> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var root = OpenApiText.Read(path);
        var components = root["components"] as JsonObject ?? new JsonObject();
        var reader = new OperationReader(components, root["security"] as JsonArray);
        var operations = new List<OperationSpec>();
        var bodySchemas = new List<BodySchemaSource>();
        foreach (var (template, pathItem) in root["paths"] as JsonObject ?? new JsonObject())
        {
            foreach (var (method, operation) in (JsonObject)pathItem!)
            {
                if (operation is not JsonObject operationObject || !OperationReader.HttpMethods.Contains(method))
                {
                    continue;
                }

                var (spec, schemas) = reader.Read(template, method, (JsonObject)pathItem, operationObject, path);
                operations.Add(spec);
                bodySchemas.AddRange(schemas);
            }
        }

        var duplicate = operations.GroupBy(o => o.OperationId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SpecLoadException($"{path}: operationId '{duplicate.Key}' is used by more than one operation");
        }

        var securitySchemes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, scheme) in components["securitySchemes"] as JsonObject ?? new JsonObject())
        {
            securitySchemes[name] = scheme?["scheme"]?.GetValue<string>() ?? scheme?["type"]?.GetValue<string>() ?? "";
        }

        var schemaSet = await SpecSchemas.BuildAsync(path, components["schemas"] as JsonObject ?? new JsonObject(), bodySchemas, cancellationToken).ConfigureAwait(false);
        return new SpecDocument(path, operations, securitySchemes, schemaSet);
    }

    /// <summary>The operation a request was made to, by method and path template.</summary>
    public OperationSpec? FindOperation(string method, string path)
        => OperationList.FirstOrDefault(o => string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase) && o.Path.Matches(path));
}
