namespace OpenApiCodegen.SpecDiff.Model;

/// <summary>
/// How much a change can hurt code built from the old spec once it is regenerated from the new one.
/// Ordered: a higher value is worse, so levels compare with &lt; and &gt;.
/// </summary>
public enum ChangeLevel
{
    /// <summary>Existing code keeps compiling and keeps working.</summary>
    NonBreaking = 0,

    /// <summary>
    /// Existing code compiles, with new nullable warnings (a nullable reference-type annotation changed): an error only in
    /// projects that treat warnings as errors.
    /// </summary>
    Warning = 1,

    /// <summary>Breaks some code or some clients (strict ones, code naming the affected member), not all.</summary>
    PotentiallyBreaking = 2,

    /// <summary>Existing code stops compiling, or requests it sends are no longer valid.</summary>
    Breaking = 3,
}
