using System.Text;
using OpenApiCodegen.SpecDiff.Model;

namespace OpenApiCodegen.SpecDiff.Reports;

/// <summary>A summary and one table per level, for a pull request or a release note.</summary>
internal static class MarkdownReport
{
    public static string Render(DiffResult result)
    {
        var text = new StringBuilder();
        text.Append($"# OpenAPI diff: `{result.OldPath}` → `{result.NewPath}`\n\n");
        text.Append($"{Capitalize(result.Summary)}.\n");

        foreach (var level in new[] { ChangeLevel.Breaking, ChangeLevel.PotentiallyBreaking, ChangeLevel.Warning, ChangeLevel.NonBreaking })
        {
            var changes = result.Changes.Where(c => c.Level == level).ToList();
            if (changes.Count == 0)
            {
                continue;
            }

            text.Append($"\n## {ReportWriter.Title(level)} ({changes.Count})\n\n");
            text.Append("| Rule | C# | Change | Old | New |\n|---|---|---|---|---|\n");
            foreach (var change in changes)
            {
                var symbols = change.Symbols.Count == 0 ? string.Empty : string.Join(", ", change.Symbols.Select(s => $"`{s}`")) + " ";
                text.Append($"| `{change.RuleId}` | {Cell(symbols + change.Effect)} | {Cell(change.Detail)} | {Location(change.Old)} | {Location(change.New)} |\n");
            }
        }

        return text.ToString();
    }

    private static string Location(ChangeLocation? location) => location is null
        ? string.Empty
        : $"`{Cell(location.Pointer)}`" + (location.Line is { } line ? $" (line {line})" : string.Empty);

    // A pipe or a line break would end the table cell.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
