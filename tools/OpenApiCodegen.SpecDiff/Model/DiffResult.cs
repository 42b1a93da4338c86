namespace OpenApiCodegen.SpecDiff.Model;

/// <summary>Everything that changed from the old spec to the new one, worst first.</summary>
public sealed class DiffResult(string oldPath, string newPath, IReadOnlyList<SpecChange> changes)
{
    public string OldPath { get; } = oldPath;

    public string NewPath { get; } = newPath;

    public IReadOnlyList<SpecChange> Changes { get; } = changes;

    /// <summary>What the reader should know about the comparison itself (a version the generator refused).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The old client's public API, one line per type and member, when the comparison compiled it.</summary>
    public IReadOnlyList<string>? OldApi { get; init; }

    /// <summary>The new client's public API, likewise.</summary>
    public IReadOnlyList<string>? NewApi { get; init; }

    public int Count(ChangeLevel level) => Changes.Count(c => c.Level == level);

    /// <summary>True when a change is at or above the level <paramref name="failOn"/> names.</summary>
    public bool Fails(FailOn failOn) => Changes.Any(c => c.Level >= failOn.Threshold());

    /// <summary>"2 breaking, 1 potentially breaking, 14 non-breaking changes".</summary>
    public string Summary => Changes.Count == 0
        ? "no changes"
        : $"{Count(ChangeLevel.Breaking)} breaking, {Count(ChangeLevel.PotentiallyBreaking)} potentially breaking, {(Count(ChangeLevel.Warning) > 0 ? $"{Count(ChangeLevel.Warning)} nullable-warning, " : "")}{Count(ChangeLevel.NonBreaking)} non-breaking changes";
}
