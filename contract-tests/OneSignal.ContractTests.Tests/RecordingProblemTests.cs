using System.Text.Json.Nodes;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Spec;
using OneSignal.ContractTests.Tests.Infrastructure;

namespace OneSignal.ContractTests.Tests;

/// <summary>Broken recordings, a wrong layout, missing coverage and a broken spec each get a clear finding or error, and the run goes on.</summary>
public sealed class RecordingProblemTests
{
    [Fact]
    public async Task A_malformed_recording_is_reported_by_name_and_the_others_still_replay()
    {
        using var workspace = new Workspace();
        workspace.Add("get_user/200-found.json");
        workspace.Write("get_user/200-broken.json", "{ \"Request\": { \"Methods\": [\"GET\"] ");
        workspace.Write("get_user/200-no-response.json", "{ \"Request\": { \"Methods\": [\"GET\"], \"Path\": \"/apps/x/users/by/a/b\" } }");

        var result = await workspace.VerifyAsync();

        var broken = Assert.Single(result.Findings, f => f.Recording == "get_user/200-broken.json");
        Assert.Equal(Rules.RecordingMalformed, broken.Rule);
        Assert.Contains("get_user/200-broken.json", broken.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", broken.Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.Recording == "get_user/200-no-response.json" && f.Rule == Rules.RecordingMalformed && f.Message.Contains("\"Response\"", StringComparison.Ordinal));
        Assert.Equal(1, result.Cases);
    }

    [Fact]
    public async Task A_folder_that_is_no_operation_and_a_request_that_does_not_fit_are_reported()
    {
        using var workspace = new Workspace();
        workspace.Add("get_user/200-found.json", asName: "get_users/200-found.json");
        workspace.Add("get_user/200-found.json", m => m["Request"]!["Path"]!["Matchers"]![0]!["Pattern"] = "/apps/x/users", asName: "get_user/200-short-path.json");

        var result = await workspace.VerifyAsync();

        Assert.Contains(result.Findings, f => f.Rule == Rules.RecordingOperationMismatch && f.Recording == "get_users/200-found.json");
        Assert.Contains(result.Findings, f => f.Rule == Rules.RecordingOperationMismatch && f.Recording == "get_user/200-short-path.json" && f.Pointer == "request:path");
    }

    [Fact]
    public async Task Operations_without_recordings_or_without_a_success_are_coverage_findings()
    {
        using var workspace = new Workspace();
        workspace.Add("get_user/404-not-found.json");

        var result = await workspace.VerifyAsync();

        Assert.Contains(result.Findings, f => f.Rule == Rules.CoverageNoSuccess && f.Operation == "get_user");
        Assert.Equal(53, result.Findings.Count(f => f.Rule == Rules.CoverageOperationMissing));
        Assert.DoesNotContain(result.Findings, f => f.Rule == Rules.CoverageOperationMissing && f.Operation == "get_user");
    }

    [Fact]
    public async Task A_status_the_spec_does_not_declare_at_all_is_CT201()
    {
        // The committed spec gives every operation a default answer, so drop get_user's to see the rule.
        var document = JsonNode.Parse(OpenApiTextForTests.Json(Repository.Spec))!.AsObject();
        document["paths"]!["/apps/{app_id}/users/by/{alias_label}/{alias_id}"]!["get"]!["responses"]!.AsObject().Remove("default");
        using var workspace = new Workspace();
        var specPath = workspace.Write("../spec.json", document.ToJsonString());
        workspace.Add("get_user/200-found.json", m => m["Response"]!["StatusCode"] = 418);

        var result = await workspace.VerifyAsync(await SpecDocument.LoadAsync(specPath, TestContext.Current.CancellationToken));

        var finding = Assert.Single(result.Findings, f => f.Rule == Rules.StatusUndeclared);
        Assert.Equal("418", finding.Actual);
    }

    [Fact]
    public async Task The_client_must_send_the_key_of_the_operations_security_scheme()
    {
        // If the spec said get_user takes the organization key, the compiled client (built from the real spec) would be wrong.
        var document = JsonNode.Parse(OpenApiTextForTests.Json(Repository.Spec))!.AsObject();
        document["paths"]!["/apps/{app_id}/users/by/{alias_label}/{alias_id}"]!["get"]!["security"] = JsonNode.Parse("[{\"organization_api_key\": []}]");
        using var workspace = new Workspace();
        var specPath = workspace.Write("../spec.json", document.ToJsonString());
        workspace.Add("get_user/200-found.json");

        var result = await workspace.VerifyAsync(await SpecDocument.LoadAsync(specPath, TestContext.Current.CancellationToken));

        var finding = Assert.Single(result.Findings, f => f.Rule == Rules.RequestAuth && f.Message.Contains("wrong key", StringComparison.Ordinal));
        Assert.Equal("Key <rest_api_key>", finding.Actual);
    }

    [Fact]
    public async Task A_spec_that_cannot_be_read_is_an_error_naming_the_file()
    {
        using var workspace = new Workspace();
        var path = workspace.Write("../broken.yaml", "openapi: 3.0.3\npaths: [this is: not: valid\n");

        var error = await Assert.ThrowsAsync<SpecLoadException>(() => SpecDocument.LoadAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains("broken.yaml", error.Message, StringComparison.Ordinal);
    }
}
