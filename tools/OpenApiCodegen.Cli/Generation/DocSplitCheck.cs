using OpenApiCodegen.Model;
using OpenApiCodegen.Parse;
using OpenApiCodegen.Parse.Docs;

namespace OpenApiCodegen.Cli.Generation;

/// <summary>
/// The generator maps a spec's structure, with its descriptions and summaries taken out, and puts the docs back
/// afterwards (<see cref="DocSplit"/>), so that rewording a doc does not map the spec again. That must change
/// nothing: this maps the spec both ways and says where the two models differ. The tests, <c>fuzz</c> and
/// <c>corpus</c> hold every spec they see to it.
/// </summary>
internal static class DocSplitCheck
{
    /// <summary>Null when splitting changes nothing (or the spec is not split); otherwise the first difference.</summary>
    public static string? Difference(SpecItem spec)
    {
        var input = new SpecInput(
            new SpecSource(spec.Path, spec.Text, spec.Namespace ?? "Api", spec.ClientName ?? "ApiClient"), EquatableArray<SpecFile>.Empty);
        var split = DocSplit.Split(input);
        if (split.Docs.Docs.IsEmpty)
        {
            return null;
        }

        var whole = SpecModelBuilder.Build(input);
        var fromStructure = DocResolver.Resolve(SpecModelBuilder.Build(split.Structure), split.Docs);
        return whole == fromStructure ? null : Describe(whole, fromStructure);
    }

    private static string Describe(SpecModel whole, SpecModel fromStructure)
    {
        if (whole.Diagnostics != fromStructure.Diagnostics)
        {
            var expected = whole.Diagnostics.Except(fromStructure.Diagnostics).FirstOrDefault();
            var actual = fromStructure.Diagnostics.Except(whole.Diagnostics).FirstOrDefault();
            return $"diagnostics differ: {Show(expected)} read whole, {Show(actual)} read split";
        }

        if (whole.Types.Count != fromStructure.Types.Count)
        {
            return $"{whole.Types.Count} types read whole, {fromStructure.Types.Count} read split";
        }

        for (var index = 0; index < whole.Types.Count; index++)
        {
            if (whole.Types[index] != fromStructure.Types[index])
            {
                return $"type {whole.Types[index].Name} differs: {whole.Types[index]} read whole, {fromStructure.Types[index]} read split";
            }
        }

        return whole.Client != fromStructure.Client
            ? $"the client differs: {whole.Client} read whole, {fromStructure.Client} read split"
            : "the models differ";
    }

    private static string Show(Diagnostics.DiagnosticInfo? diagnostic)
        => diagnostic is null ? "nothing" : $"{diagnostic.Id} at {diagnostic.Location} (offset {diagnostic.Location.Start}, length {diagnostic.Location.Length})";
}
