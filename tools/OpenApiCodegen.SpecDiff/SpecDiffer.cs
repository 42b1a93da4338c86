using OpenApiCodegen.SpecDiff.Comparison;
using OpenApiCodegen.SpecDiff.Loading;
using OpenApiCodegen.SpecDiff.Model;

namespace OpenApiCodegen.SpecDiff;

/// <summary>
/// Says what a new version of an OpenAPI spec changes for code generated from the old one: each
/// change with its rule, level (see <see cref="Rules.RuleCatalog"/>), location in both specs, and
/// the generated C# type or member it affects.
/// </summary>
public static class SpecDiffer
{
    /// <summary>Compares two specs read with <see cref="SpecLoader"/>.</summary>
    public static DiffResult Compare(LoadedSpec oldSpec, LoadedSpec newSpec)
    {
        var context = new DiffContext(oldSpec, newSpec);
        var schemas = new SchemaComparer(context);
        var security = new SecurityComparer(context);
        var matches = OperationMatcher.Match(OperationRef.All(oldSpec.Document), OperationRef.All(newSpec.Document));

        // Order matters twice: scheme renames are known before operations compare their
        // requirements, and every reference switch is recorded before schema renames are decided.
        ServerComparer.Compare(context);
        security.CompareSchemes(matches.Pairs);
        new OperationComparer(context, schemas, security).CompareAll(matches);
        new ComponentComparer(context, schemas).CompareAll();

        return new DiffResult(oldSpec.Path, newSpec.Path, context.Changes.Build(oldSpec, newSpec));
    }
}
