using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Verification;

namespace OpenApiCodegen.ContractTesting.Reports;

/// <summary>
/// Everything the run found, as JSON for other tools: summary, every finding, the findings grouped into distinct problems
/// (with counts and examples), coverage, unused baseline entries.
/// </summary>
public static class JsonReport
{
    public static string Render(RunResult result)
    {
        var root = new JsonObject
        {
            ["mode"] = result.Mode,
            ["spec"] = result.SpecPath,
            ["recordings"] = result.RecordingsDirectory,
            ["cases"] = result.Cases,
            ["durationSeconds"] = Math.Round(result.Duration.TotalSeconds, 3),
            ["summary"] = new JsonObject
            {
                ["findings"] = result.Findings.Count,
                ["problems"] = result.Groups.Count(g => !g.Accepted),
                ["unexpected"] = result.Unexpected.Count,
                ["accepted"] = result.Accepted.Count,
                ["errors"] = result.Unexpected.Count(f => f.Severity == Severity.Error),
                ["warnings"] = result.Unexpected.Count(f => f.Severity == Severity.Warning),
                ["infos"] = result.Unexpected.Count(f => f.Severity == Severity.Info),
            },
            ["findings"] = new JsonArray(ReportText.Ordered(result.Findings).Select(f => (JsonNode)new JsonObject
            {
                ["rule"] = f.Rule.Id,
                ["name"] = f.Rule.Name,
                ["severity"] = SeverityText.Name(f.Severity),
                ["operation"] = f.Operation,
                ["recording"] = f.Recording,
                ["pointer"] = f.Pointer,
                ["message"] = f.Message,
                ["expected"] = f.Expected,
                ["actual"] = f.Actual,
                ["accepted"] = f.Accepted,
                ["reason"] = f.AcceptedReason,
            }).ToArray()),
            ["groups"] = new JsonArray(result.Groups.Select(g => (JsonNode)new JsonObject
            {
                ["rule"] = g.Rule.Id,
                ["name"] = g.Rule.Name,
                ["severity"] = SeverityText.Name(g.Severity),
                ["operation"] = g.Operation,
                ["location"] = g.Location,
                ["count"] = g.Count,
                ["message"] = g.First.Message,
                ["accepted"] = g.Accepted,
                ["reason"] = g.First.AcceptedReason,
                ["examples"] = new JsonArray(g.Examples.Select(f => (JsonNode)new JsonObject
                {
                    ["recording"] = f.Recording,
                    ["pointer"] = f.Pointer,
                    ["expected"] = f.Expected,
                    ["actual"] = f.Actual,
                }).ToArray()),
            }).ToArray()),
            ["coverage"] = new JsonObject
            {
                ["operations"] = result.Coverage.Operations.Count,
                ["operationsWithRecordings"] = result.Coverage.OperationsWithRecordings,
                ["documentedStatuses"] = result.Coverage.DocumentedCount,
                ["exercisedStatuses"] = result.Coverage.ExercisedCount,
                ["byOperation"] = new JsonArray(result.Coverage.Operations.Select(o => (JsonNode)new JsonObject
                {
                    ["operation"] = o.OperationId,
                    ["recordings"] = o.Recordings,
                    ["documented"] = new JsonArray(o.Documented.Select(s => (JsonNode)s).ToArray()),
                    ["exercised"] = new JsonArray(o.Exercised.Select(s => (JsonNode)s).ToArray()),
                    ["missing"] = new JsonArray(o.Missing.Select(s => (JsonNode)s).ToArray()),
                }).ToArray()),
            },
            ["unusedBaselineEntries"] = new JsonArray(result.UnusedBaselineEntries.Select(e => (JsonNode)new JsonObject
            {
                ["rule"] = e.Rule,
                ["operation"] = e.Operation,
                ["recording"] = e.Recording,
                ["pointer"] = e.Pointer,
            }).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
