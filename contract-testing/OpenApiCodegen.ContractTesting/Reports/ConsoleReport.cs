using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Verification;
using Spectre.Console;

namespace OpenApiCodegen.ContractTesting.Reports;

/// <summary>The readable report: unexpected findings in a table, accepted drift counted per rule, coverage, the verdict.</summary>
public static class ConsoleReport
{
    public static void Write(IAnsiConsole console, RunResult result, Severity? failOn, bool verbose)
    {
        console.MarkupLine($"[bold]Contract check[/] of [blue]{Markup.Escape(result.SpecPath)}[/] against [blue]{Markup.Escape(result.RecordingsDirectory)}[/]");
        var unexpected = ReportText.Ordered(result.Unexpected).ToList();
        // A table on a terminal; one line per finding in a log, where a table would wrap at 80 columns.
        var asTable = console.Profile.Capabilities.Interactive;
        if (unexpected.Count > 0)
        {
            Findings(console, "Unexpected findings", unexpected, asTable);
        }

        if (verbose && result.Accepted.Count > 0)
        {
            Findings(console, "Accepted by the baseline", ReportText.Ordered(result.Accepted).ToList(), asTable);
        }
        else if (result.Accepted.Count > 0)
        {
            var perRule = result.Accepted.GroupBy(f => f.Rule).OrderBy(g => g.Key.Id, StringComparer.Ordinal)
                .Select(g => $"{g.Key.Id} {g.Key.Name} x{g.Count()}");
            console.MarkupLine($"[grey]Accepted drift (drift-baseline.json, --verbose lists it): {Markup.Escape(string.Join(", ", perRule))}[/]");
        }

        foreach (var entry in result.UnusedBaselineEntries)
        {
            console.MarkupLine($"[grey]note: baseline entry matches no finding (drift gone?): {Markup.Escape($"{entry.Rule} {entry.Operation} {entry.Recording} {entry.Pointer}")}[/]");
        }

        var missing = result.Coverage.Operations.Where(o => o.Missing.Count > 0).ToList();
        if (verbose && missing.Count > 0)
        {
            foreach (var operation in missing)
            {
                console.MarkupLine($"[grey]coverage: {Markup.Escape(operation.OperationId)} has no recording for {Markup.Escape(string.Join(", ", operation.Missing))}[/]");
            }
        }

        var failed = result.ExitCode(failOn) != 0;
        var colour = failed ? "red" : result.Unexpected.Count > 0 ? "yellow" : "green";
        console.MarkupLine($"[{colour}]{Markup.Escape(ReportText.Summary(result))}[/]");
        console.MarkupLine(failed
            ? $"[red bold]FAILED[/]: unexpected findings at or above '{SeverityText.Name(failOn!.Value)}' (add them to the baseline only if the drift is real and accepted)"
            : $"[green bold]OK[/] ({result.Duration.TotalSeconds:0.0}s)");
    }

    private static void Findings(IAnsiConsole console, string title, IReadOnlyList<Finding> findings, bool asTable)
    {
        if (asTable)
        {
            console.Write(Table(title, findings));
            return;
        }

        console.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
        foreach (var finding in findings)
        {
            var where = finding.Recording.Length > 0 ? $"{finding.Operation} {ReportText.Location(finding)}" : finding.Operation;
            var detail = ReportText.ExpectedActual(finding);
            console.MarkupLine($"{SeverityMarkup(finding.Severity)} {Markup.Escape($"{finding.Rule.Id} {finding.Rule.Name} {where}: {finding.Message}{(detail.Length > 0 ? $" ({detail})" : "")}")}");
        }
    }

    private static Table Table(string title, IReadOnlyList<Finding> findings)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded, Expand = false };
        table.AddColumns("Severity", "Rule", "Where", "Finding");
        foreach (var finding in findings)
        {
            var detail = ReportText.ExpectedActual(finding);
            table.AddRow(
                new Markup(SeverityMarkup(finding.Severity)),
                new Text($"{finding.Rule.Id}\n{finding.Rule.Name}"),
                new Text(finding.Recording.Length > 0 ? $"{finding.Operation}\n{ReportText.Location(finding)}" : finding.Operation),
                new Text(detail.Length > 0 ? $"{finding.Message}\n{detail}" : finding.Message));
        }

        return table;
    }

    private static string SeverityMarkup(Severity severity) => severity switch
    {
        Severity.Error => "[red]error[/]",
        Severity.Warning => "[yellow]warning[/]",
        _ => "[blue]info[/]",
    };
}
