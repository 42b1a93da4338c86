using System.Text.Json.Nodes;
using OpenApiCodegen.ContractTesting.Findings;
using OneSignal.ContractTests.Tests.Infrastructure;

namespace OneSignal.ContractTests.Tests;

/// <summary>
/// For each rule, a committed recording changed in a temporary folder the way real drift would change it,
/// and proof that the rule fires on that recording (and that the unchanged recording does not trip it).
/// </summary>
public sealed class SeededDriftTests
{
    private const string User = "get_user/200-found.json";

    public static TheoryData<string, string, string> Cases => new()
    {
        { "CT101", User, "method" },
        { "CT102", User, "path-literal" },
        { "CT103", "get_notifications/200-first-page.json", "extra-query" },
        { "CT104", User, "other-key" },
        { "CT105", "create_user/201-created.json", "content-type" },
        { "CT106", "create_user/201-created.json", "tags-not-object" },
        { "CT107", "create_user/201-created.json", "duplicate-key" },
        { "CT108", "create_user/201-created.json", "readonly-id" },
        { "CT109", "create_user/201-created.json", "undeclared-body-property" },
        { "CT202", User, "status-502" },
        { "CT203", User, "text-plain" },
        { "CT204", User, "subscriptions-string" },
        { "CT205", "get_outcomes/200-clicks-and-sessions.json", "outcome-without-value" },
        { "CT206", User, "unknown-subscription-type" },
        { "CT207", User, "undeclared" },
        { "CT208", "view_template/200-push.json", "bad-date" },
        { "CT209", "get_segment/200-with-detail.json", "filter-and-operator" },
        { "CT210", "get_user/429-rate-limited.json", "no-retry-after" },
        { "CT211", User, "null-language" },
        { "CT212", User, "not-json" },
        { "CT301", User, "array-body" },
        { "CT302", User, "duplicate-response-key" },
        { "CT303", "view_template/200-push.json", "unchanged" },
        { "CT201", "get_segments/201-first-page.json", "status-200" },
        { "CT305", "get_outcomes/200-clicks-and-sessions.json", "no-outcome-names" },
        { "CT403", User, "real-email" },
        { "CT406", User, "extra-header" },
    };

    [Fact]
    public async Task A_200_where_the_spec_declares_only_201_is_read_as_the_success_type_and_reported_as_an_undeclared_status()
    {
        using var workspace = new Workspace();
        workspace.Add("get_segments/201-first-page.json", Mutations["status-200"]);

        var result = await workspace.VerifyAsync();

        Assert.Contains(result.Findings, f => f.Rule == Rules.StatusUndeclared && f.Actual == "200");
        // The client returned the typed value (no CT304), and wrote back what it read without loss (no CT301/CT302).
        Assert.DoesNotContain(result.Findings, f => f.Rule == Rules.ClientOutcome || f.Rule == Rules.ClientDeserialize || f.Rule == Rules.ClientRoundTrip);
    }

    [Fact]
    public async Task An_idempotency_key_the_client_fills_itself_is_not_a_request_mismatch()
    {
        // Traffic from another client (or an older one) has no idempotency_key; ours adds one by design (x-idempotency-key).
        using var workspace = new Workspace();
        workspace.Add("create_notification/200-sent.json", m => m["Request"]!["Body"]!["Matcher"]!["Pattern"]!.AsObject().Remove("idempotency_key"));

        var result = await workspace.VerifyAsync();

        Assert.DoesNotContain(result.Findings, f => f.Rule == Rules.RequestBodyMismatch || f.Rule == Rules.ReplayUnmatched);
    }

    [Theory]
    [InlineData("other-key", "CT104")]
    [InlineData("extra-query", "CT103")]
    public async Task A_request_mismatch_does_not_hide_the_drift_of_the_answer(string requestDrift, string requestRule)
    {
        var recording = requestDrift == "extra-query" ? "get_notifications/200-first-page.json" : User;
        using var workspace = new Workspace();
        workspace.Add(recording, m =>
        {
            Mutations[requestDrift](m);
            Body(m)[requestDrift == "extra-query" ? "total_count" : "subscriptions"] = "a string where the spec says something else";
        });

        var result = await workspace.VerifyAsync();

        Assert.Contains(result.Findings, f => f.Rule.Id == requestRule);
        Assert.Contains(result.Findings, f => f.Rule == Rules.ResponseTypeMismatch);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rule_fires_where_the_mutation_put_the_drift(string rule, string recording, string mutation)
    {
        using var before = new Workspace();
        before.Add(recording);
        using var after = new Workspace();
        after.Add(recording, Mutations[mutation]);

        var original = Where(await before.VerifyAsync(), rule, recording);
        var mutated = Where(await after.VerifyAsync(), rule, recording);

        Assert.True(mutated.Count > 0, $"{rule} did not fire on {recording} after '{mutation}'");
        if (mutation != "unchanged")
        {
            // Not drift the committed recording already shows: the change made the rule fire somewhere new.
            Assert.NotEmpty(mutated.Except(original));
        }
    }

    /// <summary>
    /// CT401: a recording broken in its text (a JSON syntax error) or in its shape (a part WireMock.Net needs is
    /// wrong). The finding points into the file (JSON pointer) and gives the 1-based line and column of
    /// <c>marker</c>, the first place the mutated text shows it (<c>&lt;last&gt;</c>: its last character, where the
    /// reader found the file cut short), never System.Text.Json's zero-based position.
    /// </summary>
    public static TheoryData<string, string, string, string> MalformedCases => new()
    {
        { User, "missing-comma", "/Response/BodyAsJson/subscriptions/0", "\"token\": \"redacted-token-1\"" },
        { User, "bad-number", "/Response/StatusCode", "OO," },
        { User, "unquoted-method", "/Request/Methods/0", "GET ]" },
        { User, "truncated", "/Response/BodyAsJson/subscriptions/1", "<last>" },
        { User, "status-text", "/Response/StatusCode", "\"StatusCode\"" },
        { User, "two-methods", "/Request/Methods", "\"Methods\"" },
        { "get_notifications/200-first-page.json", "param-without-name", "/Request/Params/1", "{\n        \"Matchers\"" },
    };

    [Theory]
    [MemberData(nameof(MalformedCases))]
    public async Task A_malformed_recording_is_located_by_pointer_line_and_column(string recording, string mutation, string pointer, string marker)
    {
        var text = TextMutations[mutation](await File.ReadAllTextAsync(System.IO.Path.Combine(Repository.Recordings, recording), TestContext.Current.CancellationToken));
        using var before = new Workspace();
        before.Add(recording);
        using var after = new Workspace();
        after.Write(recording, text);

        Assert.Empty(Where(await before.VerifyAsync(), "CT401", recording));
        var finding = Assert.Single((await after.VerifyAsync()).Findings, f => f.Recording == recording && f.Rule.Id == "CT401");

        var at = marker == "<last>" ? text.Length - 1 : text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{marker}' is not in the mutated text");
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - (text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1) + 1;
        Assert.Equal(pointer, finding.Pointer);
        Assert.Equal((line, column), (finding.Line, finding.Column));
        Assert.Contains($"{recording} (line {line}, column {column}): ", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", finding.Message, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, Func<string, string>> TextMutations = new()
    {
        ["missing-comma"] = t => Once(t, "\"type\": \"iOSPush\",", "\"type\": \"iOSPush\""),
        ["bad-number"] = t => Once(t, "\"StatusCode\": 200,", "\"StatusCode\": 2OO,"),
        ["unquoted-method"] = t => Once(t, "\"GET\"\n    ]", "GET ]"),
        ["truncated"] = t => t[..t.IndexOf("\"device_model\": null", StringComparison.Ordinal)].TrimEnd(),
        ["status-text"] = t => Once(t, "\"StatusCode\": 200,", "\"StatusCode\": \"two hundred\","),
        ["two-methods"] = t => Once(t, "\"GET\"\n    ]", "\"GET\",\n      \"HEAD\"\n    ]"),
        ["param-without-name"] = t => Once(t, "\n        \"Name\": \"limit\",", ""),
    };

    private static string Once(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur exactly once");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }

    private static List<string> Where(OpenApiCodegen.ContractTesting.Verification.RunResult result, string rule, string recording)
        => result.Findings.Where(f => f.Recording == recording && f.Rule.Id == rule).Select(f => $"{f.Pointer} {f.Message}").ToList();

    private static readonly Dictionary<string, Action<JsonObject>> Mutations = new()
    {
        ["unchanged"] = _ => { },
        ["method"] = m => m["Request"]!["Methods"] = new JsonArray("POST"),
        ["path-literal"] = m => SetPath(m, Path(m).Replace("/users/by/", "/user/by/", StringComparison.Ordinal)),
        ["extra-query"] = m => ((JsonArray)m["Request"]!["Params"]!).Add(Param("include_deleted", "true")),
        ["other-key"] = m => Header(m, "Authorization")!["Matchers"]![0]!["Pattern"] = "Key REDACTED_ORGANIZATION_API_KEY",
        ["content-type"] = m => Header(m, "Content-Type")!["Matchers"]![0]!["Pattern"] = "application/x-www-form-urlencoded",
        ["tags-not-object"] = m => RequestBody(m)["properties"]!["tags"] = "plan=free",
        // Duplicate names are legal JSON; the client keeps one, so the request it sends differs from the recorded one.
        ["duplicate-key"] = m => m["Request"]!["Body"]!["Matcher"]!["Pattern"] = "{\"identity\":{\"external_id\":\"user-5678\"},\"identity\":{\"external_id\":\"user-5679\"}}",
        ["readonly-id"] = m => ((JsonObject)RequestBody(m)["subscriptions"]![0]!)["id"] = "3a4b5c6d-7e8f-4901-a2b3-c4d5e6f70819",
        ["status-502"] = m => { m["Response"]!["StatusCode"] = 502; m["Response"]!["BodyAsJson"] = new JsonObject { ["errors"] = new JsonArray("Bad Gateway") }; },
        ["text-plain"] = m => m["Response"]!["Headers"]!["Content-Type"] = "text/plain",
        ["subscriptions-string"] = m => Body(m)["subscriptions"] = "[]",
        ["outcome-without-value"] = m => ((JsonObject)Body(m)["outcomes"]![0]!).Remove("value"),
        ["unknown-subscription-type"] = m => Body(m)["subscriptions"]![0]!["type"] = "VisionOSPush",
        ["undeclared"] = m => Body(m)["external_user_id_hash"] = "3f2a9c1b",
        ["bad-date"] = m => Body(m)["created_at"] = "yesterday",
        // Both a Filter (it has a field) and an Operator (it has an operator): oneOf needs exactly one branch.
        ["filter-and-operator"] = m => Body(m)["payload"]!["filters"]![1] = new JsonObject { ["field"] = "tag", ["operator"] = "AND" },
        ["no-retry-after"] = m => ((JsonObject)m["Response"]!["Headers"]!).Remove("Retry-After"),
        ["null-language"] = m => Body(m)["properties"]!["language"] = null,
        ["not-json"] = m => { ((JsonObject)m["Response"]!).Remove("BodyAsJson"); m["Response"]!["Body"] = "{\"identity\": {"; },
        ["array-body"] = m => m["Response"]!["BodyAsJson"] = new JsonArray(),
        ["duplicate-response-key"] = m =>
        {
            ((JsonObject)m["Response"]!).Remove("BodyAsJson");
            m["Response"]!["Body"] = "{\"identity\":{\"external_id\":\"user-1234\"},\"identity\":{\"external_id\":\"user-1235\"}}";
        },
        ["status-200"] = m => m["Response"]!["StatusCode"] = 200,
        ["undeclared-body-property"] = m => m["Request"]!["Body"]!["Matcher"]!["Pattern"]!["properties"]!["nickname"] = "rex",
        ["no-outcome-names"] = m => m["Request"]!["Params"] = new JsonArray(Param("outcome_time_range", "1d")),
        ["real-email"] = m => Body(m)["subscriptions"]![1]!["token"] = "jane.doe@gmail.com",
        ["extra-header"] = m => ((JsonArray)m["Request"]!["Headers"]!).Add(new JsonObject
        {
            ["Name"] = "X-Debug-Trace",
            ["Matchers"] = new JsonArray(new JsonObject { ["Name"] = "WildcardMatcher", ["Pattern"] = "on" }),
        }),
    };

    private static JsonObject Body(JsonObject mapping) => mapping["Response"]!["BodyAsJson"]!.AsObject();

    private static JsonObject RequestBody(JsonObject mapping) => mapping["Request"]!["Body"]!["Matcher"]!["Pattern"]!.AsObject();

    private static string Path(JsonObject mapping) => mapping["Request"]!["Path"]!["Matchers"]![0]!["Pattern"]!.ToString();

    private static void SetPath(JsonObject mapping, string path) => mapping["Request"]!["Path"]!["Matchers"]![0]!["Pattern"] = path;

    private static JsonNode? Header(JsonObject mapping, string name)
        => ((JsonArray)mapping["Request"]!["Headers"]!).FirstOrDefault(h => h!["Name"]!.ToString() == name);

    private static JsonObject Param(string name, string value)
        => new() { ["Name"] = name, ["Matchers"] = new JsonArray(new JsonObject { ["Name"] = "ExactMatcher", ["Pattern"] = value }) };
}
