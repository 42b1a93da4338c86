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
}

/// <summary>One place a property is declared: its schema, its pointer, and who declared it.</summary>
internal sealed record PropertyDeclaration(IOpenApiSchema Schema, string Pointer, string OwnerHint, string OwnerName);
