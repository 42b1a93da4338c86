using OpenApiCodegen.SpecDiff.Model;

namespace OpenApiCodegen.SpecDiff.Reports;

/// <summary>Renders a diff in the requested format.</summary>
public static class ReportWriter
{
    /// <param name="result">The diff.</param>
    /// <param name="format">The report's shape.</param>
    /// <param name="failOn">The level at which changes fail; JUnit marks those as failures.</param>
    public static string Render(DiffResult result, ReportFormat format, FailOn failOn) => format switch
    {
        ReportFormat.Markdown => MarkdownReport.Render(result),
        ReportFormat.Json => JsonReport.Render(result),
        ReportFormat.JUnit => JUnitReport.Render(result, failOn),
        ReportFormat.Api => ApiReport.Render(result),
        _ => TextReport.Render(result),
    };

    /// <summary>How a level reads in a compiler-style line.</summary>
    internal static string Severity(ChangeLevel level) => level switch
    {
        ChangeLevel.Breaking => "error",
        ChangeLevel.PotentiallyBreaking or ChangeLevel.Warning => "warning",
        _ => "info",
    };

    internal static string Title(ChangeLevel level) => level switch
    {
        ChangeLevel.Breaking => "Breaking",
        ChangeLevel.PotentiallyBreaking => "Potentially breaking",
        ChangeLevel.Warning => "New nullable warnings",
        _ => "Non-breaking",
    };

    /// <summary>The file and line a change is best shown at: the new spec, or the old one for what is gone.</summary>
    internal static string Place(DiffResult result, SpecChange change)
    {
        var (path, location) = change.New is not null ? (result.NewPath, change.New) : (result.OldPath, change.Old);
        return location?.Line is { } line ? $"{path}({line})" : path;
    }
}
