using Microsoft.OpenApi;
using OpenApiCodegen.Parse;
using OpenApiCodegen.SpecDiff.Naming;
using OpenApiCodegen.SpecDiff.Rules;
using OpenApiCodegen.SpecDiff.Schemas;

namespace OpenApiCodegen.SpecDiff.Comparison;

internal sealed partial class SchemaComparer
{
    // One change per site and direction lists every value added (or removed): the values of one
    // enum are one decision for the reader.
    private void CompareEnums(IOpenApiSchema oldSchema, IOpenApiSchema newSchema, SchemaSite site, string oldType, string newType)
    {
        var oldValues = SchemaFacts.EnumValues(oldSchema);
        var newValues = SchemaFacts.EnumValues(newSchema);
        if (oldValues.Count == 0 || newValues.Count == 0)
        {
            return; // an enum appearing or disappearing changes the kind: a type change, reported already
        }

        var added = newValues.Except(oldValues, StringComparer.Ordinal).ToList();
        var removed = oldValues.Except(newValues, StringComparer.Ordinal).ToList();
        var oldIsEnumType = SchemaShapes.Classify(oldSchema) == SchemaShape.Enum;
        var newIsEnumType = SchemaShapes.Classify(newSchema) == SchemaShape.Enum;
        var where = site.At(site.OldPointer + "/enum", site.NewPointer + "/enum");

        if (added.Count > 0)
        {
            var members = newIsEnumType ? added.Select(v => newType + "." + CSharpNames.EnumMember(v)).ToList() : [site.Symbol];
            ReportEach(RuleCatalog.EnumValueAdded, where, members, newIsEnumType ? "added" : "accepts more values",
                $"{site.Subject}: enum value{Plural(added)} {Quote(added)} added");
        }

        if (removed.Count > 0)
        {
            var members = oldIsEnumType ? removed.Select(v => oldType + "." + CSharpNames.EnumMember(v)).ToList() : [site.Symbol];
            ReportEach(RuleCatalog.EnumValueRemoved, where, members, oldIsEnumType ? "removed" : "accepts fewer values",
                $"{site.Subject}: enum value{Plural(removed)} {Quote(removed)} removed");
        }
    }

    private void ReportEach(SchemaRule rule, SchemaSite site, IEnumerable<string> symbols, string effect, string detail)
    {
        foreach (var symbol in symbols)
        {
            Report(rule, site, symbol, effect, detail);
        }
    }

    private static string Plural<T>(IReadOnlyCollection<T> items) => items.Count == 1 ? string.Empty : "s";

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => "'" + v + "'"));
}
