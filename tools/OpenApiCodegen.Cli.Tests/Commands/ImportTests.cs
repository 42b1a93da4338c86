using System.Text.Json.Nodes;

namespace OpenApiCodegen.Cli.Tests.Commands;

/// <summary>
/// <c>import har</c> and <c>import vcr</c> on captures written for the purpose: OneSignal calls made with a real-looking
/// key and app id, answers carrying an email address and a phone number (canaries that must not survive into any
/// written file), a version prefix on a path, traffic to another host, a binary body, and broken input. What is
/// imported then replays cleanly with <c>verify</c>.
/// </summary>
public sealed class ImportTests : CliRun
{
    private const string RealKey = "os_v2_app_canarykey7h3k2m9q4w8e6r1t5y0u";
    private const string RealAppId = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
    private const string Email = "canary.person@gmail.com";
    private const string Phone = "+14155552671";
    private static readonly string[] Canaries = [RealKey, RealAppId, Email, Phone, "abc123secret", "secretcookie"];

    [Fact]
    public async Task A_har_of_onesignal_calls_becomes_recordings_without_a_secret_that_verify_replays()
    {
        var har = Write("traffic.har", Har(
            Entry("get_user/200-found.json", "https://api.onesignal.com", plant: PlantContacts),
            Entry("get_notifications/200-first-page.json", "https://api.onesignal.com"),
            Entry("create_notification/200-sent.json", "https://api.onesignal.com/api/v1"),
            new JsonObject
            {
                ["request"] = new JsonObject { ["method"] = "GET", ["url"] = "https://cdn.example.net/logo.png", ["headers"] = new JsonArray() },
                ["response"] = new JsonObject { ["status"] = 200, ["headers"] = new JsonArray(), ["content"] = new JsonObject { ["mimeType"] = "image/png", ["encoding"] = "base64", ["text"] = Convert.ToBase64String([137, 80, 78, 71, 0, 255]) } },
            }).ToJsonString());
        var output = Path.Combine(Folder, "imported");

        var import = await Run("import", "har", har, "--out", output);
        var verify = await Run("verify", "--recordings", output, "--coverage", "recorded");

        Assert.True(import.ExitCode == 0, import.Output + import.Errors);
        Assert.Contains("wrote 3 recording(s)", import.Output, StringComparison.Ordinal);
        Assert.Contains("unmatched:", import.Output, StringComparison.Ordinal);
        Assert.Contains("GET /logo.png matches no operation", import.Output, StringComparison.Ordinal);
        AssertNoCanary(output);
        var user = File.ReadAllText(Path.Combine(output, "get_user", "200-imported.json"));
        Assert.Contains("Key REDACTED_REST_API_KEY", user, StringComparison.Ordinal);
        Assert.Contains("/apps/11111111-2222-4333-8444-555555555555/users/by/external_id/user-1234", user, StringComparison.Ordinal);
        Assert.Contains("\"Pattern\": \"/notifications\"", File.ReadAllText(Path.Combine(output, "create_notification", "200-imported.json")), StringComparison.Ordinal);
        Assert.True(verify.ExitCode == 0, verify.Output);
        Assert.Contains("3 recordings replayed", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Real_looking_traffic_with_repeated_drift_reports_each_problem_once_with_its_count()
    {
        // Three pages of notifications, each item carrying a field the spec lacks and an icon URL with an @2x-style name;
        // a notification created by another client, without the idempotency key ours adds.
        static void Drift(JsonObject body)
        {
            foreach (var item in body["notifications"]!.AsArray())
            {
                item!["delivery_stats"] = new JsonObject { ["opened"] = 3 };
                item["chrome_web_icon"] = "https://cdn.example.org/icons/icon-16x16@2.png";
            }
        }

        var created = Entry("create_notification/200-sent.json", "https://api.onesignal.com");
        var sent = JsonNode.Parse((string)created["request"]!["postData"]!["text"]!)!.AsObject();
        sent.Remove("idempotency_key");
        created["request"]!["postData"]!["text"] = sent.ToJsonString();
        var har = Write("traffic.har", Har(
            Entry("get_notifications/200-first-page.json", "https://api.onesignal.com", Drift),
            Entry("get_notifications/200-first-page.json", "https://api.onesignal.com", Drift),
            Entry("get_notifications/200-first-page.json", "https://api.onesignal.com", Drift),
            created).ToJsonString());
        var output = Path.Combine(Folder, "imported");

        await Run("import", "har", har, "--out", output);
        var verify = await Run("verify", "--recordings", output, "--coverage", "recorded", "--format", "json", "--out", Path.Combine(Folder, "report"));

        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "report", "contract-report.json")))!;
        var groups = report["groups"]!.AsArray().Select(g => ((string)g!["rule"]!, (string)g["location"]!, (int)g["count"]!)).ToList();
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains(("CT207", "/notifications/*/delivery_stats", 6), groups);
        Assert.Single(groups, g => g.Item1 == "CT207");
        Assert.DoesNotContain(groups, g => g.Item1 is "CT107" or "CT403" or "CT406");
    }

    [Fact]
    public async Task Importing_again_keeps_what_is_there()
    {
        var har = Write("traffic.har", Har(Entry("get_user/200-found.json", "https://api.onesignal.com")).ToJsonString());
        var output = Path.Combine(Folder, "imported");

        await Run("import", "har", har, "--out", output);
        var first = File.ReadAllText(Path.Combine(output, "get_user", "200-imported.json"));
        var again = await Run("import", "har", har, "--out", output);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(first, File.ReadAllText(Path.Combine(output, "get_user", "200-imported.json")));
        Assert.True(File.Exists(Path.Combine(output, "get_user", "200-imported-2.json")));
    }

    [Fact]
    public async Task Cassettes_of_vcrpy_and_ruby_vcr_are_imported_with_their_bodies_and_without_secrets()
    {
        var user = Exchange("get_user/200-found.json", "https://api.onesignal.com", PlantContacts);
        var vcrpy = Write("vcrpy.yaml", $"""
            interactions:
            - request:
                body: null
                headers:
                  Authorization: [{user.Authorization}]
                method: GET
                uri: {user.Url}
              response:
                body: {"{"}string: '{user.ResponseBody.Replace("'", "''", StringComparison.Ordinal)}'{"}"}
                headers:
                  Content-Type: [application/json; charset=utf-8]
                status: {"{"}code: 200, message: OK{"}"}
            version: 1
            """);
        var ruby = Write("ruby.yml", $"""
            ---
            http_interactions:
            - request:
                method: get
                uri: {user.Url}
                body:
                  encoding: UTF-8
                  string: ''
                headers:
                  Authorization:
                  - {user.Authorization}
              response:
                status:
                  code: 200
                  message: OK
                headers:
                  Content-Type:
                  - application/json
                body:
                  encoding: ASCII-8BIT
                  base64_string: {Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(user.ResponseBody))}
              recorded_at: Thu, 01 Jan 2026 00:00:00 GMT
            recorded_with: VCR 6.2.0
            """);
        var output = Path.Combine(Folder, "imported");

        var import = await Run("import", "vcr", vcrpy, ruby, "--out", output);
        var verify = await Run("verify", "--recordings", output, "--coverage", "recorded");

        Assert.True(import.ExitCode == 0, import.Output + import.Errors);
        Assert.Contains("wrote 2 recording(s)", import.Output, StringComparison.Ordinal);
        AssertNoCanary(output);
        Assert.True(verify.ExitCode == 0, verify.Output);
    }

    public static TheoryData<string, string, string, string> BrokenCaptures => new()
    {
        { "har", "not.har", "{\"log\": {\"pages\": []}}", "not a HAR file: it has no log.entries array" },
        { "har", "cut.har", "{\"log\": {\"entries\": [ {\"request\": ", "(line 1, column 35): not valid JSON, so not a HAR file" },
        { "har", "entry.har", "{\"log\": {\"entries\": [ {\"response\": {\"status\": 200}} ]}}", "entry 0: skipped: it has no request" },
        { "vcr", "cut.yaml", "interactions:\n- request:\n    method: GET\n    uri: 'https://api.onesignal.com/apps\n", "(line 4, column 10): not valid YAML, so not a cassette: While scanning a quoted scalar" },
        { "vcr", "not.yaml", "just: a map\n", "not a cassette: it has no 'interactions' (vcrpy) or 'http_interactions' (VCR) list" },
    };

    [Theory]
    [MemberData(nameof(BrokenCaptures))]
    public async Task A_broken_capture_is_one_clear_line_and_the_other_files_are_still_imported(string format, string name, string text, string message)
    {
        var broken = Write(name, text);
        var good = format == "har"
            ? Write("good.har", Har(Entry("get_user/200-found.json", "https://api.onesignal.com")).ToJsonString())
            : Write("good.yaml", $"interactions:\n- request:\n    method: GET\n    uri: https://api.onesignal.com/apps/{RealAppId}/users/by/external_id/user-1234\n    headers: {{Authorization: ['Key {RealKey}']}}\n  response:\n    status: {{code: 200}}\n    body: {{string: '{{}}'}}\n");
        var output = Path.Combine(Folder, "imported");

        var result = await Run("import", format, broken, good, "--out", output);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(broken, line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.Contains("wrote 1 recording(s)", result.Output, StringComparison.Ordinal);
    }

    private static void AssertNoCanary(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (var canary in Canaries)
            {
                Assert.False(text.Contains(canary, StringComparison.Ordinal), $"{canary} survived in {file}");
            }
        }
    }

    /// <summary>An email address and a phone number in the user's subscriptions, as a real answer would carry them.</summary>
    private static void PlantContacts(JsonObject body)
    {
        var subscriptions = body["subscriptions"]!.AsArray();
        subscriptions[0]!["token"] = Email;
        subscriptions.Add(new JsonObject { ["id"] = "5d4c3b2a-1908-4776-8655-443322110099", ["type"] = "SMS", ["token"] = Phone, ["enabled"] = true });
    }

    private sealed record Captured(string Method, string Url, string Authorization, string? RequestBody, int Status, string ResponseBody);

    /// <summary>A committed recording as the real call it stands for: the account's key and app id instead of the placeholders.</summary>
    private static Captured Exchange(string recording, string server, Action<JsonObject>? plant = null)
    {
        var mapping = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "contract-tests", "recordings", recording)))!.AsObject();
        string Real(string text) => text.Replace("11111111-2222-4333-8444-555555555555", RealAppId, StringComparison.Ordinal).Replace("REDACTED_REST_API_KEY", RealKey, StringComparison.Ordinal);
        var request = mapping["Request"]!;
        var path = (string)request["Path"]!["Matchers"]![0]!["Pattern"]!;
        var query = string.Join("&", (request["Params"] as JsonArray ?? []).Select(p => $"{p!["Name"]}={Uri.EscapeDataString((string)p["Matchers"]![0]!["Pattern"]!)}"));
        var body = mapping["Response"]!["BodyAsJson"]!.AsObject();
        plant?.Invoke(body);
        return new Captured(
            (string)request["Methods"]![0]!,
            Real(server + path + (query.Length > 0 ? "?" + query : "")),
            Real("Key REDACTED_REST_API_KEY"),
            request["Body"]?["Matcher"]?["Pattern"] is { } pattern ? Real(pattern.ToJsonString()) : null,
            (int)mapping["Response"]!["StatusCode"]!,
            body.ToJsonString());
    }

    private static JsonObject Entry(string recording, string server, Action<JsonObject>? plant = null)
    {
        var call = Exchange(recording, server, plant);
        var request = new JsonObject
        {
            ["method"] = call.Method,
            ["url"] = call.Url,
            ["headers"] = new JsonArray(
                new JsonObject { ["name"] = "Authorization", ["value"] = call.Authorization },
                new JsonObject { ["name"] = "User-Agent", ["value"] = "Mozilla/5.0" },
                new JsonObject { ["name"] = "Cookie", ["value"] = "session=abc123secret" }),
        };
        if (call.RequestBody is { } body)
        {
            request["headers"]!.AsArray().Add(new JsonObject { ["name"] = "Content-Type", ["value"] = "application/json" });
            request["postData"] = new JsonObject { ["mimeType"] = "application/json", ["text"] = body };
        }

        return new JsonObject
        {
            ["request"] = request,
            ["response"] = new JsonObject
            {
                ["status"] = call.Status,
                ["headers"] = new JsonArray(
                    new JsonObject { ["name"] = "Content-Type", ["value"] = "application/json; charset=utf-8" },
                    new JsonObject { ["name"] = "Date", ["value"] = "Fri, 04 Dec 2026 10:11:12 GMT" },
                    new JsonObject { ["name"] = "Set-Cookie", ["value"] = "__cf_bm=secretcookie; path=/" }),
                ["content"] = new JsonObject { ["mimeType"] = "application/json", ["text"] = call.ResponseBody },
            },
        };
    }

    private static JsonObject Har(params JsonObject[] entries)
        => new() { ["log"] = new JsonObject { ["version"] = "1.2", ["creator"] = new JsonObject { ["name"] = "test" }, ["entries"] = new JsonArray(entries) } };
}
