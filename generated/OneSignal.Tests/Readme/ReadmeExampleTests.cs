using Microsoft.Extensions.DependencyInjection;
using OneSignal.Tests.Infrastructure;
using static OneSignal.Tests.Infrastructure.JsonAssert;

namespace OneSignal.Tests.Readme;

/// <summary>
/// Every C# block of generated/README.md, compiled and run against a fake OneSignal that answers as the
/// real one does, with the request it must send. The README's text promises what these assert.
/// </summary>
public sealed class ReadmeExampleTests : IDisposable
{
    private const string AppId = FakeOneSignal.AppId;
    private const string RestKey = "Key " + FakeOneSignal.RestApiKey;
    private const string OrganizationKey = "Key " + FakeOneSignal.OrganizationApiKey;

    private static readonly string[] Tested =
    [
        "configure-di", "configure", "send-push", "send-email", "send-sms", "create-user", "template",
        "export-subscriptions", "rotate-api-key", "handle-errors",
    ];

    private readonly FakeOneSignal _fake = new();

    public void Dispose() => _fake.Dispose();

    [Fact]
    public void EveryCSharpBlockOfTheReadmeIsAnExampleWithATest()
    {
        var names = ReadmeExample.All().Select(e => e.Name);

        Assert.Equal(Tested.Order(), names.Order());
    }

    [Fact]
    public async Task ConfigureWithDependencyInjection()
    {
        var services = new ServiceCollection();
        var redirect = new RedirectHandler(_fake.BaseAddress);
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => redirect));

        ExampleCompiler.Invoke(ExampleCompiler.Compile(ReadmeExample.Get("configure-di"), ExampleShape.RegistersServices), services, FakeOneSignal.RestApiKey, FakeOneSignal.OrganizationApiKey);
        using var provider = services.BuildServiceProvider();

        await UsesBothKeysAndOneSignalsAddress(provider.GetRequiredService<IOneSignalClient>(), redirect);
    }

    [Fact]
    public async Task ConfigureWithoutDependencyInjection()
    {
        var redirect = new RedirectHandler(_fake.BaseAddress);
        using var httpClient = new HttpClient(redirect);

        var client = (IOneSignalClient)ExampleCompiler.Invoke(ExampleCompiler.Compile(ReadmeExample.Get("configure"), ExampleShape.BuildsClient), httpClient, FakeOneSignal.RestApiKey, FakeOneSignal.OrganizationApiKey)!;

        await UsesBothKeysAndOneSignalsAddress(client, redirect);
    }

    [Fact]
    public async Task SendAPushToASegment()
    {
        _fake.Answer("POST", "/notifications", 200, """{"id":"b98881cc-1e94-4366-bbd9-db8f3429292b","external_id":null}""");

        await ExampleCompiler.RunWithClient("send-push", _fake.Client(), AppId);

        var request = await _fake.Single();
        Assert.Equal(("POST", "/notifications", RestKey), (request.Method, request.Path, request.Authorization));
        var body = request.Json;
        Assert.Equal(AppId, String(body, "app_id"));
        Assert.Equal(["Active Subscriptions"], Strings(body, "included_segments"));
        Assert.Equal("Good news", String(body, "headings.en"));
        Assert.Equal("Your order has shipped.", String(body, "contents.en"));
        Assert.Equal("Tu pedido ha sido enviado.", String(body, "contents.es"));
        Assert.NotEqual(Guid.Empty, Guid.Parse(String(body, "idempotency_key"))); // filled by the client
        Absent(body, "target_channel");
    }

    [Fact]
    public async Task SendAnEmail()
    {
        _fake.Answer("POST", "/notifications", 200, """{"id":"6a4f03e8-3b7c-4d7e-9a55-0c0e3bb1f7a2","external_id":null}""");

        await ExampleCompiler.RunWithClient("send-email", _fake.Client(), AppId);

        var request = await _fake.Single();
        Assert.Equal(("POST", "/notifications", RestKey), (request.Method, request.Path, request.Authorization));
        var body = request.Json;
        Assert.Equal(AppId, String(body, "app_id"));
        Assert.Equal(["user-1234"], Strings(body, "include_aliases.external_id"));
        Assert.Equal("email", String(body, "target_channel"));
        Assert.Equal("Your receipt", String(body, "email_subject"));
        Assert.StartsWith("<h1>Thank you", String(body, "email_body"));
    }

    [Fact]
    public async Task SendAnSms()
    {
        _fake.Answer("POST", "/notifications", 200, """{"id":"0c5d2f1e-8a9b-4c3d-b2e1-f0a9b8c7d6e5","external_id":null}""");

        await ExampleCompiler.RunWithClient("send-sms", _fake.Client(), AppId);

        var request = await _fake.Single();
        Assert.Equal(("POST", "/notifications", RestKey), (request.Method, request.Path, request.Authorization));
        var body = request.Json;
        Assert.Equal(["+15551234567"], Strings(body, "include_phone_numbers"));
        Assert.Equal("+15557654321", String(body, "sms_from"));
        Assert.Equal("Your verification code is 482913.", String(body, "contents.en"));
    }

    [Fact]
    public async Task CreateAUserWithAliases()
    {
        _fake.Answer("POST", $"/apps/{AppId}/users", 201, """
            {
              "properties": { "language": "en", "timezone_id": "Europe/London", "first_active": 1732700000, "last_active": 1732700000 },
              "identity": { "external_id": "user-1234", "crm_id": "C-8812", "onesignal_id": "1e9a7c3b-2d4f-4e8a-9b0c-5d6e7f8a9b0c" },
              "subscriptions": [
                { "id": "7c1b2a3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "type": "Email", "token": "ada@example.com", "enabled": true, "notification_types": 1 }
              ]
            }
            """);

        await ExampleCompiler.RunWithClient("create-user", _fake.Client(), AppId);

        var request = await _fake.Single();
        Assert.Equal(("POST", $"/apps/{AppId}/users", RestKey), (request.Method, request.Path, request.Authorization));
        var body = request.Json;
        Assert.Equal("user-1234", String(body, "identity.external_id"));
        Assert.Equal("C-8812", String(body, "identity.crm_id"));
        Assert.Equal("en", String(body, "properties.language"));
        Assert.Equal("Europe/London", String(body, "properties.timezone_id"));
        var subscription = Assert.Single(At(body, "subscriptions").EnumerateArray());
        Assert.Equal("Email", String(subscription, "type"));
        Assert.Equal("ada@example.com", String(subscription, "token"));
    }

    [Fact]
    public async Task CreateATemplateAndSendWithIt()
    {
        const string TemplateId = "3f8e2d1c-0b9a-4f7e-8d6c-5b4a39281706";
        _fake.Answer("POST", "/templates", 200, $$$"""
            {
              "id": "{{{TemplateId}}}", "name": "Order shipped", "channel": "push",
              "created_at": "2025-11-27T09:15:00.000Z", "updated_at": "2025-11-27T09:15:00.000Z",
              "content": { "contents": { "en": "Hi {{ first_name | default: 'there' }}, your order has shipped." }, "headings": { "en": "On its way" } }
            }
            """);
        _fake.Answer("POST", "/notifications", 200, """{"id":"d2c1b0a9-8f7e-4d6c-b5a4-938271605f4e","external_id":null}""");

        await ExampleCompiler.RunWithClient("template", _fake.Client(), AppId);

        var requests = await _fake.Received(2);
        Assert.Equal(("POST", "/templates", RestKey), (requests[0].Method, requests[0].Path, requests[0].Authorization));
        var template = requests[0].Json;
        Assert.Equal(AppId, String(template, "app_id"));
        Assert.Equal("Order shipped", String(template, "name"));
        Assert.Equal("On its way", String(template, "headings.en"));
        Assert.Contains("{{ first_name", String(template, "contents.en"));

        Assert.Equal(("POST", "/notifications", RestKey), (requests[1].Method, requests[1].Path, requests[1].Authorization));
        var notification = requests[1].Json;
        Assert.Equal(TemplateId, String(notification, "template_id"));
        Assert.Equal(["user-1234"], Strings(notification, "include_aliases.external_id"));
        Assert.Equal("push", String(notification, "target_channel"));
    }

    [Fact]
    public async Task ExportSubscriptions()
    {
        _fake.Answer("POST", "/players/csv_export", 200, $$"""{"csv_file_url":"https://onesignal.s3.amazonaws.com/csv_exports/{{AppId}}/users_184948440ec0e334728e87228011ff41_2025-11-27.csv.gz"}""");

        await ExampleCompiler.RunWithClient("export-subscriptions", _fake.Client(), AppId);

        var request = await _fake.Single();
        Assert.Equal(("POST", "/players/csv_export", RestKey), (request.Method, request.Path, request.Authorization));
        Assert.Equal(AppId, request.Query("app_id"));
        var body = request.Json;
        Assert.Equal("Active Subscriptions", String(body, "segment_name"));
        Assert.Equal(["country", "external_id"], Strings(body, "extra_fields"));
    }

    [Fact]
    public async Task RotateAnApiKey()
    {
        const string BackendTokenId = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
        _fake.Answer("GET", $"/apps/{AppId}/auth/tokens", 200, $$"""
            {
              "tokens": [
                { "token_id": "0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f", "name": "marketing-site", "ip_allowlist_mode": "disabled", "ip_allowlist": [], "created_at": "2025-06-01T10:00:00Z", "updated_at": "2025-06-01T10:00:00Z" },
                { "token_id": "{{BackendTokenId}}", "name": "backend", "ip_allowlist_mode": "explicit", "ip_allowlist": ["203.0.113.0/24"], "created_at": "2025-06-02T08:30:00Z", "updated_at": "2025-09-14T16:45:00Z" }
              ]
            }
            """);
        _fake.Answer("POST", $"/apps/{AppId}/auth/tokens/{BackendTokenId}/rotate", 200, $$"""{"token_id":"{{BackendTokenId}}","formatted_token":"os_v2_app_t4wb4ol3ptgi5ipqfu5uyxtpobx2v4lqnrgxizlbmvzxgzlsor4xizlo"}""");

        await ExampleCompiler.RunWithClient("rotate-api-key", _fake.Client(), AppId);

        var requests = await _fake.Received(2);
        Assert.Equal(("GET", $"/apps/{AppId}/auth/tokens", OrganizationKey), (requests[0].Method, requests[0].Path, requests[0].Authorization));
        Assert.Equal(("POST", $"/apps/{AppId}/auth/tokens/{BackendTokenId}/rotate", OrganizationKey), (requests[1].Method, requests[1].Path, requests[1].Authorization));
        Assert.False(requests[1].HasBody);
    }

    [Theory]
    [InlineData(400, """{"errors":["Message Notifications must have English language content"]}""", null)]
    [InlineData(429, """{"errors":["API rate limit exceeded"],"limit":"send_notifications"}""", "30")]
    [InlineData(503, "<html><body>Service Unavailable</body></html>", null)]
    public async Task HandleErrors(int status, string body, string? retryAfter)
    {
        (string, string)[] headers = retryAfter is null ? [] : [("Retry-After", retryAfter)];
        _fake.Answer("POST", "/notifications", status, body, headers);

        // The example catches what the client throws: it completes instead of failing.
        await ExampleCompiler.RunWithClient("handle-errors", _fake.Client(), AppId);

        var request = await _fake.Single();
        Assert.Equal(("POST", "/notifications", RestKey), (request.Method, request.Path, request.Authorization));
    }

    /// <summary>A configured client sends to api.onesignal.com with the key each operation needs.</summary>
    private async Task UsesBothKeysAndOneSignalsAddress(IOneSignalClient client, RedirectHandler redirect)
    {
        _fake.Answer("DELETE", "/notifications/5e4d3c2b-1a09-4f8e-7d6c-5b4a3f2e1d0c", 200, """{"success":true}""");
        _fake.Answer("GET", $"/apps/{AppId}", 200, $$"""{"id":"{{AppId}}","name":"Shop","players":1520,"messageable_players":1203,"created_at":"2024-03-01T12:00:00.000Z","updated_at":"2025-11-20T08:00:00.000Z"}""");

        var cancelled = await client.Notifications.CancelNotificationAsync("5e4d3c2b-1a09-4f8e-7d6c-5b4a3f2e1d0c", AppId);
        var app = await client.Apps.GetAppAsync(AppId);

        Assert.True(cancelled.Success);
        Assert.Equal("Shop", app.Name);
        var requests = await _fake.Received(2);
        Assert.Equal(("DELETE", RestKey, AppId), (requests[0].Method, requests[0].Authorization, requests[0].Query("app_id")));
        Assert.Equal(("GET", OrganizationKey), (requests[1].Method, requests[1].Authorization));
        Assert.All(redirect.Addressed, uri => Assert.Equal("https://api.onesignal.com/", uri.GetLeftPart(UriPartial.Authority) + "/"));
        Assert.Equal(2, redirect.Addressed.Count);
    }
}
