using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace OpenApiCodegen.Cli.Parity;

/// <summary>An OpenAPI document read with OpenAPI.NET, with its operations indexed by operationId.</summary>
public sealed class ParityDocument
{
    private ParityDocument(OpenApiDocument document, IReadOnlyList<string> errors)
    {
        Document = document;
        Errors = errors;
        Operations = IndexOperations(document);
    }

    public OpenApiDocument Document { get; }

    /// <summary>What the reader could not make sense of; parity still runs on the rest.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Operations by operationId, in document order. Operations without an id are keyed by "METHOD path".</summary>
    public IReadOnlyDictionary<string, OperationEntry> Operations { get; }

    public static ParityDocument Load(string path)
    {
        var format = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "yaml";
        try
        {
            return Parse(File.ReadAllText(path), format);
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidDataException($"{path}: {exception.Message}", exception);
        }
    }

    /// <summary>Parses YAML or JSON text (<paramref name="format"/> is "yaml" or "json").</summary>
    public static ParityDocument Parse(string text, string format = "yaml")
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        var result = OpenApiDocument.Parse(text, format, settings);
        var errors = result.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}").ToList() ?? [];
        if (result.Document is null)
        {
            throw new InvalidDataException("not an OpenAPI document: " + string.Join("; ", errors));
        }

        return new ParityDocument(result.Document, errors);
    }

    private static Dictionary<string, OperationEntry> IndexOperations(OpenApiDocument document)
    {
        var operations = new Dictionary<string, OperationEntry>(StringComparer.Ordinal);
        foreach (var (path, pathItem) in document.Paths ?? new OpenApiPaths())
        {
            foreach (var (method, operation) in pathItem.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
            {
                var methodName = method.Method.ToLowerInvariant();
                var id = operation.OperationId is { Length: > 0 } operationId ? operationId : $"{methodName.ToUpperInvariant()} {path}";
                // A duplicate operationId is a broken spec; the first one wins so that parity still reports the rest.
                operations.TryAdd(id, new OperationEntry(id, path, methodName, operation, pathItem));
            }
        }

        return operations;
    }
}

/// <summary>An operation with where it lives.</summary>
public sealed record OperationEntry(string Id, string Path, string Method, OpenApiOperation Operation, IOpenApiPathItem PathItem)
{
    /// <summary>Path-level parameters overridden by operation-level ones with the same name and location, as OpenAPI defines.</summary>
    public IReadOnlyDictionary<string, IOpenApiParameter> Parameters
    {
        get
        {
            var parameters = new Dictionary<string, IOpenApiParameter>(StringComparer.Ordinal);
            foreach (var parameter in PathItem.Parameters ?? [])
            {
                parameters[ParameterKey(parameter)] = parameter;
            }

            foreach (var parameter in Operation.Parameters ?? [])
            {
                parameters[ParameterKey(parameter)] = parameter;
            }

            return parameters;
        }
    }

    /// <summary>"query app_id": a parameter is identified by where it goes and its name.</summary>
    public static string ParameterKey(IOpenApiParameter parameter) =>
        $"{parameter.In?.ToString().ToLowerInvariant() ?? "unknown"} {parameter.Name}";
}
