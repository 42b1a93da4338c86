using Microsoft.OpenApi;
using OpenApiCodegen.SpecDiff.Loading;

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

    /// <summary>Problems the reader worked around; parity still runs on the rest.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Operations by operationId, in document order. Operations without an id are keyed by "METHOD path".</summary>
    public IReadOnlyDictionary<string, OperationEntry> Operations { get; }

    /// <summary>Reads a spec file with diff's loader, so a broken file is described as diff describes it.</summary>
    /// <exception cref="SpecLoadException">The file cannot be read or is not an OpenAPI document; the message names it.</exception>
    public static ParityDocument Load(string path) => From(SpecLoader.LoadFile(path));

    /// <summary>Parses YAML or JSON text; <paramref name="path"/> only names it in messages.</summary>
    /// <exception cref="SpecLoadException">The text is not an OpenAPI document.</exception>
    public static ParityDocument Parse(string text, string path = "inline.yaml") => From(SpecLoader.Parse(path, text));

    private static ParityDocument From(LoadedSpec spec) => new(spec.Document, spec.Warnings);

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
