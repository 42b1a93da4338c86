namespace OpenApiCodegen.SpecDiff.CSharp;

/// <summary>
/// Which old spec node is which new one: the same pointer, or one the wire comparison paired across a rename or a move
/// (a schema renamed, an operation moved, a security scheme renamed), nodes beneath them included.
/// </summary>
internal sealed class PointerLinks(IEnumerable<(string Old, string New)> renames)
{
    private readonly List<(string Old, string New)> _renames = renames.Where(link => link.Old != link.New).Distinct().ToList();

    public bool Linked(string oldPointer, string newPointer)
    {
        if (oldPointer == newPointer)
        {
            return true;
        }

        foreach (var (old, @new) in _renames)
        {
            if (Under(oldPointer, old, out var oldRest) && Under(newPointer, @new, out var newRest) && oldRest == newRest)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Under(string pointer, string root, out string rest)
    {
        rest = "";
        if (pointer == root)
        {
            return true;
        }

        if (pointer.StartsWith(root + "/", StringComparison.Ordinal))
        {
            rest = pointer[root.Length..];
            return true;
        }

        return false;
    }
}
