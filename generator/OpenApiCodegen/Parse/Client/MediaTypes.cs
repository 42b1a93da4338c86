using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Parse.Client;

/// <summary>Classifies media types and picks the one a client should use when several are declared.</summary>
internal static class MediaTypes
{
    public static bool IsJson(string mediaType) => MediaTypeEssence.IsJson(mediaType);

    public static bool IsText(string mediaType) => Essence(mediaType).StartsWith("text/", StringComparison.Ordinal);

    /// <summary>The media type without parameters, lower case: "application/json; charset=utf-8" gives "application/json".</summary>
    public static string Essence(string mediaType) => MediaTypeEssence.Of(mediaType);

    public static BodyKind BodyKindOf(string mediaType, IOpenApiSchema? schema)
    {
        var type = Essence(mediaType);
        if (IsJson(type))
        {
            return BodyKind.Json;
        }

        if (type == "application/x-www-form-urlencoded")
        {
            return BodyKind.Form;
        }

        if (type.StartsWith("multipart/", StringComparison.Ordinal))
        {
            return BodyKind.Multipart;
        }

        if (IsText(type) && !IsBinarySchema(schema))
        {
            return BodyKind.Text;
        }

        return BodyKind.Binary;
    }

    public static ResponseKind ResponseKindOf(string mediaType, IOpenApiSchema? schema)
    {
        var type = Essence(mediaType);
        if (IsJson(type))
        {
            return IsBinarySchema(schema) ? ResponseKind.Binary : ResponseKind.Json;
        }

        if (IsText(type) && !IsBinarySchema(schema))
        {
            return ResponseKind.Text;
        }

        return ResponseKind.Binary;
    }

    /// <summary>The media type to use: JSON first, then form, multipart, text, anything else.</summary>
    public static string? Preferred(IDictionary<string, IOpenApiMediaType>? content)
    {
        if (content is null || content.Count == 0)
        {
            return null;
        }

        int Rank(string mediaType)
        {
            var type = Essence(mediaType);
            if (IsJson(type))
            {
                return type == "*/*" ? 5 : 0;
            }

            if (type == "application/x-www-form-urlencoded")
            {
                return 1;
            }

            if (type.StartsWith("multipart/", StringComparison.Ordinal))
            {
                return 2;
            }

            return IsText(type) ? 3 : 4;
        }

        // An entry without a media type object (`application/json: ~`) describes nothing to send or read.
        return content.Where(entry => entry.Value is not null).Select(entry => entry.Key)
            .OrderBy(Rank).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault();
    }

    public static bool IsBinarySchema(IOpenApiSchema? schema)
        => schema is not null && SchemaShapes.NonNullType(schema) == JsonSchemaType.String && schema.Format is "binary";
}
