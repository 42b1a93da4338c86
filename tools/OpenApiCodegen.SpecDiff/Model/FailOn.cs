namespace OpenApiCodegen.SpecDiff.Model;

/// <summary>The least severe change that makes <c>diff</c> fail (a non-zero exit code).</summary>
public enum FailOn
{
    /// <summary>Fail on breaking changes only (the default).</summary>
    Breaking,

    /// <summary>Fail on breaking and potentially breaking changes.</summary>
    Potential,

    /// <summary>Fail on those and on new nullable warnings (for projects that treat warnings as errors).</summary>
    Warning,

    /// <summary>Fail on any change at all.</summary>
    Any,
}

public static class FailOnExtensions
{
    public static ChangeLevel Threshold(this FailOn failOn) => failOn switch
    {
        FailOn.Breaking => ChangeLevel.Breaking,
        FailOn.Potential => ChangeLevel.PotentiallyBreaking,
        FailOn.Warning => ChangeLevel.Warning,
        _ => ChangeLevel.NonBreaking,
    };
}
