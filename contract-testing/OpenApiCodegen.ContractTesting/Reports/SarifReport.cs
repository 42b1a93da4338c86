using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Verification;

namespace OpenApiCodegen.ContractTesting.Reports;

/// <summary>
/// SARIF 2.1.0, for code scanning: one result per distinct problem (a group of findings, with every place it shows as
/// related locations), located at the first recording file (or the spec when an operation has none), with the rule catalogue; accepted drift carries an external suppression with
/// the baseline's reason, so it shows as dismissed rather than disappearing.
/// </summary>
public static class SarifReport
{
    public static string Render(RunResult result)
    {
        var rules = new JsonArray(Rules.All.Select(r => (JsonNode)new JsonObject
        {
            ["id"] = r.Id,
            ["name"] = r.Name,
            ["shortDescription"] = new JsonObject { ["text"] = r.Description },
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(r.DefaultSeverity) },
            ["properties"] = new JsonObject { ["oracle"] = r.Oracle },
        }).ToArray());

        var results = new JsonArray();
        foreach (var group in result.Groups)
        {
            var finding = group.First;
            var times = group.Count > 1 ? $" ({group.Count} times)" : "";
            var item = new JsonObject
            {
                ["ruleId"] = group.Rule.Id,
                ["ruleIndex"] = Rules.All.ToList().IndexOf(group.Rule),
                ["level"] = Level(group.Severity),
                ["message"] = new JsonObject { ["text"] = $"{group.Operation}: {finding.Message}{(ReportText.ExpectedActual(finding) is { Length: > 0 } ea ? $" ({ea})" : "")}{times}" },
                ["locations"] = new JsonArray(new JsonObject
                {
                    ["physicalLocation"] = PhysicalLocation(result, finding),
                    ["logicalLocations"] = new JsonArray(new JsonObject
                    {
                        ["name"] = group.Location,
                        ["fullyQualifiedName"] = $"{group.Operation}{group.Location}",
                        ["kind"] = "member",
                    }),
                }),
                ["partialFingerprints"] = new JsonObject { ["contractFinding/v2"] = Fingerprint(group) },
                ["properties"] = new JsonObject
                {
                    ["operation"] = group.Operation,
                    ["location"] = group.Location,
                    ["count"] = group.Count,
                    ["expected"] = finding.Expected,
                    ["actual"] = finding.Actual,
                },
            };
            if (group.Count > 1)
            {
                // Every place the problem shows, up to a limit, so code scanning can open each.
                item["relatedLocations"] = new JsonArray(group.Findings.Take(20).Select((f, i) => (JsonNode)new JsonObject
                {
                    ["id"] = i,
                    ["physicalLocation"] = PhysicalLocation(result, f),
                    ["message"] = new JsonObject { ["text"] = ReportText.Location(f) },
                }).ToArray());
            }

            if (group.Accepted)
            {
                item["suppressions"] = new JsonArray(new JsonObject { ["kind"] = "external", ["justification"] = finding.AcceptedReason ?? "" });
            }

            results.Add(item);
        }

        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = $"{result.Title} contract tests",
                        ["informationUri"] = "https://github.com/",
                        ["rules"] = rules,
                    },
                },
                ["automationDetails"] = new JsonObject { ["id"] = $"{ReportText.Slug(result.Title)}-contract/{result.Mode}/" },
                ["results"] = results,
            }),
        };
        return sarif.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Relative to the working directory (the repository root in CI), so code scanning can open the file.</summary>
    /// <summary>The file, and for a finding about the file itself (a malformed recording) the line and column in it.</summary>
    private static JsonObject PhysicalLocation(RunResult result, Finding finding)
    {
        var location = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = ArtifactUri(result, finding) } };
        if (finding.Line is { } line)
        {
            location["region"] = new JsonObject { ["startLine"] = line, ["startColumn"] = finding.Column ?? 1 };
        }

        return location;
    }

    private static string ArtifactUri(RunResult result, Finding finding)
    {
        var file = finding.Recording.Length > 0 ? Path.Combine(result.RecordingsDirectory, finding.Recording) : result.SpecPath;
        return Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(file)).Replace('\\', '/');
    }

    /// <summary>Stable across runs while the problem stays: rule, operation and location (indices as <c>*</c>).</summary>
    private static string Fingerprint(FindingGroup group)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{group.Rule.Id}|{group.Operation}|{group.Location}|{(group.Accepted ? "accepted" : "")}")))[..32];
}
