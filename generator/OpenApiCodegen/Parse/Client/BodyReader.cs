using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;

namespace OpenApiCodegen.Parse.Client;

/// <summary>Reads a request body: the media type the client sends, and the argument(s) that carry it.</summary>
internal static class BodyReader
{
    /// <summary>The vendor extension that marks a body property as an idempotency key (see spec/README.md).</summary>
    public const string IdempotencyKeyExtension = "x-idempotency-key";

    /// <summary>The header the IETF draft (and Stripe, Adyen, Square, PayPal) carry an idempotency key in.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static RequestBodyModel? Read(IOpenApiRequestBody? body, string pointer, string operationName, SchemaMapper mapper, NameScope argumentNames)
    {
        var mediaType = MediaTypes.Preferred(body?.Content);
        if (body is null || mediaType is null)
        {
            return null;
        }

        var schema = body.Content![mediaType].Schema;
        var schemaPointer = pointer + "/content/" + SchemaMapper.EscapePointer(mediaType) + "/schema";
        var kind = MediaTypes.BodyKindOf(mediaType, schema);
        var description = DocText.Clean(body.Description);
        switch (kind)
        {
            case BodyKind.Json:
            case BodyKind.Form:
                var type = mapper.Resolve(schema, operationName + "_request", schemaPointer);
                var idempotencyKey = IdempotencyKeyProperty(schema);
                return new RequestBodyModel(mediaType, kind, type, body.Required, argumentNames.Claim("body"), description,
                    idempotencyKey, false, EquatableArray<MultipartPartModel>.Empty);
            case BodyKind.Multipart:
                var parts = MultipartParts(schema, schemaPointer, operationName, mapper, argumentNames);
                return new RequestBodyModel(mediaType, kind, null, body.Required, "parts", description, null, false, parts.ToEquatableArray());
            case BodyKind.Text:
                return new RequestBodyModel(mediaType, kind, TypeRef.String, body.Required, argumentNames.Claim("body"), description, null, false, EquatableArray<MultipartPartModel>.Empty);
            default:
                return new RequestBodyModel(mediaType, kind, null, body.Required, argumentNames.Claim("content"), description, null, false, EquatableArray<MultipartPartModel>.Empty);
        }
    }

    /// <summary>The value of <c>x-idempotency-key</c> in <paramref name="extensions"/>: true, false, or null when absent (or not a boolean).</summary>
    public static bool? IdempotencyKeyFlag(IDictionary<string, IOpenApiExtension>? extensions)
        => extensions is not null && extensions.TryGetValue(IdempotencyKeyExtension, out var extension) && extension is JsonNodeExtension { Node: { } node }
            ? node.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.True => true,
                System.Text.Json.JsonValueKind.False => false,
                _ => null,
            }
            : null;

    /// <summary>The JSON name of the body property marked <c>x-idempotency-key: true</c>, if any.</summary>
    private static string? IdempotencyKeyProperty(IOpenApiSchema? schema)
    {
        foreach (var (name, property) in ObjectProperties(schema))
        {
            if (property is OpenApiSchema concrete && IdempotencyKeyFlag(concrete.Extensions) == true)
            {
                return name;
            }
        }

        return null;
    }

    private static List<MultipartPartModel> MultipartParts(IOpenApiSchema? schema, string pointer, string operationName, SchemaMapper mapper, NameScope argumentNames)
    {
        var required = new HashSet<string>();
        CollectRequired(schema, required);
        var parts = new List<MultipartPartModel>();
        foreach (var (name, property) in ObjectProperties(schema))
        {
            var isFile = MediaTypes.IsBinarySchema(property)
                         || (SchemaShapes.NonNullType(property) == JsonSchemaType.Array && MediaTypes.IsBinarySchema(property.Items));
            var type = isFile ? null : mapper.Resolve(property, operationName + "_" + name, pointer + "/properties/" + SchemaMapper.EscapePointer(name));
            parts.Add(new MultipartPartModel(name, argumentNames.Claim(Identifiers.ToCamelCase(name)), type, isFile, required.Contains(name), DocText.Clean(property.Description)));
        }

        return parts;
    }

    /// <summary>
    /// The properties of an object schema, through $ref and allOf, each name once (the first declaration wins).
    /// Each schema is visited once and the walk stops at the mapper's depth bound, so a schema that includes
    /// itself through allOf ends the walk instead of the compiler.
    /// </summary>
    private static List<(string Name, IOpenApiSchema Schema)> ObjectProperties(IOpenApiSchema? schema)
    {
        var properties = new List<(string Name, IOpenApiSchema Schema)>();
        var names = new HashSet<string>();
        Walk(schema, target =>
        {
            foreach (var property in target.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (names.Add(property.Key))
                {
                    // A property without a schema (`name: ~`) accepts any value, like `name: {}`.
                    properties.Add((property.Key, property.Value ?? new OpenApiSchema()));
                }
            }
        });
        return properties;
    }

    private static void CollectRequired(IOpenApiSchema? schema, HashSet<string> required)
        => Walk(schema, target => required.UnionWith(target.Required ?? new HashSet<string>()));

    /// <summary>Visits a schema and its allOf parts, parts first, each once, to the mapper's depth bound.</summary>
    private static void Walk(IOpenApiSchema? schema, System.Action<IOpenApiSchema> visit)
    {
        var visited = new HashSet<IOpenApiSchema>(SchemaIdentity.Comparer);

        void Visit(IOpenApiSchema? current, int depth)
        {
            var target = current is OpenApiSchemaReference reference ? reference.Target : current;
            if (target is null || depth > WalkGuard.MaxDepth || !visited.Add(target))
            {
                return;
            }

            foreach (var part in (target.AllOf ?? new List<IOpenApiSchema>()).Where(p => p is not null))
            {
                Visit(part, depth + 1);
            }

            visit(target);
        }

        Visit(schema, 0);
    }
}
