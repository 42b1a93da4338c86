using System.Text;
using OpenApiCodegen.SpecDiff.Model;

namespace OpenApiCodegen.SpecDiff.Reports;

/// <summary>
/// Compiler-style lines, worst first:
/// <c>new.yaml(412): error operation-renamed: Client.FetchUserAsync removed (operation fetch_user renamed to get_user ...)</c>.
/// </summary>
internal static class TextReport
{
    public static string Render(DiffResult result)
    {
        var text = new StringBuilder();
        foreach (var change in result.Changes)
        {
            text.Append(ReportWriter.Place(result, change)).Append(": ")
                .Append(ReportWriter.Severity(change.Level)).Append(' ')
                .Append(change.RuleId).Append(": ")
                .Append(change.Message).Append('\n');
        }

        text.Append($"diff {result.OldPath} -> {result.NewPath}: {result.Summary}\n");
        return text.ToString();
    }
}
