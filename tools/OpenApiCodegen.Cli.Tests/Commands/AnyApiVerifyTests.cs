using System.Text.Json.Nodes;

namespace OpenApiCodegen.Cli.Tests.Commands;

/// <summary>
/// <c>verify --spec</c> for an API nobody wrote code for: the bookshop sample (contract-testing/samples/bookshop, a small
/// spec with path, query and header parameters, an API key header, allOf, an enum, a nullable date and a JSON error
/// answer) is generated and compiled in memory and its recordings replayed through the catalog. Clean recordings pass;
/// each seeded drift fails with its rule.
/// </summary>
public sealed class AnyApiVerifyTests : CliRun
{
    private static readonly string Sample = Path.Combine(RepositoryRoot.Path, "contract-testing", "samples", "bookshop");
    private static readonly string Spec = Path.Combine(Sample, "bookshop.yaml");

    [Fact]
    public async Task Clean_recordings_of_another_api_pass_without_code_written_for_it()
    {
        var result = await Run("verify", "--spec", Spec, "--recordings", Path.Combine(Sample, "recordings"));

        Assert.True(result.ExitCode == 0, result.Output + result.Errors);
        Assert.Contains("8 recordings replayed (replay), 0 findings", result.Output, StringComparison.Ordinal);
        Assert.Contains("coverage 4/4 operations, 8/8 documented statuses", result.Output, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> Drifts => new()
    {
        { "number-as-string", "get_book/200-found.json", "CT204", "/price" },
        { "missing-required", "get_book/200-found.json", "CT205", "/pages" },
        { "undeclared-status", "get_book/404-missing.json", "CT201", "response:status" },
        { "unknown-enum", "list_books/200-science.json", "CT206", "/books/0/genre" },
        { "other-key", "list_books/200-science.json", "CT104", "header:X-Shop-Key" },
        // A header no generic pattern calls secret, but the spec's API key scheme sends the key in it.
        { "real-key", "list_books/200-science.json", "CT403", "Request.Headers.X-Shop-Key" },
    };

    [Theory]
    [MemberData(nameof(Drifts))]
    public async Task A_seeded_drift_fails_with_its_rule(string drift, string recording, string rule, string pointer)
    {
        var recordings = CopyRecordings();
        var path = Path.Combine(recordings, recording);
        var mapping = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Mutations[drift](mapping);
        File.WriteAllText(path, mapping.ToJsonString());

        var result = await Run("verify", "--spec", Spec, "--recordings", recordings, "--format", "json", "--out", Path.Combine(Folder, "report"));

        Assert.Equal(1, result.ExitCode);
        var findings = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "report", "contract-report.json")))!["findings"]!.AsArray();
        Assert.Contains(findings, f => (string?)f!["rule"] == rule && (string?)f["recording"] == recording && (string?)f["pointer"] == pointer);
    }

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "create_book/201-created.json", "json-pattern", "/Request/Body/Matcher/Pattern" },
        { "get_book/200-found.json", "unknown-matcher", "/Request/Headers/0/Matchers/0/Name" },
        { "list_books/200-science.json", "bad-regex", "/Request/Params/0/Matchers/0/Pattern" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_matcher_WireMock_refuses_is_reported_at_its_place_in_the_file(string recording, string refusal, string pointer)
    {
        var recordings = CopyRecordings();
        var path = Path.Combine(recordings, recording);
        var mapping = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Mutations[refusal](mapping);
        File.WriteAllText(path, mapping.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        var result = await Run("verify", "--spec", Spec, "--recordings", recordings, "--format", "json", "--out", Path.Combine(Folder, "report"));

        var finding = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "report", "contract-report.json")))!["findings"]!.AsArray()
            .Single(f => (string?)f!["rule"] == "CT401");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(pointer, (string?)finding!["pointer"]);
        Assert.Matches(@"\(line \d+, column \d+\): WireMock\.Net cannot load it", (string?)finding["message"]);
    }

    [Fact]
    public async Task A_baseline_written_for_another_api_lands_beside_its_recordings_and_is_found_there()
    {
        var recordings = CopyRecordings();
        var path = Path.Combine(recordings, "get_book", "200-found.json");
        var mapping = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Mutations["number-as-string"](mapping);
        File.WriteAllText(path, mapping.ToJsonString());

        var update = await Run("verify", "--spec", Spec, "--recordings", recordings, "--update-baseline");
        var again = await Run("verify", "--spec", Spec, "--recordings", recordings);

        Assert.Equal(0, update.ExitCode);
        Assert.True(File.Exists(Path.Combine(Folder, "drift-baseline.json")), update.Output);
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains("1 accepted by the baseline", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_of_captured_traffic_is_judged_on_what_it_has_with_coverage_recorded()
    {
        var recordings = CopyRecordings();
        Directory.Delete(Path.Combine(recordings, "delete_book"), recursive: true);

        var demanding = await Run("verify", "--spec", Spec, "--recordings", recordings);
        var recorded = await Run("verify", "--spec", Spec, "--recordings", recordings, "--coverage", "recorded");
        var wrong = await Run("verify", "--spec", Spec, "--recordings", recordings, "--coverage", "some");

        Assert.Equal(1, demanding.ExitCode);
        Assert.Contains("CT404", demanding.Output, StringComparison.Ordinal);
        Assert.True(recorded.ExitCode == 0, recorded.Output);
        Assert.Contains("coverage 3/4 operations", recorded.Output, StringComparison.Ordinal);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--coverage 'some' is not operations, recorded or none", wrong.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneSignals_baseline_does_not_judge_a_folder_it_was_not_written_for()
    {
        // A folder of other OneSignal traffic: the repository's baseline neither accepts its findings nor reports its own
        // entries as unused there.
        var recordings = Path.Combine(Folder, "traffic");
        Directory.CreateDirectory(Path.Combine(recordings, "get_user"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "contract-tests", "recordings", "get_user", "200-found.json"), Path.Combine(recordings, "get_user", "200-found.json"));

        var result = await Run("verify", "--recordings", recordings, "--coverage", "recorded");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain("baseline entry", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spec_without_recordings_is_a_usage_error()
    {
        var result = await Run("verify", "--spec", Spec);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--spec needs --recordings", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spec_that_cannot_be_used_is_one_error_naming_the_file_before_anything_is_generated()
    {
        // A response schema whose $ref points nowhere.
        var spec = Write("dangling.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: get_a\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Missing'}\n");
        var recordings = Directory.CreateDirectory(Path.Combine(Folder, "empty")).FullName;

        var result = await Run("verify", "--spec", spec, "--recordings", recordings);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {spec}: ", result.Errors, StringComparison.Ordinal);
        Assert.Contains("#/components/schemas/Missing", result.Errors, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, Action<JsonObject>> Mutations = new()
    {
        ["number-as-string"] = m => m["Response"]!["BodyAsJson"]!["price"] = "9.99",
        ["missing-required"] = m => m["Response"]!["BodyAsJson"]!.AsObject().Remove("pages"),
        ["undeclared-status"] = m => m["Response"]!["StatusCode"] = 500,
        ["unknown-enum"] = m => m["Response"]!["BodyAsJson"]!["books"]![0]!["genre"] = "poetry",
        ["other-key"] = m => m["Request"]!["Headers"]![0]!["Matchers"]![0]!["Pattern"] = "another-key",
        ["json-pattern"] = m => m["Request"]!["Body"]!["Matcher"]!["Pattern"] = "{\"title\": \"Cosmos\", \"genre\": }",
        ["unknown-matcher"] = m => m["Request"]!["Headers"]![0]!["Matchers"]![0]!["Name"] = "NoSuchMatcher",
        ["bad-regex"] = m =>
        {
            m["Request"]!["Params"]![0]!["Matchers"]![0]!["Name"] = "RegexMatcher";
            m["Request"]!["Params"]![0]!["Matchers"]![0]!["Pattern"] = "(unclosed";
        },
        ["real-key"] = m => m["Request"]!["Headers"]![0]!["Matchers"]![0]!["Pattern"] = "shop_live_7Hq2Lx9Kd4Wm1Zp8",
    };

    private string CopyRecordings()
    {
        var target = Path.Combine(Folder, "recordings");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Sample, "recordings"), "*.json", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Path.Combine(Sample, "recordings"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }
}
