namespace OpenApiCodegen.ContractTesting.Reports;

/// <summary>The report formats; every one but the console is written to a file in the output folder.</summary>
public enum ReportFormat
{
    Console,
    Markdown,
    Junit,
    Sarif,
    Json,
}

public static class ReportFiles
{
    public static string FileName(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "contract-report.md",
        ReportFormat.Junit => "contract-report.junit.xml",
        ReportFormat.Sarif => "contract-report.sarif",
        ReportFormat.Json => "contract-report.json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "the console report is not a file"),
    };

    /// <summary>Writes one report; returns the file written.</summary>
    public static string Write(ReportFormat format, Verification.RunResult result, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName(format));
        var text = format switch
        {
            ReportFormat.Markdown => MarkdownReport.Render(result),
            ReportFormat.Junit => JUnitReport.Render(result),
            ReportFormat.Sarif => SarifReport.Render(result),
            ReportFormat.Json => JsonReport.Render(result),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "the console report is not a file"),
        };
        File.WriteAllText(path, text);
        return path;
    }
}
