using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpenApiCodegen.Cli.Parity;

/// <summary>
/// Everything a spec says about one place in a JSON body: the schema there, what its <c>$ref</c>s point
/// at, its <c>allOf</c> parts (merged) and its <c>oneOf</c>/<c>anyOf</c> candidates (any of which may apply).
/// Parity compares these facts rather than schema structure, so that a request built from shared parts
/// and an equivalent flat one compare equal.
/// </summary>
public sealed class SchemaNode
{
    private readonly List<Part> _parts = [];

    // Component ids expanded on the way here from the body root; meeting one again means recursion.
    private readonly HashSet<string> _expandedReferences;

    private SchemaNode(IEnumerable<IOpenApiSchema> declarations, IReadOnlySet<string> outerReferences)
    {
        _expandedReferences = new HashSet<string>(outerReferences, StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            Expand(declaration, isAlternative: false, outerReferences);
        }
    }

    /// <summary>True when this place points back at a schema already being walked (JourneyNode -> JourneyBranch -> JourneyNode).
    /// Its own facts are compared; its children are not walked again.</summary>
    public bool IsRecursive { get; private set; }

    public static SchemaNode From(IOpenApiSchema schema) => new([schema], new HashSet<string>(StringComparer.Ordinal));

    /// <summary>
    /// The JSON type(s) that may appear here, as "string", "string(date-time)", "array|object" or "any".
    /// allOf parts and oneOf/anyOf candidates that declare different types are joined with "|".
    /// </summary>
    public string Type
    {
        get
        {
            var types = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var part in _parts)
            {
                if (part.Schema.Type is not { } type)
                {
                    continue;
                }

                foreach (var single in SingleTypes(type))
                {
                    var name = single.ToString().ToLowerInvariant();
                    var hasFormat = part.Schema.Format is { Length: > 0 } && single is JsonSchemaType.String or JsonSchemaType.Integer or JsonSchemaType.Number;
                    types.Add(hasFormat ? $"{name}({part.Schema.Format})" : name);
                }
            }

            if (types.Count > 0)
            {
                return string.Join("|", types);
            }

            // No part names a type: infer it from the keywords, as readers and generators do.
            if (_parts.Any(p => p.Schema.Properties is { Count: > 0 } || p.Schema.AdditionalProperties is not null))
            {
                return "object";
            }

            return _parts.Any(p => p.Schema.Items is not null) ? "array" : "any";
        }
    }

    /// <summary>The enum values allowed here (sorted, as text), or an empty set when any value is allowed.</summary>
    public SortedSet<string> EnumValues
    {
        get
        {
            var values = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var part in _parts)
            {
                foreach (var value in part.Schema.Enum ?? [])
                {
                    values.Add(EnumText(value));
                }
            }

            return values;
        }
    }

    /// <summary>The properties declared here (by any part or candidate), with whether the object itself or an allOf part requires them.</summary>
    public IReadOnlyDictionary<string, (SchemaNode Node, bool Required)> Properties
    {
        get
        {
            var declarations = new Dictionary<string, List<IOpenApiSchema>>(StringComparer.Ordinal);
            var required = new HashSet<string>(StringComparer.Ordinal);
            foreach (var part in _parts)
            {
                foreach (var (name, schema) in part.Schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
                {
                    if (!declarations.TryGetValue(name, out var list))
                    {
                        declarations[name] = list = [];
                    }

                    list.Add(schema);
                }

                // A property required by only one oneOf/anyOf candidate is not required of the whole.
                if (!part.IsAlternative)
                {
                    required.UnionWith(part.Schema.Required ?? new HashSet<string>());
                }
            }

            return declarations.ToDictionary(
                entry => entry.Key,
                entry => (new SchemaNode(entry.Value, _expandedReferences), required.Contains(entry.Key)),
                StringComparer.Ordinal);
        }
    }

    /// <summary>The array items here, or null when no part declares items.</summary>
    public SchemaNode? Items => Child(part => part.Schema.Items);

    /// <summary>The values of a map (<c>additionalProperties: {schema}</c>) here, or null when there is no such schema.</summary>
    public SchemaNode? MapValues => Child(part => part.Schema.AdditionalProperties);

    private SchemaNode? Child(Func<Part, IOpenApiSchema?> select)
    {
        var declarations = _parts.Select(select).OfType<IOpenApiSchema>().ToList();
        return declarations.Count == 0 ? null : new SchemaNode(declarations, _expandedReferences);
    }

    private void Expand(IOpenApiSchema schema, bool isAlternative, IReadOnlySet<string> outerReferences)
    {
        if (schema is OpenApiSchemaReference reference && reference.Reference.Id is { } id)
        {
            if (outerReferences.Contains(id))
            {
                // Keep the target's own facts (its type), but do not walk into it again.
                IsRecursive = true;
                _parts.Add(new Part(schema, isAlternative));
                return;
            }

            // Already expanded at this very place (two allOf parts sharing a base): once is enough.
            if (!_expandedReferences.Add(id))
            {
                return;
            }
        }

        // A reference proxies the target's keywords, so it can be read like the schema it points at.
        _parts.Add(new Part(schema, isAlternative));
        foreach (var part in schema.AllOf ?? [])
        {
            Expand(part, isAlternative, outerReferences);
        }

        foreach (var candidate in (schema.OneOf ?? []).Concat(schema.AnyOf ?? []))
        {
            Expand(candidate, isAlternative: true, outerReferences);
        }
    }

    private static IEnumerable<JsonSchemaType> SingleTypes(JsonSchemaType type)
    {
        // 3.0's "nullable: true" arrives as the Null flag; nullability is not compared.
        foreach (var single in new[] { JsonSchemaType.Boolean, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.String, JsonSchemaType.Array, JsonSchemaType.Object })
        {
            if ((type & single) == single)
            {
                yield return single;
            }
        }
    }

    private static string EnumText(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    private sealed record Part(IOpenApiSchema Schema, bool IsAlternative);
}
