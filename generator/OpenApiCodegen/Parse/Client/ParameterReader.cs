using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;
using ModelLocation = OpenApiCodegen.Model.ParameterLocation;
using ModelStyle = OpenApiCodegen.Model.ParameterStyle;

namespace OpenApiCodegen.Parse.Client;

/// <summary>Reads an operation's parameters (path-level ones included) into C# arguments.</summary>
internal static class ParameterReader
{
    /// <summary>Path-level parameters apply unless the operation redeclares the same name and location.</summary>
    public static List<(IOpenApiParameter Parameter, string Pointer)> Effective(IOpenApiPathItem path, OpenApiOperation operation, string pathPointer, string operationPointer)
    {
        var result = new List<(IOpenApiParameter, string)>();
        var own = operation.Parameters ?? new List<IOpenApiParameter>();
        for (var i = 0; i < own.Count; i++)
        {
            if (own[i] is not null)
            {
                result.Add((own[i], operationPointer + "/parameters/" + i));
            }
        }

        var shared = path.Parameters ?? new List<IOpenApiParameter>();
        for (var i = 0; i < shared.Count; i++)
        {
            if (shared[i] is not null && !own.Any(p => p is not null && p.Name == shared[i].Name && p.In == shared[i].In))
            {
                result.Add((shared[i], pathPointer + "/parameters/" + i));
            }
        }

        return result;
    }

    public static ParameterModel Read(IOpenApiParameter parameter, string pointer, string operationName, SchemaMapper mapper, NameScope argumentNames)
    {
        var location = parameter.In switch
        {
            Microsoft.OpenApi.ParameterLocation.Path => ModelLocation.Path,
            Microsoft.OpenApi.ParameterLocation.Header => ModelLocation.Header,
            Microsoft.OpenApi.ParameterLocation.Cookie => ModelLocation.Cookie,
            _ => ModelLocation.Query,
        };

        var schema = parameter.Schema;
        var schemaPointer = pointer + "/schema";
        if (schema is null && parameter.Content is { Count: > 0 } content)
        {
            var mediaType = content.First();
            schema = mediaType.Value?.Schema;
            schemaPointer = pointer + "/content/" + SchemaMapper.EscapePointer(mediaType.Key) + "/schema";
        }

        var type = schema is null ? TypeRef.String : mapper.Resolve(schema, operationName + "_" + parameter.Name, schemaPointer);
        var style = StyleOf(parameter.Style, location);
        return new ParameterModel(
            parameter.Name ?? "parameter",
            argumentNames.Claim(Identifiers.ToCamelCase(parameter.Name ?? "parameter")),
            location,
            location == ModelLocation.Path || parameter.Required,
            type,
            style,
            parameter.Style is null ? style == ModelStyle.Form : parameter.Explode,
            parameter.AllowReserved,
            DocText.Clean(parameter.Description),
            parameter.Deprecated);
    }

    private static ModelStyle StyleOf(Microsoft.OpenApi.ParameterStyle? style, ModelLocation location) => style switch
    {
        Microsoft.OpenApi.ParameterStyle.Matrix => ModelStyle.Matrix,
        Microsoft.OpenApi.ParameterStyle.Label => ModelStyle.Label,
        Microsoft.OpenApi.ParameterStyle.Form => ModelStyle.Form,
        Microsoft.OpenApi.ParameterStyle.Simple => ModelStyle.Simple,
        Microsoft.OpenApi.ParameterStyle.SpaceDelimited => ModelStyle.SpaceDelimited,
        Microsoft.OpenApi.ParameterStyle.PipeDelimited => ModelStyle.PipeDelimited,
        Microsoft.OpenApi.ParameterStyle.DeepObject => ModelStyle.DeepObject,
        _ => location is ModelLocation.Query or ModelLocation.Cookie ? ModelStyle.Form : ModelStyle.Simple,
    };
}
