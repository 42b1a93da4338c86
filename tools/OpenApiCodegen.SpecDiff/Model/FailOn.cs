namespace OpenApiCodegen.SpecDiff.Model;

/// <summary>The least severe change that makes <c>diff</c> fail (a non-zero exit code).</summary>
public enum FailOn
{
    /// <summary>Fail on breaking changes only (the default).</summary>
    Breaking,

    /// <summary>Fail on breaking and potentially breaking changes.</summary>
    Potential,

    /// <summary>Fail on any change at all.</summary>
    Any,
}

public static class FailOnExtensions
{
    public static ChangeLevel Threshold(this FailOn failOn) => failOn switch
    {
        FailOn.Breaking => ChangeLevel.Breaking,
        FailOn.Potential => ChangeLevel.PotentiallyBreaking,
        _ => ChangeLevel.NonBreaking,
    };
}
