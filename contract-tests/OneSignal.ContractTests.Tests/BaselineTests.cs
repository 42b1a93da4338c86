using OpenApiCodegen.ContractTesting.Findings;
using OneSignal.ContractTests.Tests.Infrastructure;

namespace OneSignal.ContractTests.Tests;

public sealed class BaselineTests
{
    private static Finding Sample(string pointer = "/buttons") => Finding.Of(Rules.ResponseTypeMismatch, "get_notification", "get_notification/200-x.json", pointer, "m");

    [Fact]
    public void Entries_match_exactly_or_by_pattern_and_unmatched_entries_are_reported()
    {
        var baseline = new Baseline(
        [
            new BaselineEntry("CT204", "get_notification", "get_notification/200-x.json", "/buttons", "string buttons"),
            new BaselineEntry("CT211", "*", "*", "*/subscriptions/*", "nulls"),
        ], new Dictionary<string, Severity>());

        var judged = baseline.Apply([Sample(), Sample("/web_buttons")]);

        Assert.True(judged[0].Accepted);
        Assert.Equal("string buttons", judged[0].AcceptedReason);
        Assert.False(judged[1].Accepted);
        Assert.Equal("CT211", Assert.Single(baseline.Unused(judged)).Rule);
    }

    [Fact]
    public void A_broken_baseline_names_the_file_and_the_problem()
    {
        using var workspace = new Workspace();
        var path = workspace.Write("../baseline.json", "{ \"accepted\": [ { \"rule\": \"CT999\" } ] }");

        var error = Assert.Throws<BaselineException>(() => Baseline.Load(path));

        Assert.Contains("baseline.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("CT999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Severities_come_from_the_baseline_file_and_the_command_line_wins()
    {
        using var workspace = new Workspace();
        workspace.Add("get_user/200-found.json", m => m["Response"]!["BodyAsJson"]!["surprise"] = 1);
        var path = workspace.Write("../baseline.json", "{ \"severities\": { \"CT207\": \"error\", \"response-unexpected-null\": \"info\" }, \"accepted\": [] }");

        var fromFile = await Run(workspace, path, new Dictionary<string, Severity>());
        var fromCommandLine = await Run(workspace, path, new Dictionary<string, Severity> { ["CT207"] = Severity.Info });

        Assert.Equal(Severity.Error, fromFile.Findings.First(f => f.Rule == Rules.ResponseUndeclaredProperty).Severity);
        Assert.All(fromFile.Findings.Where(f => f.Rule == Rules.ResponseUnexpectedNull), f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Equal(Severity.Info, fromCommandLine.Findings.First(f => f.Rule == Rules.ResponseUndeclaredProperty).Severity);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    [InlineData(null, 0)]
    public async Task The_exit_code_follows_fail_on_and_ignores_accepted_findings(string? failOn, int exitCode)
    {
        var spec = await SharedSpec.GetAsync();
        var warning = Finding.Of(Rules.ResponseUndeclaredProperty, "get_user", "get_user/x.json", "/a", "m");
        var acceptedError = Finding.Of(Rules.ResponseTypeMismatch, "get_user", "get_user/x.json", "/b", "m") with { Accepted = true };
        var result = new OpenApiCodegen.ContractTesting.Verification.RunResult("replay", spec.Title, spec.FilePath, "", 1, [warning, acceptedError], OpenApiCodegen.ContractTesting.Coverage.CoverageMatrix.Build(spec, []), [], TimeSpan.Zero);

        Assert.Equal(exitCode, result.ExitCode(failOn is null ? null : Enum.Parse<Severity>(failOn, ignoreCase: true)));
    }

    [Fact]
    public async Task Update_writes_a_baseline_that_accepts_every_current_finding_and_keeps_reasons()
    {
        using var workspace = new Workspace();
        workspace.Add("get_notification/200-buttons-as-string.json");
        var path = workspace.Write("../baseline.json", "{ \"accepted\": [ { \"rule\": \"CT204\", \"pointer\": \"/buttons\", \"reason\": \"kept reason\" } ] }");
        var first = await Run(workspace, path, new Dictionary<string, Severity>());

        Baseline.Load(path).Write(path, first.Findings);
        var second = await Run(workspace, path, new Dictionary<string, Severity>());

        Assert.NotEmpty(first.Unexpected);
        Assert.Empty(second.Unexpected);
        Assert.Contains("kept reason", File.ReadAllText(path), StringComparison.Ordinal);
    }

    private static async Task<OpenApiCodegen.ContractTesting.Verification.RunResult> Run(Workspace workspace, string baselinePath, IReadOnlyDictionary<string, Severity> severities)
        => await OpenApiCodegen.ContractTesting.Verification.ContractRun.VerifyAsync(
            new OpenApiCodegen.ContractTesting.Verification.VerifyOptions(OneSignalProfile.Instance, workspace.Recordings, Repository.Spec, baselinePath) { Severities = severities },
            await SharedSpec.GetAsync(),
            Baseline.Load(baselinePath),
            TestContext.Current.CancellationToken);
}
