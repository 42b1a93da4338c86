using System.Text.Json.Nodes;
using OpenApiCodegen.ContractTesting.Findings;
using OpenApiCodegen.ContractTesting.Live;
using OpenApiCodegen.ContractTesting.Recorder;
using OneSignal.ContractTests.Tests.Infrastructure;

namespace OneSignal.ContractTests.Tests;

/// <summary>
/// <c>record</c> end to end: the generated client's requests go through WireMock.Net's proxy-and-record to a
/// local server playing the API, and the mappings land in the recordings layout, redacted and replayable.
/// </summary>
public sealed class RecordTests
{
    private const string PlantedEmail = "jane.doe@gmail.com";
    private const string PlantedPhone = "+14155552671";
    private const string PlantedDeviceToken = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private const string PlantedApiKey = "os_v2_app_plantedsecret0123456789abcdefghij";
    private const string PlantedCookie = "session=planted-cookie-secret";

    private static readonly string[] Secrets =
    [
        Upstream.RealAppId, Upstream.RealRestKey, Upstream.RealOrganizationKey, PlantedEmail, PlantedPhone, PlantedDeviceToken, PlantedApiKey, "planted-cookie-secret",
    ];

    [Fact]
    public async Task Recorded_mappings_are_written_in_the_layout_with_every_secret_redacted()
    {
        using var upstream = PlayTheApi();
        using var workspace = new Workspace();
        AddSources(workspace);
        var output = Path.Combine(workspace.Root, "recorded");

        var result = await RecordSession.RunAsync(new RecordOptions(workspace.Recordings, output, Repository.Spec, new LiveOptions(upstream.Environment, AllowWrites: true)),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["create_api_key/200-live.json", "get_apps/200-live.json", "get_user/200-live.json", "view_api_keys/200-live.json"], result.Written.Order(StringComparer.Ordinal));
        foreach (var file in Directory.EnumerateFiles(workspace.Root, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.All(Secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        }

        Assert.False(Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "__admin")), "WireMock.Net wrote mapping files of its own");
        var user = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "get_user", "200-live.json")))!;
        Assert.Equal("Key REDACTED_REST_API_KEY", user["Request"]!["Headers"]!.AsArray().Single(h => h!["Name"]!.ToString() == "Authorization")!["Matchers"]![0]!["Pattern"]!.ToString());
        Assert.Equal("Thu, 01 Jan 2026 00:00:00 GMT", user["Response"]!["Headers"]!["Date"]!.ToString());
        Assert.Null(user["Response"]!["Headers"]!["Set-Cookie"]);
        Assert.StartsWith("redacted-", user["Response"]!["BodyAsJson"]!["subscriptions"]![0]!["token"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_record_writes_replays_cleanly()
    {
        using var upstream = PlayTheApi();
        using var workspace = new Workspace();
        AddSources(workspace);
        using var recorded = new Workspace();

        await RecordSession.RunAsync(new RecordOptions(workspace.Recordings, recorded.Recordings, Repository.Spec, new LiveOptions(upstream.Environment, AllowWrites: true)),
            cancellationToken: TestContext.Current.CancellationToken);
        var result = await recorded.VerifyAsync();

        var replayed = result.Findings.Where(f => f.Recording.Length > 0).ToList();
        Assert.Equal(4, result.Cases);
        Assert.DoesNotContain(replayed, f => f.Rule.Oracle == "request" || f.Rule == Rules.RecordingSecret || f.Rule == Rules.ReplayUnmatched || f.Rule == Rules.ClientCall);
    }

    [Fact]
    public async Task Without_allow_writes_only_reading_operations_are_called()
    {
        using var upstream = PlayTheApi();
        using var workspace = new Workspace();
        AddSources(workspace);

        var result = await RecordSession.RunAsync(new RecordOptions(workspace.Recordings, Path.Combine(workspace.Root, "out"), Repository.Spec, new LiveOptions(upstream.Environment, AllowWrites: false)),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.DoesNotContain(result.Written, w => w.StartsWith("create_api_key/", StringComparison.Ordinal));
        Assert.Contains(result.Skipped, s => s.StartsWith("create_api_key/", StringComparison.Ordinal) && s.Contains("--allow-writes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_live_run_checks_the_answers_of_the_api_with_the_real_ids_and_keys()
    {
        using var upstream = PlayTheApi();
        using var workspace = new Workspace();
        AddSources(workspace);

        var result = await LiveRun.VerifyAsync(new OpenApiCodegen.ContractTesting.Verification.VerifyOptions(OneSignalProfile.Instance, workspace.Recordings, Repository.Spec, null), new LiveOptions(upstream.Environment, AllowWrites: false),
            TestContext.Current.CancellationToken);

        Assert.Equal("live", result.Mode);
        Assert.Equal(3, result.Cases);
        Assert.DoesNotContain(result.Findings, f => f.Rule.Oracle == "request" || f.Rule == Rules.ClientCall || f.Rule == Rules.StatusUndeclared);
        Assert.Contains(result.Findings, f => f.Rule == Rules.ResponseUndeclaredProperty && f.Operation == "get_user" && f.Pointer == "/identity_verified_at");
    }

    [Fact]
    public void A_live_run_without_keys_says_which_variable_is_missing()
    {
        var error = Assert.Throws<LiveConfigurationException>(() => LiveEnvironment.FromEnvironment(OneSignalProfile.Instance, null, _ => null));

        Assert.Matches("^ONESIGNAL_(REST|ORGANIZATION)_API_KEY is not set", error.Message);
        // Every variable a live run reads is named, so nobody has to look them up (the README section is verify --live's, not record's).
        foreach (var variable in new[] { "ONESIGNAL_REST_API_KEY", "ONESIGNAL_ORGANIZATION_API_KEY", "ONESIGNAL_APP_ID", "ONESIGNAL_ORGANIZATION_ID" })
        {
            Assert.Contains(variable, error.Message, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("README", error.Message, StringComparison.Ordinal);
    }

    private static Upstream PlayTheApi()
    {
        var upstream = new Upstream();
        upstream.Serve("get_user/200-found.json", m =>
        {
            var subscriptions = m["Response"]!["BodyAsJson"]!["subscriptions"]!;
            subscriptions[0]!["token"] = PlantedDeviceToken;
            subscriptions[1]!["token"] = PlantedEmail;
            m["Response"]!["BodyAsJson"]!["properties"]!["tags"]!["phone"] = $"call me at {PlantedPhone}";
            m["Response"]!["BodyAsJson"]!["identity_verified_at"] = 1767225600; // drift the live checks must report
            m["Response"]!["Headers"]!["Set-Cookie"] = PlantedCookie;
            m["Response"]!["Headers"]!["Date"] = "Mon, 09 Mar 2026 12:34:56 GMT";
        });
        upstream.Serve("view_api_keys/200-two-keys.json");
        upstream.Serve("get_apps/200-two-apps.json", m => m["Response"]!["BodyAsJson"]![0]!["basic_auth_key"] = PlantedApiKey);
        upstream.Serve("create_api_key/200-created.json", m => m["Response"]!["BodyAsJson"]!["formatted_token"] = PlantedApiKey);
        return upstream;
    }

    private static void AddSources(Workspace workspace)
    {
        workspace.Add("get_user/200-found.json");
        workspace.Add("view_api_keys/200-two-keys.json");
        workspace.Add("get_apps/200-two-apps.json");
        workspace.Add("create_api_key/200-created.json");
    }
}
