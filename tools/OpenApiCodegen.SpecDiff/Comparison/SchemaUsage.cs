using Microsoft.OpenApi;
using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>
/// Which component schemas each direction reaches in one spec: request bodies and parameters reach
/// the request side, response bodies and headers the response side, through references, properties,
/// items, maps and compositions. A change to a component is judged in every direction it is used.
/// </summary>
internal sealed class SchemaUsage
{
    private readonly Dictionary<string, HashSet<Direction>> _directions = new(StringComparer.Ordinal);

    public static SchemaUsage Of(OpenApiDocument document)
    {
        var usage = new SchemaUsage();
        foreach (var pathItem in document.Paths ?? new OpenApiPaths())
        {
            foreach (var parameter in pathItem.Value.Parameters ?? [])
            {
                usage.VisitParameter(parameter);
            }

            foreach (var operation in pathItem.Value.Operations ?? [])
            {
                foreach (var parameter in operation.Value.Parameters ?? [])
                {
                    usage.VisitParameter(parameter);
                }

                foreach (var media in operation.Value.RequestBody?.Content ?? new Dictionary<string, IOpenApiMediaType>())
                {
                    usage.Visit(media.Value.Schema, Direction.Request);
                }

                foreach (var response in operation.Value.Responses ?? new OpenApiResponses())
                {
                    foreach (var media in response.Value.Content ?? new Dictionary<string, IOpenApiMediaType>())
                    {
                        usage.Visit(media.Value.Schema, Direction.Response);
                    }

                    foreach (var header in response.Value.Headers ?? new Dictionary<string, IOpenApiHeader>())
                    {
                        usage.Visit(header.Value.Schema, Direction.Response);
                    }
                }
            }
        }

        return usage;
    }

    /// <summary>The directions a component is used in; empty when no operation reaches it.</summary>
    public IReadOnlyCollection<Direction> DirectionsOf(string componentName) =>
        _directions.TryGetValue(componentName, out var found) ? found : [];

    // A component reached from a parameter is judged like a request body: the client writes it.
    private void VisitParameter(IOpenApiParameter parameter)
    {
        Visit(parameter.Schema, Direction.Request);
        foreach (var media in parameter.Content ?? new Dictionary<string, IOpenApiMediaType>())
        {
            Visit(media.Value.Schema, Direction.Request);
        }
    }

    private void Visit(IOpenApiSchema? schema, Direction direction)
    {
        if (schema is null)
        {
            return;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference.Id;
            if (id is null || reference.Target is null)
            {
                return;
            }

            if (!_directions.TryGetValue(id, out var directions))
            {
                directions = [];
                _directions[id] = directions;
            }

            if (directions.Add(direction))
            {
                Visit(reference.Target, direction); // first visit in this direction: a cycle stops here
            }

            return;
        }

        foreach (var property in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            Visit(property.Value, direction);
        }

        Visit(schema.Items, direction);
        Visit(schema.AdditionalProperties, direction);
        Visit(schema.Not, direction);
        foreach (var part in (schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []))
        {
            Visit(part, direction);
        }
    }
}
