using OpenApiCodegen.ContractTesting.Coverage;
using OpenApiCodegen.ContractTesting.Findings;

namespace OpenApiCodegen.ContractTesting.Verification;

/// <summary>The outcome of a run (<paramref name="Title"/> is the spec's <c>info.title</c>): every finding (accepted or not), coverage, and what the baseline no longer needs.</summary>
public sealed record RunResult(
    string Mode,
    string Title,
    string SpecPath,
    string RecordingsDirectory,
    int Cases,
    IReadOnlyList<Finding> Findings,
    CoverageMatrix Coverage,
    IReadOnlyList<BaselineEntry> UnusedBaselineEntries,
    TimeSpan Duration)
{
    public IReadOnlyList<Finding> Unexpected => Findings.Where(f => !f.Accepted).ToList();

    public IReadOnlyList<Finding> Accepted => Findings.Where(f => f.Accepted).ToList();

    /// <summary>The findings as distinct problems, each with its count (see <see cref="FindingGroup"/>).</summary>
    public IReadOnlyList<FindingGroup> Groups => FindingGroup.Of(Reports.ReportText.Ordered(Findings));

    /// <summary>
    /// 1 when an unexpected finding is at least as severe as <paramref name="failOn"/>; 0 otherwise, and
    /// always 0 when <paramref name="failOn"/> is null (report only).
    /// </summary>
    public int ExitCode(Severity? failOn)
        => failOn is { } threshold && Unexpected.Any(f => f.Severity >= threshold) ? 1 : 0;
}
