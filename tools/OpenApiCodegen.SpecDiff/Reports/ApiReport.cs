using System.Text;
using OpenApiCodegen.SpecDiff.Model;

namespace OpenApiCodegen.SpecDiff.Reports;

/// <summary>
/// The generated public API's delta: <c>-</c> for a line of the old API the new one lacks, <c>+</c> for a new line, sorted
/// so that a member's old and new forms sit together, as a diff of PublicAPI.Shipped.txt would show them.
/// </summary>
internal static class ApiReport
{
    public static string Render(DiffResult result)
    {
        var text = new StringBuilder();
        if (result.OldApi is not { } oldApi || result.NewApi is not { } newApi)
        {
            text.Append($"// no public API delta: {string.Join("; ", result.Notes.DefaultIfEmpty("the comparison did not compile the clients"))}\n");
            return text.ToString();
        }

        var removed = oldApi.Except(newApi, StringComparer.Ordinal).Select(line => (Line: line, Sign: '-'));
        var added = newApi.Except(oldApi, StringComparer.Ordinal).Select(line => (Line: line, Sign: '+'));
        var lines = removed.Concat(added).OrderBy(entry => entry.Line, StringComparer.Ordinal).ThenBy(entry => entry.Sign).ToList();
        foreach (var (line, sign) in lines)
        {
            text.Append(sign).Append(line).Append('\n');
        }

        text.Append($"// {lines.Count(l => l.Sign == '-')} removed, {lines.Count(l => l.Sign == '+')} added ({result.OldPath} -> {result.NewPath})\n");
        return text.ToString();
    }
}
