using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Verification;
using Spectre.Console;

namespace OpenApiCodegen.ContractTesting.Reports;

/// <summary>
/// The readable report: unexpected problems (findings grouped, with counts and examples), accepted drift counted per rule,
/// coverage, a per-rule summary, the verdict.
/// </summary>
public static class ConsoleReport
{
    public static void Write(IAnsiConsole console, RunResult result, Severity? failOn, bool verbose)
    {
        console.MarkupLine($"[bold]Contract check[/] of [blue]{Markup.Escape(result.SpecPath)}[/] against [blue]{Markup.Escape(result.RecordingsDirectory)}[/]");
        var groups = result.Groups;
        var unexpected = groups.Where(g => !g.Accepted).ToList();
        // A table on a terminal; one line per finding in a log, where a table would wrap at 80 columns.
        var asTable = console.Profile.Capabilities.Interactive;
        if (unexpected.Count > 0)
        {
            Findings(console, "Unexpected findings", unexpected, asTable);
        }

        if (verbose && result.Accepted.Count > 0)
        {
            Findings(console, "Accepted by the baseline", groups.Where(g => g.Accepted).ToList(), asTable);
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

        if (unexpected.Count > 0)
        {
            console.MarkupLine($"[bold]By rule:[/] {Markup.Escape(string.Join("; ", ReportText.PerRule(unexpected)))}");
        }

        var failed = result.ExitCode(failOn) != 0;
        var colour = failed ? "red" : result.Unexpected.Count > 0 ? "yellow" : "green";
        console.MarkupLine($"[{colour}]{Markup.Escape(ReportText.Summary(result))}[/]");
        console.MarkupLine(failed
            ? $"[red bold]FAILED[/]: unexpected findings at or above '{SeverityText.Name(failOn!.Value)}' (add them to the baseline only if the drift is real and accepted)"
            : $"[green bold]OK[/] ({result.Duration.TotalSeconds:0.0}s)");
    }

    private static void Findings(IAnsiConsole console, string title, IReadOnlyList<FindingGroup> groups, bool asTable)
    {
        if (asTable)
        {
            console.Write(Table(title, groups));
            return;
        }

        console.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
        foreach (var group in groups)
        {
            var where = group.First.Recording.Length > 0 || group.Count > 1 ? $"{group.Operation} {ReportText.Location(group)}" : group.Operation;
            var detail = ReportText.ExpectedActual(group.First);
            console.MarkupLine($"{SeverityMarkup(group.Severity)} {Markup.Escape($"{group.Rule.Id} {group.Rule.Name} {where}: {group.First.Message}{(detail.Length > 0 ? $" ({detail})" : "")}")}");
        }
    }

    private static Table Table(string title, IReadOnlyList<FindingGroup> groups)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded, Expand = false };
        table.AddColumns("Severity", "Rule", "Where", "Finding");
        foreach (var group in groups)
        {
            var detail = ReportText.ExpectedActual(group.First);
            table.AddRow(
                new Markup(SeverityMarkup(group.Severity)),
                new Text($"{group.Rule.Id}\n{group.Rule.Name}"),
                new Text(group.First.Recording.Length > 0 || group.Count > 1 ? $"{group.Operation}\n{ReportText.Location(group)}" : group.Operation),
                new Text(detail.Length > 0 ? $"{group.First.Message}\n{detail}" : group.First.Message));
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
