using System.Text;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Verification;

namespace OpenApiCodegen.ContractTesting.Reports;

/// <summary>The report for a CI step summary: verdict, unexpected findings, accepted drift per rule, coverage.</summary>
public static class MarkdownReport
{
    public static string Render(RunResult result)
    {
        var text = new StringBuilder();
        text.AppendLine($"## {result.Title}: contract check").AppendLine();
        text.AppendLine(result.Unexpected.Count == 0 ? "**No unexpected drift.**" : $"**{result.Unexpected.Count} unexpected finding(s).**").AppendLine();
        text.AppendLine(ReportText.Summary(result) + ".").AppendLine();

        if (result.Unexpected.Count > 0)
        {
            text.AppendLine("### Unexpected findings").AppendLine();
            Findings(text, result.Groups.Where(g => !g.Accepted));
            text.AppendLine("By rule: " + string.Join("; ", ReportText.PerRule(result.Groups.Where(g => !g.Accepted))) + ".").AppendLine();
        }

        if (result.Accepted.Count > 0)
        {
            text.AppendLine("### Accepted drift (drift-baseline.json)").AppendLine();
            text.AppendLine("| Rule | Findings | Operations |").AppendLine("|---|---|---|");
            foreach (var group in result.Accepted.GroupBy(f => f.Rule).OrderBy(g => g.Key.Id, StringComparer.Ordinal))
            {
                text.AppendLine($"| {group.Key.Id} {group.Key.Name} | {group.Count()} | {Cell(string.Join(", ", group.Select(f => f.Operation).Distinct().Order(StringComparer.Ordinal)))} |");
            }

            text.AppendLine();
        }

        text.AppendLine("### Coverage").AppendLine();
        text.AppendLine("| Operation | Recordings | Documented statuses | Exercised | Not exercised |").AppendLine("|---|---|---|---|---|");
        foreach (var operation in result.Coverage.Operations)
        {
            text.AppendLine($"| `{operation.OperationId}` | {operation.Recordings} | {string.Join(", ", operation.Documented)} | {string.Join(", ", operation.Exercised)} | {string.Join(", ", operation.Missing)} |");
        }

        return text.ToString();
    }

    private static void Findings(StringBuilder text, IEnumerable<FindingGroup> groups)
    {
        text.AppendLine("| Severity | Rule | Operation | Where | Times | Finding | Expected | Actual |").AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var g in groups)
        {
            var f = g.First;
            text.AppendLine($"| {SeverityText.Name(g.Severity)} | {g.Rule.Id} {g.Rule.Name} | `{g.Operation}` | {Cell(ReportText.Location(g))} | {g.Count} | {Cell(f.Message)} | {Cell(f.Expected)} | {Cell(f.Actual)} |");
        }

        text.AppendLine();
    }

    private static string Cell(string? value) => (value ?? "").Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
