using Microsoft.OpenApi;
using OpenApiCodegen.Parse;

namespace OpenApiCodegen.SpecDiff.Naming;

/// <summary>
/// Spells the C# type the generator gives a schema (<c>string</c>, <c>long</c>, <c>List&lt;Player&gt;</c>,
/// <c>FooBar</c>), with the generator's own shape and primitive mapping, so that "type changed" means
/// what a user sees: a different C# type. Nullability is left out; it is compared on its own.
/// </summary>
internal static class CSharpTypes
{
    private const string Json = "JsonElement";

    /// <summary>The full spelling, for messages: <c>Dictionary&lt;string, List&lt;Player&gt;&gt;</c>.</summary>
    public static string Of(IOpenApiSchema? schema, string inlineTypeName) => Spell(schema, inlineTypeName, shallow: false, []);

    /// <summary>
    /// The spelling without the element of a list or map (<c>List&lt;&gt;</c>): element types are compared
    /// where the items are, so a changed element is reported once, at the items.
    /// </summary>
    public static string Shallow(IOpenApiSchema? schema, string inlineTypeName) => Spell(schema, inlineTypeName, shallow: true, []);

    private static string Spell(IOpenApiSchema? schema, string inlineTypeName, bool shallow, HashSet<string> resolving)
    {
        switch (schema)
        {
            case null:
                return Json;
            case OpenApiSchemaReference reference:
                var id = reference.Reference.Id ?? string.Empty;
                if (reference.Target is not { } target || !resolving.Add(id))
                {
                    return Json; // unresolved, or a cycle of aliases with no type in it
                }

                var spelled = target is OpenApiSchemaReference || SchemaShapes.Classify(target) == SchemaShape.Alias
                    ? Spell(target, CSharpNames.Type(id), shallow, resolving)
                    : CSharpNames.Type(id);
                resolving.Remove(id);
                return spelled;
        }

        return SchemaShapes.Classify(schema) == SchemaShape.Alias
            ? Structural(schema, inlineTypeName, shallow, resolving)
            : inlineTypeName;
    }

    // Mirrors SchemaMapper.ResolveStructural: wrappers, lists, maps, primitives, else raw JSON.
    private static string Structural(IOpenApiSchema schema, string name, bool shallow, HashSet<string> resolving)
    {
        if (schema.AllOf is { Count: 1 })
        {
            return Spell(schema.AllOf[0], name, shallow, resolving);
        }

        var alternatives = SchemaShapes.Alternatives(schema);
        if (alternatives.Count == 1)
        {
            return Spell(alternatives[0], name, shallow, resolving);
        }

        var type = SchemaShapes.NonNullType(schema);
        if (type == JsonSchemaType.Array || (type is null && schema.Items is not null))
        {
            return shallow ? "List<>" : "List<" + Spell(schema.Items, name + "Item", shallow, resolving) + ">";
        }

        if (type == JsonSchemaType.Object || (type is null && schema.AdditionalProperties is not null))
        {
            if (schema.AdditionalProperties is null)
            {
                return Json; // a free-form object
            }

            return shallow ? "Dictionary<string, >" : "Dictionary<string, " + Spell(schema.AdditionalProperties, name + "Value", shallow, resolving) + ">";
        }

        if (type is { } single && SchemaShapes.IsSingleType(single) && PrimitiveTypes.For(single, schema.Format) is { } primitive)
        {
            return Short(primitive.CSharpName);
        }

        return Json;
    }

    // "global::System.DateTimeOffset" reads as "DateTimeOffset" in a report.
    private static string Short(string globalName)
    {
        var name = globalName.StartsWith("global::", StringComparison.Ordinal) ? globalName["global::".Length..] : globalName;
        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name[(dot + 1)..] : name;
    }
}
