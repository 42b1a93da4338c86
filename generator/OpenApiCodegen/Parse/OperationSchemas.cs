using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Parse;

/// <summary>
/// Finds the inline schemas of operations (request bodies, responses, parameters) and resolves
/// them, so that they get readable names from the operation: CreateNotificationRequest,
/// CreateNotificationResponse, GetUserLimitParameter.
/// </summary>
internal static class OperationSchemas
{
    public static void ResolveAll(OpenApiDocument document, SchemaMapper mapper)
    {
        if (document.Paths is null)
        {
            return;
        }

        foreach (var path in document.Paths)
        {
            if (path.Value.Operations is null)
            {
                continue;
            }

            var pathPointer = "#/paths/" + SchemaMapper.EscapePointer(path.Key);
            foreach (var operation in path.Value.Operations)
            {
                var method = operation.Key.Method.ToLowerInvariant();
                var operationPointer = pathPointer + "/" + method;
                var baseName = OperationName(operation.Value, method, path.Key);
                ResolveOperation(operation.Value, baseName, operationPointer, mapper);
            }
        }
    }

    /// <summary>The operationId, or method + path when there is none ("get /pets/{id}" gives GetPetsById).</summary>
    public static string OperationName(OpenApiOperation operation, string method, string path)
    {
        if (operation.OperationId is { Length: > 0 } id)
        {
            return Identifiers.ToPascalCase(id);
        }

        var words = new List<string> { method };
        foreach (var segment in path.Split('/').Where(s => s.Length > 0))
        {
            words.Add(segment.StartsWith("{", System.StringComparison.Ordinal) ? "by_" + segment.Trim('{', '}') : segment);
        }

        return Identifiers.ToPascalCase(string.Join("_", words));
    }

    private static void ResolveOperation(OpenApiOperation operation, string baseName, string pointer, SchemaMapper mapper)
    {
        if (operation.Parameters is { } parameters)
        {
            for (var i = 0; i < parameters.Count; i++)
            {
                var parameter = parameters[i];
                if (parameter.Schema is not null)
                {
                    mapper.Resolve(parameter.Schema, baseName + "_" + parameter.Name, pointer + "/parameters/" + i + "/schema");
                }
            }
        }

        if (operation.RequestBody?.Content is { } requestContent)
        {
            foreach (var media in requestContent)
            {
                mapper.Resolve(media.Value.Schema, baseName + "_request", pointer + "/requestBody/content/" + SchemaMapper.EscapePointer(media.Key) + "/schema");
            }
        }

        if (operation.Responses is null)
        {
            return;
        }

        var successCount = operation.Responses.Keys.Count(IsSuccess);
        foreach (var response in operation.Responses)
        {
            if (response.Value.Content is null)
            {
                continue;
            }

            var suffix = IsSuccess(response.Key)
                ? (successCount > 1 ? "_" + response.Key + "_response" : "_response")
                : "_" + (response.Key == "default" ? "default" : response.Key) + "_error";
            foreach (var media in response.Value.Content)
            {
                var responsePointer = pointer + "/responses/" + response.Key + "/content/" + SchemaMapper.EscapePointer(media.Key) + "/schema";
                mapper.Resolve(media.Value.Schema, baseName + suffix, responsePointer);
            }
        }
    }

    private static bool IsSuccess(string status) => status.Length == 3 && status[0] == '2';
}
