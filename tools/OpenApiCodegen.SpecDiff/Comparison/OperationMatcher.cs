namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>An operation present in both specs.</summary>
internal sealed record OperationPair(OperationRef Old, OperationRef New);

/// <summary>How the operations of two specs correspond.</summary>
internal sealed record OperationMatches(List<OperationPair> Pairs, List<OperationRef> Removed, List<OperationRef> Added);

/// <summary>
/// Pairs the operations of two specs. First by operationId (unique on both sides): the same id at
/// another method or path is a move. Then by method and path: a different id there is a rename.
/// Matching ids first keeps a swap (an id moving while another takes its old path) from pairing
/// the wrong operations. What is left was removed or added.
/// </summary>
internal static class OperationMatcher
{
    public static OperationMatches Match(List<OperationRef> oldOperations, List<OperationRef> newOperations)
    {
        var pairs = new List<OperationPair>();
        var oldLeft = new List<OperationRef>(oldOperations);
        var newLeft = new List<OperationRef>(newOperations);

        var oldById = UniqueBy(oldLeft, o => o.OperationId);
        var newById = UniqueBy(newLeft, o => o.OperationId);
        foreach (var (id, old) in oldById)
        {
            if (newById.TryGetValue(id, out var current))
            {
                Pair(old, current);
            }
        }

        var newByTemplate = UniqueBy(newLeft, o => o.Template);
        foreach (var old in oldLeft.ToList())
        {
            if (newByTemplate.TryGetValue(old.Template, out var current) && newLeft.Contains(current))
            {
                Pair(old, current);
            }
        }

        // Reports follow the old spec's order.
        pairs.Sort((a, b) => oldOperations.IndexOf(a.Old).CompareTo(oldOperations.IndexOf(b.Old)));
        return new OperationMatches(pairs, oldLeft, newLeft);

        void Pair(OperationRef old, OperationRef current)
        {
            pairs.Add(new OperationPair(old, current));
            oldLeft.Remove(old);
            newLeft.Remove(current);
        }
    }

    // Keys that occur once; a duplicated operationId (invalid, but seen) identifies nothing.
    private static Dictionary<string, OperationRef> UniqueBy(List<OperationRef> operations, Func<OperationRef, string?> key)
    {
        return operations
            .Select(o => (Key: key(o), Operation: o))
            .Where(entry => entry.Key is not null)
            .GroupBy(entry => entry.Key!, StringComparer.Ordinal)
            .Where(group => group.Count() == 1)
            .ToDictionary(group => group.Key, group => group.Single().Operation, StringComparer.Ordinal);
    }
}
