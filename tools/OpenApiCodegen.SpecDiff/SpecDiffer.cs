using OpenApiCodegen.SpecDiff.CSharp;
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
    /// <summary>
    /// Compares two specs and the C# the generator emits for each (<paramref name="compiler"/> runs it): every symbol
    /// named is one of the compiled public APIs, and each change to them is attributed to the spec change behind it.
    /// When the generator refuses a version, the result has the wire-level changes without symbols, and says why in
    /// <see cref="DiffResult.Notes"/>.
    /// </summary>
    internal static DiffResult Compare(LoadedSpec oldSpec, LoadedSpec newSpec, ClientIdentity identity, IClientCompiler compiler)
    {
        var wire = Compare(oldSpec, newSpec);
        var view = CSharpView.Build(oldSpec, newSpec, identity, compiler);
        if (!view.IsAvailable)
        {
            var unnamed = wire.Changes.Select(change => change with { Symbols = [] }).ToList();
            return new DiffResult(oldSpec.Path, newSpec.Path, unnamed)
            {
                Notes = [.. view.Problems.Select(problem => problem + "; no C# view, wire-level changes only")],
            };
        }

        return new DiffResult(oldSpec.Path, newSpec.Path, CSharpImpact.Apply(wire.Changes, view, oldSpec, newSpec))
        {
            OldApi = view.OldApi.Lines.ToList(),
            NewApi = view.NewApi.Lines.ToList(),
        };
    }

    /// <summary>
    /// Compares two specs read with <see cref="SpecLoader"/> at the wire level only: the symbols it names are derived
    /// from the generator's naming rules, not read from what it emits. The diff command uses the overload that compiles.
    /// </summary>
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
