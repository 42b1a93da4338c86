using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Oracles;
using OpenApiCodegen.ContractTesting.Verification;

namespace OpenApiCodegen.ContractTesting.Reports;

/// <summary>Wording shared by the reports, so that every format tells the same story.</summary>
public static class ReportText
{
    public static string Summary(RunResult result)
    {
        var unexpected = result.Unexpected;
        var counts = string.Join(", ", new[] { Severity.Error, Severity.Warning, Severity.Info }
            .Select(s => (s, n: unexpected.Count(f => f.Severity == s)))
            .Where(x => x.n > 0)
            .Select(x => $"{x.n} {SeverityText.Name(x.s)}{(x.n == 1 ? "" : "s")}"));
        return $"{result.Cases} recordings replayed ({result.Mode}), {result.Findings.Count} findings: "
               + $"{unexpected.Count} unexpected{(counts.Length > 0 ? $" ({counts})" : "")}, {result.Accepted.Count} accepted by the baseline; "
               + $"coverage {result.Coverage.OperationsWithRecordings}/{result.Coverage.Operations.Count} operations, "
               + $"{result.Coverage.ExercisedCount}/{result.Coverage.DocumentedCount} documented statuses";
    }

    /// <summary>A title as an id: <c>OneSignal REST API</c> becomes <c>onesignal-rest-api</c>.</summary>
    public static string Slug(string title)
    {
        var words = title.ToLowerInvariant().Split(title.Where(c => !char.IsAsciiLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "api" : string.Join("-", words);
    }

    public static string Location(Finding finding)
        => finding.Recording.Length > 0 ? $"{finding.Recording} {Pointer(finding.Rule, finding.Pointer)}".TrimEnd() : finding.Operation;

    /// <summary>How reports show a pointer: the empty pointer is <c>(body)</c> for a rule about a body, and nothing otherwise.</summary>
    public static string Pointer(Rule rule, string pointer)
        => pointer.Length > 0 ? pointer : Rules.IsAboutBody(rule) ? JsonPointer.Display(pointer) : "";

    /// <summary>
    /// Where a group shows: its one finding's recording and pointer; for several, the location with indices as <c>*</c>,
    /// how often and in how many recordings, and the first examples.
    /// </summary>
    public static string Location(FindingGroup group)
    {
        if (group.Count == 1)
        {
            return Location(group.First);
        }

        var recordings = group.Findings.Select(f => f.Recording).Where(r => r.Length > 0).Distinct().Count();
        var examples = string.Join("; ", group.Examples.Select(Location));
        var more = group.Count > FindingGroup.ExampleCount ? "; ..." : "";
        return $"{Pointer(group.Rule, group.Location)} ({group.Count} times in {recordings} recording{(recordings == 1 ? "" : "s")}: {examples}{more})".TrimStart();
    }

    /// <summary>Per rule: how many distinct problems and findings, most severe first, e.g. <c>CT207 response-undeclared-property: 3 problems (104 findings)</c>.</summary>
    public static IEnumerable<string> PerRule(IEnumerable<FindingGroup> groups)
        => groups.GroupBy(g => g.Rule)
            .OrderByDescending(g => g.Max(x => x.Severity)).ThenBy(g => g.Key.Id, StringComparer.Ordinal)
            .Select(g => $"{g.Key.Id} {g.Key.Name}: {g.Count()} problem{(g.Count() == 1 ? "" : "s")} ({g.Sum(x => x.Count)} finding{(g.Sum(x => x.Count) == 1 ? "" : "s")})");

    public static string ExpectedActual(Finding finding)
        => finding.Expected is null && finding.Actual is null ? "" : $"expected {finding.Expected ?? "-"}, got {finding.Actual ?? "-"}";

    public static IEnumerable<Finding> Ordered(IEnumerable<Finding> findings)
        => findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Operation, StringComparer.Ordinal).ThenBy(f => f.Recording, StringComparer.Ordinal).ThenBy(f => f.Rule.Id, StringComparer.Ordinal).ThenBy(f => f.Pointer, StringComparer.Ordinal);
}
