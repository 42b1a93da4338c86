using System.CommandLine;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Reports;

namespace OpenApiCodegen.Cli.Contract;

/// <summary>Options verify and record share, and how their values are read.</summary>
internal static class ContractOptions
{
    public static Option<string?> Recordings() => new("--recordings")
    {
        Description = $"Folder of recordings laid out as <operationId>/*.json (default: {ContractPaths.Recordings}).",
    };

    public static Option<string?> Spec() => new("--spec")
    {
        Description = $"Any API's OpenAPI document: its client is generated and compiled in memory, and --recordings is required (default: OneSignal's {ContractPaths.Spec}, with the client built into this tool).",
    };

    public static Option<string?> BaseUrl() => new("--base-url") { Description = "The API's address (default: https://api.onesignal.com for OneSignal, else the spec's first server); point it at a stand-in to test." };

    public static Option<bool> AllowWrites() => new("--allow-writes")
    {
        Description = "Also call operations that change data (POST, PUT, PATCH, DELETE) on the real API; by default only GET operations run.",
    };

    /// <summary>Parses <c>console,sarif</c> (or the option repeated) into formats.</summary>
    public static IReadOnlyList<ReportFormat> Formats(IEnumerable<string>? values, out string? error)
    {
        error = null;
        var formats = new List<ReportFormat>();
        foreach (var value in (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Enum.TryParse<ReportFormat>(value, ignoreCase: true, out var format) && Enum.IsDefined(format))
            {
                formats.Add(format);
            }
            else
            {
                error = $"unknown report format '{value}' (console, markdown, junit, sarif, json)";
                return [];
            }
        }

        return formats.Count == 0 ? [ReportFormat.Console] : formats.Distinct().ToList();
    }

    /// <summary>Parses <c>CT207=error</c> pairs.</summary>
    public static IReadOnlyDictionary<string, Severity> Severities(IEnumerable<string>? values, out string? error)
    {
        error = null;
        var map = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values ?? [])
        {
            var parts = value.Split('=', 2);
            if (parts.Length != 2 || Rules.Find(parts[0]) is not { } rule || !SeverityText.TryParse(parts[1], out var severity))
            {
                error = $"--severity '{value}' is not RULE=error|warning|info with a known rule id or name";
                return map;
            }

            map[rule.Id] = severity;
        }

        return map;
    }

    /// <summary>operations (the default), recorded or none.</summary>
    public static bool TryCoverage(string? value, out ContractTesting.Coverage.CoverageMode mode)
    {
        mode = ContractTesting.Coverage.CoverageMode.Operations;
        return value is null || (Enum.TryParse(value, ignoreCase: true, out mode) && Enum.IsDefined(mode));
    }

    /// <summary>error, warning or info; never (or none) makes the exit code ignore findings.</summary>
    public static bool TryFailOn(string? value, out Severity? failOn)
    {
        failOn = null;
        if (value is null)
        {
            failOn = Severity.Info;
            return true;
        }

        if (value is "never" or "none")
        {
            return true;
        }

        if (SeverityText.TryParse(value, out var severity))
        {
            failOn = severity;
            return true;
        }

        return false;
    }
}
