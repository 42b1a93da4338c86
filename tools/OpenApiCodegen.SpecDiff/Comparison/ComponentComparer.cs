using Microsoft.OpenApi;
using OpenApiCodegen.SpecDiff.Naming;
using OpenApiCodegen.SpecDiff.Rules;
using OpenApiCodegen.SpecDiff.Schemas;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>
/// Compares component schemas, each a generated type: those in both specs are compared once, in
/// every direction an operation uses them; the rest were removed, added, or renamed. A rename shows
/// in use: every place that referred to the removed schema now refers to one added schema (and
/// nothing else does); the places' "type changed" reports are then withdrawn in favour of one rename.
/// </summary>
internal sealed class ComponentComparer(DiffContext context, SchemaComparer schemas)
{
    public void CompareAll()
    {
        var oldSchemas = context.Old.Document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var newSchemas = context.New.Document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();

        foreach (var (name, oldSchema) in oldSchemas)
        {
            if (newSchemas.TryGetValue(name, out var newSchema))
            {
                schemas.CompareValues(oldSchema, newSchema, Site(name, name));
            }
        }

        var removed = oldSchemas.Keys.Where(k => !newSchemas.ContainsKey(k)).ToHashSet(StringComparer.Ordinal);
        var added = newSchemas.Keys.Where(k => !oldSchemas.ContainsKey(k)).ToHashSet(StringComparer.Ordinal);
        var renames = new List<(string Old, string New)>();

        // Comparing a renamed pair can reveal switches between other removed and added schemas.
        for (var found = DetectRenames(removed, added); found.Count > 0; found = DetectRenames(removed, added))
        {
            foreach (var (oldName, newName) in found)
            {
                renames.Add((oldName, newName));
                removed.Remove(oldName);
                added.Remove(newName);
                foreach (var change in context.Switches.Where(s => s.OldId == oldName && s.NewId == newName).SelectMany(s => s.Changes))
                {
                    context.Changes.Remove(change);
                }

                context.Changes.Add(RuleCatalog.SchemaRenamed, Pointers.Component(oldName), Pointers.Component(newName), CSharpNames.Type(oldName),
                    $"renamed to {CSharpNames.Type(newName)}", $"schema {oldName} renamed to {newName}");
                schemas.CompareValues(oldSchemas[oldName], newSchemas[newName], Site(oldName, newName));
            }
        }

        foreach (var name in oldSchemas.Keys.Where(removed.Contains))
        {
            context.Changes.Add(RuleCatalog.SchemaRemoved, Pointers.Component(name), null, CSharpNames.Type(name), "removed", $"schema {name} removed");
        }

        foreach (var name in newSchemas.Keys.Where(added.Contains))
        {
            context.Changes.Add(RuleCatalog.SchemaAdded, null, Pointers.Component(name), CSharpNames.Type(name), "added", $"schema {name} added");
        }
    }

    private List<(string Old, string New)> DetectRenames(HashSet<string> removed, HashSet<string> added)
    {
        var candidates = context.Switches.Where(s => removed.Contains(s.OldId)).GroupBy(s => s.OldId, StringComparer.Ordinal);
        var renames = new List<(string Old, string New)>();
        foreach (var group in candidates)
        {
            var targets = group.Select(s => s.NewId).Distinct(StringComparer.Ordinal).ToList();
            if (targets.Count != 1 || !added.Contains(targets[0]))
            {
                continue; // split between several schemas, or moved to one that already existed
            }

            var sources = context.Switches.Where(s => s.NewId == targets[0]).Select(s => s.OldId).Distinct(StringComparer.Ordinal).Count();
            if (sources == 1)
            {
                renames.Add((group.Key, targets[0]));
            }
        }

        return renames;
    }

    private SchemaSite Site(string oldName, string newName) => new(
        context.DirectionsOf(oldName, newName),
        Pointers.Component(oldName),
        Pointers.Component(newName),
        CSharpNames.Type(newName),
        CSharpNames.Type(oldName),
        CSharpNames.Type(newName),
        newName);
}
