using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Parse;

internal sealed partial class SchemaMapper
{
    private readonly Dictionary<string, PolymorphicBase> _polymorphicBases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string BaseKey, string Value)> _forcedBases = new(StringComparer.Ordinal);

    /// <summary>A component with a discriminator: the property that names the type, and the derived components by value.</summary>
    private sealed record PolymorphicBase(string PropertyName, List<(string Value, string DerivedKey)> Derived);

    /// <summary>
    /// Finds discriminated bases before anything is built, so that a derived type knows its base
    /// whichever is built first. Two forms: a base whose oneOf/anyOf lists the derived types, and a
    /// base that derived types extend with <c>allOf: [$ref: Base, ...]</c>.
    /// </summary>
    private void FindPolymorphicBases(IDictionary<string, IOpenApiSchema> schemas)
    {
        foreach (var entry in schemas)
        {
            if (entry.Value is null or OpenApiSchemaReference || entry.Value.Discriminator is not { PropertyName: { Length: > 0 } propertyName } discriminator)
            {
                continue;
            }

            var valuesByKey = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var mapping in discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
            {
                if (mapping.Value?.Reference?.Id is { } id && !valuesByKey.ContainsKey(id))
                {
                    valuesByKey[id] = mapping.Key;
                }
            }

            // Derived types: the base's oneOf/anyOf, the schemas its mapping names, and the schemas that extend it with allOf.
            var derivedKeys = SchemaShapes.Alternatives(entry.Value).OfType<OpenApiSchemaReference>().Select(r => r.Reference.Id).OfType<string>().ToList();
            derivedKeys.AddRange(valuesByKey.Keys.Where(key => !derivedKeys.Contains(key)));
            foreach (var candidate in schemas)
            {
                if (candidate.Value is not (null or OpenApiSchemaReference)
                    && candidate.Value.AllOf?.OfType<OpenApiSchemaReference>().Any(r => r.Reference.Id == entry.Key) == true
                    && !derivedKeys.Contains(candidate.Key))
                {
                    derivedKeys.Add(candidate.Key);
                }
            }

            var derived = new List<(string Value, string DerivedKey)>();
            foreach (var key in derivedKeys)
            {
                if (key == entry.Key || !schemas.TryGetValue(key, out var derivedSchema) || derivedSchema is null or OpenApiSchemaReference
                    || SchemaShapes.Classify(derivedSchema) != SchemaShape.Object || _forcedBases.ContainsKey(key))
                {
                    continue; // a derived type must be an object, and can have only one base
                }

                var value = valuesByKey.TryGetValue(key, out var mapped) ? mapped : key;
                derived.Add((value, key));
                _forcedBases[key] = (entry.Key, value);
            }

            _polymorphicBases[entry.Key] = new PolymorphicBase(propertyName, derived);
        }
    }

    private PolymorphismModel BuildPolymorphism(PolymorphicBase polymorphicBase)
    {
        var derived = new List<DerivedTypeModel>();
        foreach (var (value, key) in polymorphicBase.Derived)
        {
            if (_componentTypes.TryGetValue(key, out var type) && type.Kind == TypeKind.Named)
            {
                derived.Add(new DerivedTypeModel(value, ShortName(type)));
            }
        }

        return new PolymorphismModel(polymorphicBase.PropertyName, derived.ToEquatableArray());
    }

    private DiscriminatorAssignment? DiscriminatorFor(string? componentKey, ObjectModel baseModel)
    {
        if (componentKey is null || !_forcedBases.TryGetValue(componentKey, out var forced))
        {
            return null;
        }

        var property = baseModel.AllProperties.FirstOrDefault(p => p.IsDiscriminator);
        return property is null ? null : new DiscriminatorAssignment(property.Name, property.Type, forced.Value);
    }
}
