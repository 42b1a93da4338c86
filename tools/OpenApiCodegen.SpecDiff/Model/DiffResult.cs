namespace OpenApiCodegen.SpecDiff.Model;

/// <summary>Everything that changed from the old spec to the new one, worst first.</summary>
public sealed class DiffResult(string oldPath, string newPath, IReadOnlyList<SpecChange> changes)
{
    public string OldPath { get; } = oldPath;

    public string NewPath { get; } = newPath;

    public IReadOnlyList<SpecChange> Changes { get; } = changes;

    public int Count(ChangeLevel level) => Changes.Count(c => c.Level == level);

    /// <summary>True when a change is at or above the level <paramref name="failOn"/> names.</summary>
    public bool Fails(FailOn failOn) => Changes.Any(c => c.Level >= failOn.Threshold());

    /// <summary>"2 breaking, 1 potentially breaking, 14 non-breaking changes".</summary>
    public string Summary => Changes.Count == 0
        ? "no changes"
        : $"{Count(ChangeLevel.Breaking)} breaking, {Count(ChangeLevel.PotentiallyBreaking)} potentially breaking, {Count(ChangeLevel.NonBreaking)} non-breaking changes";
}
