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
        => finding.Recording.Length > 0 ? $"{finding.Recording} {JsonPointer.Display(finding.Pointer)}" : finding.Operation;

    public static string ExpectedActual(Finding finding)
        => finding.Expected is null && finding.Actual is null ? "" : $"expected {finding.Expected ?? "-"}, got {finding.Actual ?? "-"}";

    public static IEnumerable<Finding> Ordered(IEnumerable<Finding> findings)
        => findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Operation, StringComparer.Ordinal).ThenBy(f => f.Recording, StringComparer.Ordinal).ThenBy(f => f.Rule.Id, StringComparer.Ordinal).ThenBy(f => f.Pointer, StringComparer.Ordinal);
}
