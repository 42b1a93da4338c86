using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.CSharp;

/// <summary>
/// How a method's parameter list changed for the calls written against the old one: positionally (every argument
/// given, the CancellationToken last) and by name. Each finding is a rule and a phrase.
/// </summary>
internal static class ParameterChanges
{
    public static IEnumerable<(Rule Rule, string Effect)> Compare(IReadOnlyList<ApiParameter> old, IReadOnlyList<ApiParameter> current)
    {
        for (var index = 0; index < old.Count; index++)
        {
            var was = old[index];
            if (index >= current.Count)
            {
                yield return (CSharpRules.ParametersChanged, $"loses parameter {was.Name}");
                continue;
            }

            var now = current[index];
            if (now.Type != was.Type || now.RefKind != was.RefKind)
            {
                yield return (CSharpRules.ParametersChanged, Displaced(old, current, index));
                yield break;
            }

            if (now.Name != was.Name)
            {
                yield return (CSharpRules.ParameterRenamed, $"parameter {was.Name} renamed to {now.Name}");
            }

            if (was.IsOptional && !now.IsOptional)
            {
                yield return (CSharpRules.ParametersChanged, $"parameter {now.Name} becomes required");
            }
            else if (!was.IsOptional && now.IsOptional)
            {
                yield return (CSharpRules.ParametersRelaxed, $"parameter {now.Name} becomes optional");
            }

            if (now.AnnotatedType != was.AnnotatedType)
            {
                yield return (CSharpRules.NullabilityChanged, $"parameter {now.Name} changes from {was.AnnotatedType} to {now.AnnotatedType}");
            }
        }

        foreach (var added in current.Skip(old.Count))
        {
            yield return added.IsOptional
                ? (CSharpRules.ParametersRelaxed, $"gains optional parameter {added.Name} at the end")
                : (CSharpRules.ParametersChanged, $"gains required parameter {added.Name}");
        }
    }

    /// <summary>The first position whose type differs: a parameter inserted before it, one removed, or a type change.</summary>
    private static string Displaced(IReadOnlyList<ApiParameter> old, IReadOnlyList<ApiParameter> current, int index)
    {
        var was = old[index];
        var now = current[index];
        var stillThere = current.Skip(index + 1).Any(p => p.Name == was.Name && p.Type == was.Type);
        if (stillThere)
        {
            return $"parameter {now.Name} ({now.AnnotatedType}) inserted before {was.Name}";
        }

        var gone = !current.Any(p => p.Name == was.Name);
        if (gone && old.Skip(index + 1).Any(p => p.Name == now.Name && p.Type == now.Type))
        {
            return $"loses parameter {was.Name}";
        }

        return now.Name == was.Name
            ? $"parameter {was.Name} changes type from {was.AnnotatedType} to {now.AnnotatedType}"
            : $"parameter {was.Name} ({was.AnnotatedType}) replaced by {now.Name} ({now.AnnotatedType})";
    }
}
