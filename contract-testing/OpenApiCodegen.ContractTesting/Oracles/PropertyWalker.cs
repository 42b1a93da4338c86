using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace OpenApiCodegen.ContractTesting.Oracles;

/// <summary>
/// Finds properties the schema does not declare. JSON Schema lets any object carry extra properties, so a
/// validator never reports them; for a contract they are drift. A property counts as declared when the
/// object's schema, one of its allOf parts, or a matching anyOf/oneOf branch names it, or when the schema
/// is a map (<c>additionalProperties</c> with a schema) or free-form (an object schema that names nothing).
/// Optionally also reports properties marked readOnly, which a request should not carry.
/// </summary>
public static class PropertyWalker
{
    private const int MaxDepth = 64;

    public static IReadOnlyList<SchemaIssue> Walk(JsonSchema schema, JToken token, bool reportReadOnly)
    {
        var issues = new List<SchemaIssue>();
        Walk([schema], token, reportReadOnly, issues, 0);
        return issues;
    }

    private static void Walk(IReadOnlyList<JsonSchema> schemas, JToken token, bool reportReadOnly, List<SchemaIssue> issues, int depth)
    {
        if (depth > MaxDepth || schemas.Count == 0)
        {
            return;
        }

        var shape = new Shape();
        foreach (var schema in schemas)
        {
            Gather(schema, token, shape, 0);
        }

        if (token is JObject obj)
        {
            foreach (var property in obj.Properties())
            {
                var pointer = JsonPointer.Of(property.Value);
                if (shape.Properties.TryGetValue(property.Name, out var declared))
                {
                    if (reportReadOnly && declared.Any(d => d is JsonSchemaProperty { IsReadOnly: true }))
                    {
                        issues.Add(new(SchemaIssueKind.ReadOnly, pointer, $"'{property.Name}' is readOnly: the server sets it", "absent", SchemaCheck.Preview(property.Value)));
                    }

                    Walk(declared, property.Value, reportReadOnly, issues, depth + 1);
                }
                else if (shape.MapValues.Count > 0)
                {
                    Walk(shape.MapValues, property.Value, reportReadOnly, issues, depth + 1);
                }
                else if (!shape.FreeForm && shape.AllowsAdditional)
                {
                    issues.Add(new(SchemaIssueKind.Undeclared, pointer, $"'{property.Name}' is not declared by the spec", "not present", SchemaCheck.Preview(property.Value)));
                }
            }
        }
        else if (token is JArray array && shape.Items.Count > 0)
        {
            foreach (var item in array)
            {
                Walk(shape.Items, item, reportReadOnly, issues, depth + 1);
            }
        }
    }

    /// <summary>Collects what a schema (with its allOf parts and matching branches) says about the token's members.</summary>
    private static void Gather(JsonSchema schema, JToken token, Shape shape, int depth)
    {
        var actual = schema.ActualSchema;
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var (name, property) in actual.Properties)
        {
            shape.Add(name, property);
        }

        if (actual.AdditionalPropertiesSchema is { } values)
        {
            shape.MapValues.Add(values);
        }

        if (!actual.AllowAdditionalProperties)
        {
            // additionalProperties: false; NJsonSchema itself reports extras.
            shape.AllowsAdditional = false;
        }

        if (actual.Item is { } item)
        {
            shape.Items.Add(item);
        }

        var composed = actual.AllOf.Count + actual.AnyOf.Count + actual.OneOf.Count > 0;
        if (actual.Properties.Count == 0 && actual.AdditionalPropertiesSchema is null && !composed
            && (actual.Type == JsonObjectType.None || actual.Type.HasFlag(JsonObjectType.Object)))
        {
            shape.FreeForm = true;
        }

        foreach (var part in actual.AllOf)
        {
            Gather(part, token, shape, depth + 1);
        }

        foreach (var group in new[] { actual.AnyOf, actual.OneOf })
        {
            if (group.Count == 0)
            {
                continue;
            }

            var matching = group.Where(b => b.ActualSchema.Validate(token, SchemaType.JsonSchema).Count == 0).ToList();
            foreach (var branch in matching.Count > 0 ? matching : group.ToList())
            {
                Gather(branch, token, shape, depth + 1);
            }
        }
    }

    private sealed class Shape
    {
        public Dictionary<string, List<JsonSchema>> Properties { get; } = new(StringComparer.Ordinal);

        public List<JsonSchema> MapValues { get; } = [];

        public List<JsonSchema> Items { get; } = [];

        public bool FreeForm { get; set; }

        public bool AllowsAdditional { get; set; } = true;

        public void Add(string name, JsonSchema schema)
        {
            if (!Properties.TryGetValue(name, out var list))
            {
                Properties[name] = list = [];
            }

            list.Add(schema);
        }
    }
}
