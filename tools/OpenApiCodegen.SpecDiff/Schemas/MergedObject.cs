using Microsoft.OpenApi;
using OpenApiCodegen.Parse;
using OpenApiCodegen.SpecDiff.Naming;

namespace OpenApiCodegen.SpecDiff.Schemas;

/// <summary>One property of an object after merging, with where it is declared.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Schema">The first declaration's schema (the generator also keeps the first).</param>
/// <param name="Pointer">Where that declaration is written: inside the part that declares it.</param>
/// <param name="Required">Listed in <c>required</c> by the object or any of its allOf parts.</param>
/// <param name="OwnerHint">
/// The name the generator gives inline types under this property: the hint of the referenced part
/// that declares it (<c>BasicNotification_allOf</c>), or null when the object itself (or an inline
/// part of it) declares it, and inline types are named after the object's own type.
/// </param>
internal sealed record MergedProperty(string Name, IOpenApiSchema Schema, string Pointer, bool Required, string? OwnerHint);

/// <summary>
/// The properties of an object schema as the generator collects them into one class: its own, those
/// of every allOf part (following references, guarding against allOf cycles), and, all optional,
/// those of oneOf/anyOf alternatives written inside an object (BasicNotification's anyOf of targets).
/// </summary>
internal static class MergedObject
{
    public static IReadOnlyDictionary<string, MergedProperty> Collect(IOpenApiSchema schema, string pointer)
    {
        var declared = new Dictionary<string, Declaration>(StringComparer.Ordinal);
        var order = new List<string>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        CollectInto(schema, pointer, null, optional: false, declared, order, required, new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance));

        var result = new Dictionary<string, MergedProperty>(StringComparer.Ordinal);
        foreach (var name in order)
        {
            var declaration = declared[name];
            result[name] = new MergedProperty(name, declaration.Schema, declaration.Pointer, required.Contains(name), declaration.OwnerHint);
        }

        return result;
    }

    private sealed record Declaration(IOpenApiSchema Schema, string Pointer, string? OwnerHint);

    private static void CollectInto(
        IOpenApiSchema schema, string pointer, string? ownerHint, bool optional,
        Dictionary<string, Declaration> declared, List<string> order, HashSet<string> required,
        HashSet<IOpenApiSchema> visited)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            if (reference.Target is { } target && reference.Reference.Id is { } id)
            {
                CollectInto(target, Pointers.Component(id), CSharpNames.OwnerHint(id), optional, declared, order, required, visited);
            }

            return;
        }

        if (!visited.Add(schema))
        {
            return; // an allOf cycle
        }

        if (schema.AllOf is { } parts)
        {
            for (var i = 0; i < parts.Count; i++)
            {
                CollectInto(parts[i], pointer + "/allOf/" + i, ownerHint, optional, declared, order, required, visited);
            }
        }

        // Same condition as the generator: a discriminated base keeps its alternatives as subclasses.
        if (schema.Discriminator is null || SchemaShapes.Classify(schema) != SchemaShape.Object || schema.AllOf is { Count: > 0 })
        {
            CollectAlternatives(schema.OneOf, pointer + "/oneOf/", ownerHint, declared, order, required, visited);
            CollectAlternatives(schema.AnyOf, pointer + "/anyOf/", ownerHint, declared, order, required, visited);
        }

        if (schema.Properties is { } properties)
        {
            foreach (var property in properties)
            {
                if (declared.TryAdd(property.Key, new Declaration(property.Value, pointer + "/properties/" + Pointers.Escape(property.Key), ownerHint)))
                {
                    order.Add(property.Key);
                }
            }
        }

        if (!optional && schema.Required is { } names)
        {
            required.UnionWith(names);
        }
    }

    private static void CollectAlternatives(
        IList<IOpenApiSchema>? alternatives, string pointerPrefix, string? ownerHint,
        Dictionary<string, Declaration> declared, List<string> order, HashSet<string> required,
        HashSet<IOpenApiSchema> visited)
    {
        if (alternatives is null)
        {
            return;
        }

        for (var i = 0; i < alternatives.Count; i++)
        {
            if (!SchemaShapes.IsNullType(alternatives[i]))
            {
                CollectInto(alternatives[i], pointerPrefix + i, ownerHint, optional: true, declared, order, required, visited);
            }
        }
    }
}
