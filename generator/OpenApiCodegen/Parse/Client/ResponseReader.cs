using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Parse.Client;

/// <summary>Reads an operation's responses, and decides what a successful call returns.</summary>
internal static class ResponseReader
{
    public static List<ResponseModel> Read(OpenApiResponses? responses, string pointer, string operationName, SchemaMapper mapper, MapperDiagnostics diagnostics)
    {
        var result = new List<ResponseModel>();
        if (responses is null)
        {
            return result;
        }

        var successCount = responses.Where(r => r.Value is not null).Select(r => Normalize(r.Key)).Where(s => s is not null).Distinct().Count(s => IsSuccess(s!));
        foreach (var entry in responses)
        {
            if (entry.Value is null)
            {
                continue; // `200: ~` declares nothing
            }

            var status = Normalize(entry.Key);
            var statusPointer = pointer + "/" + SchemaMapper.EscapePointer(entry.Key);
            if (status is null || result.Any(r => r.Status == status))
            {
                var problem = status is null
                    ? "'" + entry.Key + "' is not an HTTP status code, a range such as 4XX, or default"
                    : "Status '" + entry.Key + "' is declared twice";
                diagnostics.Report(Diagnostics.DiagnosticDescriptors.UnsupportedConstruct, statusPointer, problem, operationName, "an operation without this response");
                continue;
            }

            var isSuccess = IsSuccess(status);
            var mediaType = MediaTypes.Preferred(entry.Value.Content);
            if (mediaType is null)
            {
                result.Add(new ResponseModel(status, isSuccess, ResponseKind.None, null, null, DocText.Clean(entry.Value.Description)));
                continue;
            }

            var schema = entry.Value.Content![mediaType].Schema;
            var kind = MediaTypes.ResponseKindOf(mediaType, schema);
            TypeRef? type = null;
            if (kind == ResponseKind.Json)
            {
                // Named the way readers expect: CreatePetResponse, CreatePet201Response when there are several, CreatePet404Error.
                var suffix = isSuccess
                    ? (successCount > 1 ? "_" + status + "_response" : "_response")
                    : "_" + status + "_error";
                var schemaPointer = pointer + "/" + SchemaMapper.EscapePointer(entry.Key) + "/content/" + SchemaMapper.EscapePointer(mediaType) + "/schema";
                type = schema is null ? TypeRef.Json : mapper.Resolve(schema, operationName + suffix, schemaPointer);
            }

            result.Add(new ResponseModel(status, isSuccess, kind, mediaType, type, DocText.Clean(entry.Value.Description)));
        }

        return result;
    }

    public static bool IsSuccess(string status) => status.Length == 3 && status[0] == '2';

    /// <summary>"200", "4XX" or "default"; null for a key that is none of these (a case label could not hold it).</summary>
    private static string? Normalize(string key)
    {
        var status = key.Trim().ToUpperInvariant();
        if (status == "DEFAULT")
        {
            return "default";
        }

        var isCode = status.Length == 3 && status[0] is >= '1' and <= '5'
                     && ((IsAsciiDigit(status[1]) && IsAsciiDigit(status[2])) || status.Substring(1) == "XX");
        return isCode ? status : null;
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>The headers declared on success responses, once each, as typed properties of a per-operation response class.</summary>
    public static ResponseHeadersModel? Headers(OpenApiResponses? responses, string operationName, NameScope typeNames)
    {
        var declared = (responses ?? new OpenApiResponses())
            .Where(entry => Normalize(entry.Key) is { } status && IsSuccess(status) && entry.Value?.Headers is { Count: > 0 })
            .ToList();
        if (declared.Count == 0)
        {
            return null;
        }

        var className = typeNames.ClaimWithCompanion(Identifiers.ToPascalCase(operationName + "_api_response"), FixedNames.ConverterSuffix);
        var properties = new NameScope(FixedNames.Response.Reserved.Concat(new[] { className }));
        var headers = new List<ResponseHeaderModel>();
        foreach (var entry in declared)
        {
            foreach (var header in entry.Value.Headers!)
            {
                if (header.Value is null)
                {
                    continue;
                }

                if (headers.Any(h => string.Equals(h.Name, header.Key, System.StringComparison.OrdinalIgnoreCase))
                    || string.Equals(header.Key, "Content-Type", System.StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var type = header.Value.Schema is { } schema && SchemaShapes.NonNullType(schema) is { } single && SchemaShapes.IsSingleType(single)
                    ? PrimitiveTypes.For(single, schema.Format) ?? TypeRef.String
                    : TypeRef.String;
                if (type.Kind is not (TypeKind.String or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Boolean or TypeKind.Double or TypeKind.DateTimeOffset or TypeKind.Guid))
                {
                    type = TypeRef.String; // other formats are rare in headers: keep the text
                }

                headers.Add(new ResponseHeaderModel(header.Key, properties.Claim(Identifiers.ToPascalCase(header.Key)), type, DocText.Clean(header.Value.Description)));
            }
        }

        return headers.Count == 0 ? null : new ResponseHeadersModel(className, headers.ToEquatableArray());
    }

    /// <summary>
    /// One result type when every 2xx status with a body has the same one (nullable when some 2xx has
    /// no body); a per-status result class otherwise; nothing when no 2xx status has a body.
    /// </summary>
    public static ResultModel Result(List<ResponseModel> responses, string operationName, NameScope typeNames)
    {
        var successes = responses.Where(r => r.IsSuccess).ToList();
        var withBody = successes.Where(r => r.Kind != ResponseKind.None).ToList();
        if (withBody.Count == 0)
        {
            return new ResultModel(ResultShape.None, null, ResponseKind.None, false, null);
        }

        var distinct = withBody.Select(r => (r.Kind, r.Type)).Distinct().ToList();
        if (distinct.Count == 1)
        {
            var nullable = withBody.Count < successes.Count || successes.Count == 0;
            return new ResultModel(ResultShape.Single, distinct[0].Type, distinct[0].Kind, nullable, null);
        }

        var className = typeNames.ClaimWithCompanion(Identifiers.ToPascalCase(operationName + "_result"), FixedNames.ConverterSuffix);
        return new ResultModel(ResultShape.PerStatus, null, ResponseKind.None, false, className);
    }
}
