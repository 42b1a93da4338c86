using Microsoft.OpenApi;
using OpenApiCodegen.Parse;
using OpenApiCodegen.SpecDiff.Naming;
using OpenApiCodegen.SpecDiff.Rules;
using OpenApiCodegen.SpecDiff.Schemas;

namespace OpenApiCodegen.SpecDiff.Comparison;

internal sealed partial class SchemaComparer
{
    /// <summary>
    /// One oneOf/anyOf alternative: its keyword and index (for the pointer), its schema, a key to match
    /// it by, and how a message names it. OpenAPI.NET folds a oneOf of plain types into one schema with
    /// several types (<c>type: [string, integer]</c>); each of those types is an alternative too, with
    /// keyword "type" and no schema of its own.
    /// </summary>
    private sealed record Alternative(string Keyword, int Index, IOpenApiSchema? Schema, string Key, string Name, string CSharpType);

    private void CompareComposition(IOpenApiSchema oldSchema, IOpenApiSchema newSchema, SchemaSite site, string newType)
    {
        CompareAllOfParts(oldSchema, newSchema, site, newType);

        var oldDiscriminator = oldSchema.Discriminator?.PropertyName;
        var newDiscriminator = newSchema.Discriminator?.PropertyName;
        if (oldDiscriminator != newDiscriminator)
        {
            Report(RuleCatalog.CompositionChanged, site.At(site.OldPointer + "/discriminator", site.NewPointer + "/discriminator"), newType,
                "changes how its variants are told apart",
                $"{site.Subject}: discriminator {oldDiscriminator ?? "(none)"} became {newDiscriminator ?? "(none)"}");
        }

        var oldKeyword = SchemaFacts.AlternativesKeyword(oldSchema);
        var newKeyword = SchemaFacts.AlternativesKeyword(newSchema);
        if (oldKeyword is not null && newKeyword is not null && oldKeyword != newKeyword)
        {
            Report(RuleCatalog.CompositionChanged, site, newType, "changes how its alternatives match",
                $"{site.Subject}: {oldKeyword} became {newKeyword}");
        }

        CompareAlternatives(oldSchema, newSchema, site, newType);
    }

    // Parts written inline are merged and compared as properties; the referenced parts say which
    // types are merged in (or derived from), which the properties alone do not show.
    private void CompareAllOfParts(IOpenApiSchema oldSchema, IOpenApiSchema newSchema, SchemaSite site, string newType)
    {
        var oldParts = (oldSchema.AllOf ?? []).Select(SchemaFacts.ReferenceId).OfType<string>().ToList();
        var newParts = (newSchema.AllOf ?? []).Select(SchemaFacts.ReferenceId).OfType<string>().ToList();
        var removed = oldParts.Except(newParts, StringComparer.Ordinal).ToList();
        var added = newParts.Except(oldParts, StringComparer.Ordinal).ToList();
        if (removed.Count == 0 && added.Count == 0)
        {
            return;
        }

        var what = string.Join("; ", removed.Select(id => "no longer includes " + id).Concat(added.Select(id => "now includes " + id)));
        var keys = Report(RuleCatalog.CompositionChanged, site.At(site.OldPointer + "/allOf", site.NewPointer + "/allOf"), newType,
            "changes the types it merges", $"{site.Subject}: allOf {what}");
        if (removed.Count == 1 && added.Count == 1)
        {
            context.RecordSwitch(removed[0], added[0], keys);
        }
    }

    private void CompareAlternatives(IOpenApiSchema oldSchema, IOpenApiSchema newSchema, SchemaSite site, string newType)
    {
        var oldAlternatives = Alternatives(oldSchema, site.OldTypeName);
        var newAlternatives = Alternatives(newSchema, site.NewTypeName);
        var newByKey = newAlternatives.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var oldKeys = oldAlternatives.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);

        var removedKeys = new List<ChangeCollector.ChangeKey>();
        var addedKeys = new List<ChangeCollector.ChangeKey>();
        var removed = new List<Alternative>();
        var added = new List<Alternative>();

        foreach (var old in oldAlternatives)
        {
            if (newByKey.TryGetValue(old.Key, out var match))
            {
                if (old.Schema is not null && match.Schema is not null && SchemaFacts.ReferenceId(old.Schema) is null)
                {
                    Compare(old.Schema, match.Schema, site.Alternative(match.Keyword, old.Index, match.Index));
                }

                continue;
            }

            removed.Add(old);
            removedKeys.AddRange(Report(RuleCatalog.VariantRemoved, site.At(site.OldPointer + "/" + old.Keyword + "/" + old.Index, site.NewPointer), newType,
                $"loses alternative {old.CSharpType}", $"{site.Subject}: {old.Keyword} alternative {old.Name} removed"));
        }

        foreach (var candidate in newAlternatives.Where(a => !oldKeys.Contains(a.Key)))
        {
            added.Add(candidate);
            addedKeys.AddRange(Report(RuleCatalog.VariantAdded, site.At(site.OldPointer, site.NewPointer + "/" + candidate.Keyword + "/" + candidate.Index), newType,
                $"gains alternative {candidate.CSharpType}", $"{site.Subject}: {candidate.Keyword} alternative {candidate.Name} added"));
        }

        // One referenced alternative swapped for another may be a component rename.
        if (removed.Count == 1 && added.Count == 1
            && SchemaFacts.ReferenceId(removed[0].Schema) is { } oldId && SchemaFacts.ReferenceId(added[0].Schema) is { } newId)
        {
            context.RecordSwitch(oldId, newId, removedKeys.Concat(addedKeys));
        }
    }

    // Matched by the component they refer to, or by kind for inline ones ("inline string", "inline object #2").
    private static List<Alternative> Alternatives(IOpenApiSchema schema, string typeName)
    {
        var result = new List<Alternative>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyword, list) in new[] { ("oneOf", schema.OneOf), ("anyOf", schema.AnyOf) })
        {
            for (var i = 0; i < (list?.Count ?? 0); i++)
            {
                var alternative = list![i];
                if (SchemaShapes.IsNullType(alternative))
                {
                    continue; // a null alternative is nullability, compared on its own
                }

                var id = SchemaFacts.ReferenceId(alternative);
                var key = id ?? "inline " + SchemaFacts.Kind(alternative);
                var count = seen[key] = seen.GetValueOrDefault(key) + 1;
                result.Add(new Alternative(keyword, i, alternative, count == 1 ? key : key + " #" + count,
                    id is null ? key : "$ref " + id, CSharpTypes.Of(alternative, typeName)));
            }
        }

        if (result.Count == 0 && SchemaShapes.NonNullType(schema) is { } types && !SchemaShapes.IsSingleType(types))
        {
            var index = 0;
            foreach (var type in SchemaShapes.SingleTypes(types))
            {
                var name = type.ToString().ToLowerInvariant();
                var csharp = PrimitiveTypes.For(type, schema.Format) is { } primitive ? primitive.CSharpName.Replace("global::System.", string.Empty, StringComparison.Ordinal) : name;
                result.Add(new Alternative("type", index++, null, "inline " + name, name, csharp));
            }
        }

        return result;
    }
}
