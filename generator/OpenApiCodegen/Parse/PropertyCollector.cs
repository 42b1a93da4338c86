using System;
using System.Collections.Generic;
using Microsoft.OpenApi;

namespace OpenApiCodegen.Parse;

/// <summary>
/// Gathers the properties of an object schema across its allOf parts (and the optional properties
/// of anyOf/oneOf parts), keeping every declaration of a property so conflicts can be resolved.
/// </summary>
internal sealed class PropertyCollector
{
    private readonly Dictionary<string, List<PropertyDeclaration>> _byName = new(StringComparer.Ordinal);

    public List<string> Order { get; } = new();

    public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

    public (IOpenApiSchema Schema, string Pointer, string OwnerHint)? AdditionalProperties { get; set; }

    public IReadOnlyList<PropertyDeclaration> DeclarationsOf(string jsonName) => _byName[jsonName];

    public bool Contains(string jsonName) => _byName.ContainsKey(jsonName);

    public void Add(string jsonName, IOpenApiSchema schema, string pointer, string ownerHint, string ownerName)
    {
        if (!_byName.TryGetValue(jsonName, out var declarations))
        {
            declarations = new List<PropertyDeclaration>();
            _byName[jsonName] = declarations;
            Order.Add(jsonName);
        }

        declarations.Add(new PropertyDeclaration(schema, pointer, ownerHint, ownerName));
    }

    /// <summary>
    /// The properties of <paramref name="schema"/> as the generator merges them into the class <paramref name="typeName"/>:
    /// its own, those of its allOf parts (references followed, <paramref name="skipPart"/> left out, cycles cut), and the
    /// optional ones of oneOf/anyOf alternatives written inside an object. The walk is bounded by <paramref name="walk"/>.
    /// </summary>
    public static PropertyCollector Collect(IOpenApiSchema schema, string pointer, string typeName, IOpenApiSchema? skipPart, WalkGuard walk)
    {
        var collector = new PropertyCollector();
        var visited = new HashSet<IOpenApiSchema>(SchemaIdentity.Comparer);
        CollectInto(collector, walk, schema, pointer, typeName, typeName, optional: false, skipPart, visited);
        return collector;
    }

    private static void CollectInto(
        PropertyCollector collector, WalkGuard walk, IOpenApiSchema schema, string pointer, string ownerHint, string typeName,
        bool optional, IOpenApiSchema? skipPart, HashSet<IOpenApiSchema> visited)
    {
        if (!walk.TryEnter(pointer, typeName))
        {
            return; // the parts nested deeper are left out, with OAC011
        }

        try
        {
            CollectIntoCore(collector, walk, schema, pointer, ownerHint, typeName, optional, skipPart, visited);
        }
        finally
        {
            walk.Exit();
        }
    }

    private static void CollectIntoCore(
        PropertyCollector collector, WalkGuard walk, IOpenApiSchema schema, string pointer, string ownerHint, string typeName,
        bool optional, IOpenApiSchema? skipPart, HashSet<IOpenApiSchema> visited)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            if (reference.Target is null || reference.UnresolvedReference)
            {
                return;
            }

            var id = reference.Reference.Id ?? ownerHint;
            CollectInto(collector, walk, reference.Target, reference.Reference.IsExternal ? pointer : SchemaMapper.ComponentPointer(id), SchemaMapper.HintFrom(SchemaMapper.LastPathSegment(id)), typeName, optional, null, visited);
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
                if (parts[i] is not null && !ReferenceEquals(parts[i], skipPart))
                {
                    CollectInto(collector, walk, parts[i], pointer + "/allOf/" + i, ownerHint, typeName, optional, null, visited);
                }
            }
        }

        // Alternatives inside an object (BasicNotification's anyOf of targets): their properties, all optional.
        if (schema.Discriminator is null || SchemaShapes.Classify(schema) != SchemaShape.Object || schema.AllOf is { Count: > 0 })
        {
            CollectAlternatives(collector, walk, schema.OneOf, pointer + "/oneOf/", ownerHint, typeName, visited);
            CollectAlternatives(collector, walk, schema.AnyOf, pointer + "/anyOf/", ownerHint, typeName, visited);
        }

        if (schema.Properties is { } properties)
        {
            foreach (var property in properties)
            {
                // A property without a schema (`name: ~`) accepts any value, like `name: {}`.
                collector.Add(property.Key, property.Value ?? new OpenApiSchema(), pointer + "/properties/" + SchemaMapper.EscapePointer(property.Key), ownerHint, typeName);
            }
        }

        if (!optional && schema.Required is { } required)
        {
            foreach (var name in required)
            {
                collector.Required.Add(name);
            }
        }

        if (schema.AdditionalProperties is { } additional && schema.AdditionalPropertiesAllowed)
        {
            collector.AdditionalProperties = (additional, pointer + "/additionalProperties", ownerHint);
        }
    }

    private static void CollectAlternatives(PropertyCollector collector, WalkGuard walk, IList<IOpenApiSchema>? alternatives, string pointerPrefix, string ownerHint, string typeName, HashSet<IOpenApiSchema> visited)
    {
        if (alternatives is null)
        {
            return;
        }

        for (var i = 0; i < alternatives.Count; i++)
        {
            if (alternatives[i] is not null && !SchemaShapes.IsNullType(alternatives[i]))
            {
                CollectInto(collector, walk, alternatives[i], pointerPrefix + i, ownerHint, typeName, optional: true, null, visited);
            }
        }
    }
}

/// <summary>One place a property is declared: its schema, its pointer, and who declared it.</summary>
internal sealed record PropertyDeclaration(IOpenApiSchema Schema, string Pointer, string OwnerHint, string OwnerName);
