using Microsoft.OpenApi;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>A parameter as an operation sees it, with where it is written.</summary>
internal sealed record ParameterRef(IOpenApiParameter Parameter, string Pointer)
{
    public string Name => Parameter.Name ?? string.Empty;

    /// <summary>"query", "header", "path", "cookie".</summary>
    public string Location => Parameter.In?.ToString().ToLowerInvariant() ?? "query";

    /// <summary>Path parameters are required whatever the spec says: the URL cannot be built without them.</summary>
    public bool Required => Parameter.Required || Parameter.In == ParameterLocation.Path;

    /// <summary>The value's schema: <c>schema</c>, or the schema of the first <c>content</c> entry.</summary>
    public (IOpenApiSchema? Schema, string Pointer) Schema
    {
        get
        {
            if (Parameter.Schema is { } schema)
            {
                return (schema, Pointer + "/schema");
            }

            var media = Parameter.Content?.FirstOrDefault();
            return media is { Key: { } type, Value: { } value }
                ? (value.Schema, Pointer + "/content/" + Schemas.Pointers.Escape(type) + "/schema")
                : (null, Pointer);
        }
    }

    /// <summary>The operation's parameters: those of its path item, overridden by its own (same name and location).</summary>
    public static List<ParameterRef> Of(OperationRef operation)
    {
        var result = new List<ParameterRef>();
        var pathPointer = "#/paths/" + Schemas.Pointers.Escape(operation.Path);
        var own = operation.Operation.Parameters ?? [];
        var shared = operation.PathItem.Parameters ?? [];
        for (var i = 0; i < shared.Count; i++)
        {
            if (!own.Any(p => p.Name == shared[i].Name && p.In == shared[i].In))
            {
                result.Add(new ParameterRef(shared[i], pathPointer + "/parameters/" + i));
            }
        }

        for (var i = 0; i < own.Count; i++)
        {
            result.Add(new ParameterRef(own[i], operation.Pointer + "/parameters/" + i));
        }

        return result;
    }
}
