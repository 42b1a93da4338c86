using System.Text.Json.Nodes;

namespace OpenApiCodegen.ContractTesting.Spec;

/// <summary>The spec the contract is checked against: its operations, security schemes and body schemas.</summary>
public sealed class SpecDocument
{
    private SpecDocument(string filePath, string title, Uri? server, IReadOnlyList<OperationSpec> operations, SpecSchemas schemas)
    {
        FilePath = filePath;
        Title = title;
        Server = server;
        OperationList = operations;
        Operations = operations.ToDictionary(o => o.OperationId, StringComparer.Ordinal);
        Schemas = schemas;
    }

    public string FilePath { get; }

    /// <summary>Operations in document order.</summary>
    public IReadOnlyList<OperationSpec> OperationList { get; }

    public IReadOnlyDictionary<string, OperationSpec> Operations { get; }

    /// <summary>The spec's <c>info.title</c>, which reports name.</summary>
    public string Title { get; }

    /// <summary>The first server's URL when it is absolute: where a live run goes unless told otherwise.</summary>
    public Uri? Server { get; }

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

        var title = Text(root["info"]?["title"]) is { Length: > 0 } text ? text : Path.GetFileNameWithoutExtension(path);
        var server = Uri.TryCreate(Text((root["servers"] as JsonArray)?.FirstOrDefault()?["url"]), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute : null;
        var schemaSet = await SpecSchemas.BuildAsync(path, components["schemas"] as JsonObject ?? new JsonObject(), bodySchemas, cancellationToken).ConfigureAwait(false);
        return new SpecDocument(path, title, server, operations, schemaSet);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>
    /// The operation a request was made to, by method and path template: where several templates fit
    /// (<c>/users/me</c> and <c>/users/{id}</c>), the most specific one, with the most literal segments.
    /// </summary>
    public OperationSpec? FindOperation(string method, string path)
        => OperationList
            .Where(o => string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase) && o.Path.Matches(path))
            .OrderByDescending(o => o.Path.Template.Split('/').Count(s => s.Length > 0 && !s.Contains('{', StringComparison.Ordinal)))
            .FirstOrDefault();
}
