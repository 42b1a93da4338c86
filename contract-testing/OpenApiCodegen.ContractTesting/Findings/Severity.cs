namespace OpenApiCodegen.ContractTesting.Findings;

/// <summary>How much a finding matters. The order is used by <c>--fail-on</c>: a threshold includes everything above it.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}

/// <summary>Parsing and naming severities as the command line and the files spell them.</summary>
public static class SeverityText
{
    public static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning" or "warn":
                severity = Severity.Warning;
                return true;
            case "info" or "note":
                severity = Severity.Info;
                return true;
            default:
                severity = default;
                return false;
        }
    }
}
