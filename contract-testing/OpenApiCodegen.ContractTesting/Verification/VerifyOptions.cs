using OpenApiCodegen.ContractTesting.Coverage;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Profiles;

namespace OpenApiCodegen.ContractTesting.Verification;

/// <summary>What <c>verify</c> runs on: the API's profile (its generated catalog), its spec, recordings and baseline.</summary>
public sealed record VerifyOptions(ContractProfile Profile, string RecordingsDirectory, string SpecPath, string? BaselinePath)
{
    /// <summary>Severity overrides from the command line; they win over the baseline file's.</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>();

    /// <summary>What the run demands of coverage; a folder of captured traffic is judged on what it has with <see cref="CoverageMode.Recorded"/>.</summary>
    public CoverageMode CoverageMode { get; init; } = CoverageMode.Operations;

    /// <summary>Told about each case as it finishes, for a progress display.</summary>
    public IProgress<CaseProgress>? Progress { get; init; }
}

/// <summary>How far a run is: <paramref name="Done"/> of <paramref name="Total"/> cases, the last one named.</summary>
public sealed record CaseProgress(int Done, int Total, string Current);
