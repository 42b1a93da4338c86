using OpenApiCodegen.ContractTesting.Findings;
using OneSignal.ContractTests.Tests.Infrastructure;
using OpenApiCodegen.ContractTesting.Verification;

namespace OneSignal.ContractTests.Tests;

/// <summary>The committed recordings against the committed spec and baseline: the run CI and the README's first command do.</summary>
public sealed class CommittedRecordingsTests
{
    private static readonly Lazy<Task<RunResult>> Run = new(async () => await ContractRun.VerifyAsync(
        new VerifyOptions(OneSignalProfile.Instance, Repository.Recordings, Repository.Spec, Repository.Baseline),
        await SharedSpec.GetAsync(),
        Baseline.Load(Repository.Baseline)));

    [Fact]
    public async Task Replay_has_no_unexpected_finding_and_no_stale_baseline_entry()
    {
        var result = await Run.Value;

        Assert.True(result.Unexpected.Count == 0, "unexpected findings:\n" + string.Join("\n", result.Unexpected.Select(f => $"{f.Rule.Id} {f.Recording} {f.Pointer}: {f.Message}")));
        Assert.Empty(result.UnusedBaselineEntries);
    }

    [Fact]
    public async Task Every_operation_has_a_success_recording()
    {
        var result = await Run.Value;

        Assert.Equal(54, result.Coverage.Operations.Count);
        Assert.All(result.Coverage.Operations, o => Assert.True(o.HasSuccess, $"{o.OperationId} has no 2xx recording"));
    }

    [Theory]
    [InlineData("create_notification", "400", "401", "403", "429", "500", "502")]
    [InlineData("get_notification", "400", "401", "403", "404", "429", "500")]
    [InlineData("get_notifications", "400", "401", "403", "429", "503")]
    [InlineData("create_user", "400", "401", "403", "409", "429", "500")]
    [InlineData("get_user", "400", "401", "403", "404", "429", "503")]
    [InlineData("start_live_activity", "400", "401", "403", "429", "500")]
    [InlineData("create_subscription", "404", "409")]
    [InlineData("create_segment", "400", "409")]
    [InlineData("get_segments", "401", "429")]
    [InlineData("create_template", "400", "422")]
    [InlineData("view_journeys", "403")]
    public async Task Main_operations_have_error_recordings(string operation, params string[] statuses)
    {
        var result = await Run.Value;

        var exercised = result.Coverage.Operations.Single(o => o.OperationId == operation).Exercised;
        Assert.All(statuses, s => Assert.Contains(s, exercised));
    }

    [Fact]
    public async Task Every_429_recording_carries_Retry_After()
    {
        var result = await Run.Value;

        Assert.DoesNotContain(result.Findings, f => f.Rule == Rules.ResponseHeader);
        Assert.Contains(result.Coverage.Operations, o => o.Exercised.Contains("429"));
    }

    [Fact]
    public async Task The_operation_catalog_names_exactly_the_operations_of_the_spec()
    {
        var spec = await SharedSpec.GetAsync();

        Assert.Equal(spec.Operations.Keys.Order(StringComparer.Ordinal), OneSignalClientOperations.Instance.Operations.Select(o => o.OperationId).Order(StringComparer.Ordinal));
    }
}
