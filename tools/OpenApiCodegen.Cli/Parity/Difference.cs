using OpenApiCodegen.SpecDiff.Model;

namespace OpenApiCodegen.Cli.Parity;

/// <summary>
/// One way our spec differs from theirs: a change <c>diff</c> finds from theirs (old) to ours (new), told by its rule
/// and its spec-terms detail, which name no generated symbol and so stay stable as the generator evolves.
/// </summary>
/// <example><c>parameter-location-changed: export_subscriptions: parameter app_id moved from path to query</c></example>
public sealed record Difference(SpecChange Change)
{
    /// <summary>The line printed and matched against the deliberate patterns: <c>rule: detail</c>.</summary>
    public string Line => $"{Change.RuleId}: {Change.Detail}";

    public override string ToString() => Line;
}
