using OpenApiCodegen.SpecDiff.Naming;
using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>
/// Compares the parameters of an operation present in both specs. A parameter is matched by name
/// and location; one whose name stays but location changes is a move, not a removal plus an addition.
/// </summary>
internal sealed class ParameterComparer(DiffContext context, SchemaComparer schemas)
{
    public void Compare(OperationPair pair)
    {
        var oldParameters = ParameterRef.Of(pair.Old);
        var newParameters = ParameterRef.Of(pair.New);
        var matched = new List<(ParameterRef Old, ParameterRef New)>();

        foreach (var old in oldParameters.ToList())
        {
            var same = newParameters.FirstOrDefault(p => p.Name == old.Name && p.Location == old.Location);
            if (same is not null)
            {
                matched.Add((old, same));
                oldParameters.Remove(old);
                newParameters.Remove(same);
            }
        }

        foreach (var old in oldParameters.ToList())
        {
            var moved = newParameters.Where(p => p.Name == old.Name).ToList();
            if (moved.Count == 1)
            {
                context.Changes.Add(RuleCatalog.ParameterLocationChanged, old.Pointer + "/in", moved[0].Pointer + "/in", Symbol(pair.New, old),
                    $"moves from {old.Location} to {moved[0].Location}", $"{pair.New.Label}: parameter {old.Name} moved from {old.Location} to {moved[0].Location}");
                matched.Add((old, moved[0]));
                oldParameters.Remove(old);
                newParameters.Remove(moved[0]);
            }
        }

        foreach (var old in oldParameters)
        {
            context.Changes.Add(RuleCatalog.ParameterRemoved, old.Pointer, null, Symbol(pair.Old, old), "removed",
                $"{pair.Old.Label}: {old.Location} parameter {old.Name} removed");
        }

        foreach (var added in newParameters)
        {
            context.Changes.Add(added.Required ? RuleCatalog.ParameterAddedRequired : RuleCatalog.ParameterAdded, null, added.Pointer,
                Symbol(pair.New, added), added.Required ? "added, required" : "added",
                $"{pair.New.Label}: {(added.Required ? "required" : "optional")} {added.Location} parameter {added.Name} added");
        }

        foreach (var (old, current) in matched)
        {
            CompareMatched(pair, old, current);
        }
    }

    private void CompareMatched(OperationPair pair, ParameterRef old, ParameterRef current)
    {
        var symbol = Symbol(pair.New, current);
        if (!old.Required && current.Required)
        {
            context.Changes.Add(RuleCatalog.ParameterRequiredAdded, old.Pointer, current.Pointer, symbol, "becomes required",
                $"{pair.New.Label}: {current.Location} parameter {current.Name} became required");
        }
        else if (old.Required && !current.Required)
        {
            context.Changes.Add(RuleCatalog.ParameterRequiredRemoved, old.Pointer, current.Pointer, symbol, "becomes optional",
                $"{pair.New.Label}: {current.Location} parameter {current.Name} is no longer required");
        }

        var (oldSchema, oldPointer) = old.Schema;
        var (newSchema, newPointer) = current.Schema;
        var site = new SchemaSite(
            [Direction.Parameter], oldPointer, newPointer, symbol,
            CSharpNames.ParameterType(pair.Old.Name, old.Name), CSharpNames.ParameterType(pair.New.Name, current.Name),
            $"{pair.New.Label} {current.Location} parameter {current.Name}");
        schemas.Compare(oldSchema, newSchema, site);
    }

    /// <summary><c>Client.CreateNotificationAsync: parameter appId</c>.</summary>
    private static string Symbol(OperationRef operation, ParameterRef parameter) =>
        $"{operation.CSharpMethod}: parameter {CSharpNames.Parameter(parameter.Name)}";
}
