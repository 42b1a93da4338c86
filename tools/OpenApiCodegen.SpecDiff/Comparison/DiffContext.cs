using OpenApiCodegen.SpecDiff.Loading;
using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>A place where the old spec refers to one component and the new spec to another.</summary>
/// <param name="OldId">The component the old spec refers to.</param>
/// <param name="NewId">The component the new spec refers to.</param>
/// <param name="Changes">What was reported for it; withdrawn when the switch turns out to be a rename.</param>
internal sealed record ReferenceSwitch(string OldId, string NewId, IReadOnlyList<ChangeCollector.ChangeKey> Changes);

/// <summary>The two specs and what the comparison has found so far.</summary>
internal sealed class DiffContext
{
    public DiffContext(LoadedSpec oldSpec, LoadedSpec newSpec)
    {
        Old = oldSpec;
        New = newSpec;
        OldUsage = SchemaUsage.Of(oldSpec.Document);
        NewUsage = SchemaUsage.Of(newSpec.Document);
    }

    public LoadedSpec Old { get; }

    public LoadedSpec New { get; }

    public SchemaUsage OldUsage { get; }

    public SchemaUsage NewUsage { get; }

    public ChangeCollector Changes { get; } = new();

    public List<ReferenceSwitch> Switches { get; } = new();

    public void RecordSwitch(string oldId, string newId, IEnumerable<ChangeCollector.ChangeKey> changes) =>
        Switches.Add(new ReferenceSwitch(oldId, newId, changes.ToList()));

    /// <summary>
    /// The directions a component (named <paramref name="oldName"/> before, <paramref name="newName"/>
    /// after) is used in, in either spec; <see cref="Direction.Model"/> alone when no operation uses it.
    /// </summary>
    public IReadOnlyList<Direction> DirectionsOf(string oldName, string newName)
    {
        var directions = OldUsage.DirectionsOf(oldName).Concat(NewUsage.DirectionsOf(newName)).Distinct().Order().ToList();
        return directions.Count == 0 ? [Direction.Model] : directions;
    }
}
