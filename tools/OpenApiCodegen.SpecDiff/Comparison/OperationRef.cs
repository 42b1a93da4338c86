using Microsoft.OpenApi;
using OpenApiCodegen.SpecDiff.Naming;
using OpenApiCodegen.SpecDiff.Schemas;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>One operation of a spec: its method and path, and the names the generator gives it.</summary>
internal sealed record OperationRef(string Method, string Path, OpenApiOperation Operation, IOpenApiPathItem PathItem)
{
    /// <summary><c>#/paths/~1notifications/post</c>.</summary>
    public string Pointer => Pointers.Operation(Path, Method);

    public string? OperationId => Operation.OperationId is { Length: > 0 } id ? id : null;

    /// <summary>The generator's base name: <c>CreateNotification</c>.</summary>
    public string Name => CSharpNames.OperationName(Operation, Method, Path);

    /// <summary>The generated method: <c>Client.CreateNotificationAsync</c>.</summary>
    public string CSharpMethod => CSharpNames.Method(Operation, Method, Path);

    /// <summary><c>POST /notifications</c>.</summary>
    public string Endpoint => Method + " " + Path;

    /// <summary>The operationId, or the endpoint when there is none: what messages call the operation.</summary>
    public string Label => OperationId ?? Endpoint;

    /// <summary>The endpoint with path parameter names blanked: <c>/pets/{id}</c> and <c>/pets/{petId}</c> are one URL.</summary>
    public string Template => Method + " " + BlankParameters(Path);

    public static List<OperationRef> All(OpenApiDocument document)
    {
        var result = new List<OperationRef>();
        foreach (var path in document.Paths ?? new OpenApiPaths())
        {
            foreach (var operation in path.Value.Operations ?? [])
            {
                result.Add(new OperationRef(operation.Key.Method.ToUpperInvariant(), path.Key, operation.Value, path.Value));
            }
        }

        return result;
    }

    private static string BlankParameters(string path)
    {
        var builder = new System.Text.StringBuilder(path.Length);
        var inParameter = false;
        foreach (var c in path)
        {
            if (c == '{')
            {
                inParameter = true;
                builder.Append("{}");
            }
            else if (c == '}')
            {
                inParameter = false;
            }
            else if (!inParameter)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
