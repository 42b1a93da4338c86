using System.Text.Json;
using System.Xml.Linq;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Reports;
using OneSignal.ContractTests.Tests.Infrastructure;
using OpenApiCodegen.ContractTesting.Verification;
using Spectre.Console;

namespace OneSignal.ContractTests.Tests;

/// <summary>Each report format carries the findings, their rule and place, and the verdict.</summary>
public sealed class ReportTests
{
    private static async Task<RunResult> DriftedRun(Workspace workspace)
    {
        workspace.Add("get_user/200-found.json", m => m["Response"]!["BodyAsJson"]!["surprise"] = 1);
        workspace.Add("get_notification/200-buttons-as-string.json");
        var baseline = new Baseline([new BaselineEntry("CT204", "get_notification", "*", "/buttons", "string buttons")], new Dictionary<string, Severity>());
        return await workspace.VerifyAsync(baseline: baseline);
    }

    [Fact]
    public async Task Sarif_lists_rules_and_results_and_marks_accepted_drift_as_suppressed()
    {
        using var workspace = new Workspace();
        var result = await DriftedRun(workspace);

        using var sarif = JsonDocument.Parse(SarifReport.Render(result));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal(Rules.All.Count, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        Assert.Equal(result.Findings.Count, results.Count);
        var undeclared = results.Single(r => r.GetProperty("ruleId").GetString() == "CT207");
        Assert.Equal("warning", undeclared.GetProperty("level").GetString());
        Assert.EndsWith("get_user/200-found.json", undeclared.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        var buttons = results.Single(r => r.GetProperty("ruleId").GetString() == "CT204");
        Assert.Equal("string buttons", buttons.GetProperty("suppressions")[0].GetProperty("justification").GetString());
    }

    [Fact]
    public async Task JUnit_has_a_suite_per_operation_and_a_case_per_problem()
    {
        using var workspace = new Workspace();
        var result = await DriftedRun(workspace);

        var xml = XDocument.Parse(JUnitReport.Render(result));

        Assert.Equal(54, xml.Root!.Elements("testsuite").Count());
        var user = xml.Descendants("testcase").Single(c => ((string?)c.Attribute("name"))!.StartsWith("CT207 response-undeclared-property get_user/200-found.json", StringComparison.Ordinal));
        Assert.NotNull(user.Element("failure"));
        var buttons = xml.Descendants("testcase").Single(c => ((string?)c.Attribute("name"))!.StartsWith("CT204 response-type-mismatch get_notification/200-buttons-as-string.json", StringComparison.Ordinal));
        Assert.Null(buttons.Element("failure"));
        Assert.Contains("Accepted drift", buttons.Element("system-out")!.Value, StringComparison.Ordinal);
        Assert.Equal(result.Groups.Count(g => !g.Accepted), (int)xml.Root!.Attribute("failures")!);
    }

    [Fact]
    public async Task Repeated_drift_is_one_problem_with_its_count_and_examples_in_every_format()
    {
        // The same undeclared field in both items of a list, in two recordings: four findings, one problem.
        using var workspace = new Workspace();
        static void Plant(System.Text.Json.Nodes.JsonObject m)
        {
            foreach (var item in m["Response"]!["BodyAsJson"]!["notifications"]!.AsArray())
            {
                item!["surprise"] = "new field";
            }
        }

        workspace.Add("get_notifications/200-first-page.json", Plant);
        workspace.Add("get_notifications/200-first-page.json", Plant, "get_notifications/200-again.json");
        var result = await workspace.VerifyAsync();

        var group = Assert.Single(result.Groups, g => g.Rule == Rules.ResponseUndeclaredProperty);
        Assert.Equal(("/notifications/*/surprise", 4), (group.Location, group.Count));

        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 1000; // a log line per problem, unwrapped
        ConsoleReport.Write(console, result, Severity.Warning, verbose: false);
        var text = output.ToString();
        Assert.Single(text.Split('\n'), line => line.Contains("CT207", StringComparison.Ordinal) && line.Contains("4 times in 2 recordings", StringComparison.Ordinal));
        Assert.Contains("CT207 response-undeclared-property: 1 problem (4 findings)", text, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(JsonReport.Render(result));
        var jsonGroup = json.RootElement.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("rule").GetString() == "CT207");
        Assert.Equal(4, jsonGroup.GetProperty("count").GetInt32());
        Assert.Equal(3, jsonGroup.GetProperty("examples").GetArrayLength());

        using var sarif = JsonDocument.Parse(SarifReport.Render(result));
        var sarifResult = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "CT207");
        Assert.Equal(4, sarifResult.GetProperty("relatedLocations").GetArrayLength());
        Assert.Contains("(4 times)", sarifResult.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_and_json_carry_the_unexpected_findings_and_the_coverage()
    {
        using var workspace = new Workspace();
        var result = await DriftedRun(workspace);

        var markdown = MarkdownReport.Render(result);
        using var json = JsonDocument.Parse(JsonReport.Render(result));

        Assert.Contains("### Unexpected findings", markdown, StringComparison.Ordinal);
        Assert.Contains("| warning | CT207 response-undeclared-property | `get_user` |", markdown, StringComparison.Ordinal);
        Assert.Contains("| `get_user` | 1 |", markdown, StringComparison.Ordinal);
        Assert.Contains("By rule: ", markdown, StringComparison.Ordinal);
        Assert.Equal(result.Unexpected.Count, json.RootElement.GetProperty("summary").GetProperty("unexpected").GetInt32());
        Assert.Equal(54, json.RootElement.GetProperty("coverage").GetProperty("byOperation").GetArrayLength());
    }

    [Fact]
    public async Task The_console_report_shows_the_findings_and_the_verdict()
    {
        using var workspace = new Workspace();
        var result = await DriftedRun(workspace);
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });

        ConsoleReport.Write(console, result, Severity.Warning, verbose: false);

        var text = output.ToString();
        Assert.Contains("CT207", text, StringComparison.Ordinal);
        Assert.Contains("FAILED", text, StringComparison.Ordinal);
        Assert.Contains("Accepted drift", text, StringComparison.Ordinal);
    }
}
