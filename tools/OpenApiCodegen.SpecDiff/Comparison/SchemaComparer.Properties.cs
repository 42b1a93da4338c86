using Microsoft.OpenApi;
using OpenApiCodegen.SpecDiff.Naming;
using OpenApiCodegen.SpecDiff.Rules;
using OpenApiCodegen.SpecDiff.Schemas;

namespace OpenApiCodegen.SpecDiff.Comparison;

internal sealed partial class SchemaComparer
{
    // Properties are compared after merging allOf parts, as the generator builds the class. A
    // property added or removed has no location on the other side, so the change reached from every
    // type that merges the same part is one change listing all those types.
    private void CompareProperties(IOpenApiSchema oldSchema, IOpenApiSchema newSchema, SchemaSite site, string oldOwner, string newOwner)
    {
        var oldProperties = MergedObject.Collect(oldSchema, site.OldPointer);
        var newProperties = MergedObject.Collect(newSchema, site.NewPointer);

        foreach (var old in oldProperties.Values.Where(p => !newProperties.ContainsKey(p.Name)))
        {
            Report(RuleCatalog.PropertyRemoved, site.Directions, old.Pointer, null, oldOwner + "." + CSharpNames.Property(old.Name), "removed",
                $"property {Subject(site, old)} removed");
        }

        foreach (var added in newProperties.Values.Where(p => !oldProperties.ContainsKey(p.Name)))
        {
            foreach (var direction in site.Directions)
            {
                // A new required property is a new obligation only for whoever writes the object.
                var required = IsRequired(added, direction);
                var rule = required && direction != Direction.Response ? RuleCatalog.PropertyRequiredAdded : RuleCatalog.PropertyAdded;
                Report(rule, [direction], null, added.Pointer, newOwner + "." + CSharpNames.Property(added.Name),
                    required ? "added, required" : "added", $"property {Subject(site, added)} added" + (required ? ", required" : string.Empty));
            }
        }

        foreach (var old in oldProperties.Values)
        {
            if (newProperties.TryGetValue(old.Name, out var current))
            {
                var child = site.Property(old, current, oldOwner, newOwner);
                CompareFlags(old, current, child);
                Compare(old.Schema, current.Schema, child);
            }
        }
    }

    private void CompareFlags(MergedProperty old, MergedProperty current, SchemaSite site)
    {
        foreach (var direction in site.Directions)
        {
            var wasRequired = IsRequired(old, direction);
            var isRequired = IsRequired(current, direction);
            if (!wasRequired && isRequired)
            {
                Report(RuleCatalog.PropertyRequiredAdded, direction, site, site.Symbol, "becomes required", $"{site.Subject} became required");
            }
            else if (wasRequired && !isRequired)
            {
                Report(RuleCatalog.PropertyRequiredRemoved, direction, site, site.Symbol, "may now be absent", $"{site.Subject} is no longer required");
            }
        }

        if (old.Schema.ReadOnly != current.Schema.ReadOnly)
        {
            Report(current.Schema.ReadOnly ? RuleCatalog.PropertyReadOnlyAdded : RuleCatalog.PropertyReadOnlyRemoved, site, site.Symbol,
                current.Schema.ReadOnly ? "is no longer sent in requests" : "may now be sent in requests",
                $"{site.Subject} " + (current.Schema.ReadOnly ? "became readOnly" : "is no longer readOnly"));
        }

        if (old.Schema.WriteOnly != current.Schema.WriteOnly)
        {
            Report(current.Schema.WriteOnly ? RuleCatalog.PropertyWriteOnlyAdded : RuleCatalog.PropertyWriteOnlyRemoved, site, site.Symbol,
                current.Schema.WriteOnly ? "is no longer read from responses" : "may now be read from responses",
                $"{site.Subject} " + (current.Schema.WriteOnly ? "became writeOnly" : "is no longer writeOnly"));
        }

        if (!old.Schema.Deprecated && current.Schema.Deprecated)
        {
            Report(RuleCatalog.PropertyDeprecated, site, site.Symbol, "is deprecated", $"{site.Subject} became deprecated");
        }
    }

    /// <summary>
    /// Required as the generator sees it for this direction: a readOnly property is never written by
    /// the client, a writeOnly one never read from a response.
    /// </summary>
    private static bool IsRequired(MergedProperty property, Direction direction) => direction == Direction.Response
        ? property.Required && !property.Schema.WriteOnly
        : property.Required && !property.Schema.ReadOnly;

    private static string Subject(SchemaSite site, MergedProperty property) =>
        property.Pointer.StartsWith("#/components/", StringComparison.Ordinal) ? SpecWords.Describe(property.Pointer) : site.Subject + "." + property.Name;
}
