namespace OpenApiCodegen.Cli.Parity;

/// <summary>
/// Lists every difference between our spec and theirs: component schema names, then each operation
/// (matched by operationId) with its path, method, security, parameters, request body and responses.
/// </summary>
public static class ParityComparer
{
    public static IReadOnlyList<Difference> Compare(ParityDocument ours, ParityDocument theirs)
    {
        var differences = new List<Difference>();
        CompareSchemaNames(ours, theirs, differences);

        foreach (var id in theirs.Operations.Keys.Concat(ours.Operations.Keys).Distinct(StringComparer.Ordinal))
        {
            var key = $"operation {id}";
            if (!ours.Operations.TryGetValue(id, out var our))
            {
                differences.Add(new Difference(key, Difference.MissingInOurs));
                continue;
            }

            if (!theirs.Operations.TryGetValue(id, out var their))
            {
                differences.Add(new Difference(key, Difference.ExtraInOurs));
                continue;
            }

            OperationComparer.Compare(ours, our, theirs, their, differences);
        }

        return differences;
    }

    // Names matter beyond the wire: they become the generated C# type names.
    private static void CompareSchemaNames(ParityDocument ours, ParityDocument theirs, List<Difference> differences)
    {
        var ourNames = ours.Document.Components?.Schemas?.Keys.ToHashSet(StringComparer.Ordinal) ?? [];
        var theirNames = theirs.Document.Components?.Schemas?.Keys.ToList() ?? [];
        foreach (var name in theirNames.Where(name => !ourNames.Contains(name)))
        {
            differences.Add(new Difference($"schema {name}", Difference.MissingInOurs));
        }

        var theirSet = theirNames.ToHashSet(StringComparer.Ordinal);
        foreach (var name in ourNames.Where(name => !theirSet.Contains(name)).OrderBy(name => name, StringComparer.Ordinal))
        {
            differences.Add(new Difference($"schema {name}", Difference.ExtraInOurs));
        }
    }
}
