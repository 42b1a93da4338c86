using Microsoft.Extensions.DependencyInjection;
using OneSignal.Tests.Infrastructure;
using static OneSignal.Tests.Infrastructure.JsonAssert;

namespace OneSignal.Tests.Behaviour;

/// <summary>
/// The client <c>AddOneSignal</c> registers, resolved from a ServiceProvider, and its resilience pipeline:
/// 429 (after its Retry-After) and 5xx are retried, no other 4xx is, and a POST only when its body carries
/// an idempotency key, which stays the same on every attempt.
/// </summary>
public sealed class ResilienceTests : IDisposable
{
    private const string NotificationId = "b98881cc-1e94-4366-bbd9-db8f3429292b";
    private static readonly string NotificationPath = "/notifications/" + NotificationId;
    private static readonly string Notification = $$"""{"id":"{{NotificationId}}","app_id":"{{FakeOneSignal.AppId}}","contents":{"en":"Hi"},"successful":12,"failed":0,"errored":0,"converted":3,"remaining":0,"queued_at":1732700000,"completed_at":1732700009,"canceled":false}""";
    private const string RateLimited = """{"errors":["API rate limit exceeded"],"limit":"get_notification"}""";
    private const string Unavailable = """{"errors":["Service Unavailable"]}""";

    private readonly FakeOneSignal _fake = new();
    private readonly AttemptLog _attempts = new();
    private ServiceProvider? _provider;

    public void Dispose()
    {
        _provider?.Dispose();
        _fake.Dispose();
    }

    [Fact]
    public async Task AddOneSignalResolvesAWorkingClientFromAServiceProvider()
    {
        _fake.Answer("GET", NotificationPath, 200, Notification);
        var client = Resolve();

        var notification = await client.Analytics.GetNotificationAsync(NotificationId, FakeOneSignal.AppId, Cancel);

        Assert.IsType<OneSignalClient>(client);
        Assert.Equal(12, notification.Successful);
        var request = await _fake.Single();
        Assert.Equal(("GET", "Key " + FakeOneSignal.RestApiKey, FakeOneSignal.AppId), (request.Method, request.Authorization, request.Query("app_id")));
        var options = _provider!.GetRequiredService<OneSignalClientOptions>();
        Assert.Equal(FakeOneSignal.RestApiKey, options.RestApiKey);
    }

    [Fact]
    public void TheRegisteredOptionsStayWhatTheCallerConfigured()
    {
        Resolve(options =>
        {
            options.MaxRetries = 5;
            options.Timeout = TimeSpan.FromSeconds(7);
        });

        var options = _provider!.GetRequiredService<OneSignalClientOptions>();
        Assert.Equal((5, TimeSpan.FromSeconds(7)), (options.MaxRetries, options.Timeout));
    }

    [Fact]
    public void TheClientsCopyOfTheOptionsCarriesEveryOptionButItsOwnRetriesAndTimeout()
    {
        // Every settable option gets a value that is not its default, so a copy that forgets one shows up here.
        var original = new OneSignalClientOptions();
        var settable = typeof(OneSignalClientOptions).GetProperties().Where(p => p.CanWrite).ToList();
        foreach (var property in settable)
        {
            property.SetValue(original, NonDefault(property.PropertyType, property.Name));
        }

        var copy = OneSignalServiceCollectionExtensions.WithoutOwnRetriesOrTimeout(original);

        foreach (var property in settable)
        {
            var expected = property.Name switch
            {
                nameof(OneSignalClientOptions.MaxRetries) => 0,
                nameof(OneSignalClientOptions.Timeout) => null,
                _ => property.GetValue(original),
            };
            Assert.True(Equals(expected, property.GetValue(copy)), $"{property.Name} is not carried over to the client's copy");
        }
    }

    private static object NonDefault(Type type, string name)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return "value-of-" + name;
        }

        if (underlying == typeof(Uri))
        {
            return new Uri("https://" + name.ToLowerInvariant() + ".example.com/");
        }

        if (underlying == typeof(int))
        {
            return 42;
        }

        if (underlying == typeof(TimeSpan))
        {
            return TimeSpan.FromSeconds(name.Length);
        }

        throw new InvalidOperationException($"Give {name} ({type}) a non-default value in this test.");
    }

    [Fact]
    public async Task A429IsRetriedAfterTheRetryAfterItCarries()
    {
        _fake.AnswerInOrder("GET", NotificationPath,
            FakeOneSignal.Json(429, RateLimited, ("Retry-After", "1")),
            FakeOneSignal.Json(200, Notification));
        var client = Resolve(); // backoff of 10 ms: only Retry-After can make the wait last a second

        await client.Analytics.GetNotificationAsync(NotificationId, FakeOneSignal.AppId, Cancel);

        var requests = await _fake.Received(2);
        var waited = requests[1].At - requests[0].At;
        Assert.True(waited >= TimeSpan.FromMilliseconds(950), $"retried after {waited.TotalMilliseconds} ms, before the Retry-After of 1 s");
    }

    [Fact]
    public async Task A503IsRetried()
    {
        _fake.AnswerInOrder("GET", NotificationPath,
            FakeOneSignal.Json(503, Unavailable),
            FakeOneSignal.Json(503, Unavailable),
            FakeOneSignal.Json(200, Notification));
        var client = Resolve();

        var notification = await client.Analytics.GetNotificationAsync(NotificationId, FakeOneSignal.AppId, Cancel);

        Assert.Equal(NotificationId, notification.Id);
        await _fake.Received(3);
    }

    [Fact]
    public async Task RetriesStopAfterMaxRetriesAndTheLastAnswerIsThrown()
    {
        _fake.Answer("GET", NotificationPath, 503, Unavailable);
        var client = Resolve(options => options.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<OneSignalApiException<GenericError>>(() => client.Analytics.GetNotificationAsync(NotificationId, FakeOneSignal.AppId, Cancel));

        Assert.Equal(503, error.StatusCode);
        await _fake.Received(3); // one try and two retries: the client's own retries are off under the pipeline
    }

    [Fact]
    public async Task ARetryAfterLongerThanMaxRetryAfterEndsTheCallWithThe429()
    {
        _fake.Answer("GET", NotificationPath, 429, RateLimited, ("Retry-After", "120"));
        var client = Resolve(options => options.MaxRetryAfter = TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<OneSignalApiException<RateLimitError>>(() => client.Analytics.GetNotificationAsync(NotificationId, FakeOneSignal.AppId, Cancel));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal("get_notification", error.Error.Limit);
        await _fake.Received(1);
    }

    [Fact]
    public async Task AnAttemptThatRunsOutOfTimeIsRetriedAndTheLastOneEndsInATimeoutException()
    {
        _fake.Answer("GET", NotificationPath, FakeOneSignal.Json(200, Notification).WithDelay(TimeSpan.FromSeconds(2)));
        var client = Resolve(options => { options.Timeout = TimeSpan.FromMilliseconds(200); options.MaxRetries = 1; });

        // The same exception type as the plain client's, not the resilience library's own.
        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.Analytics.GetNotificationAsync(NotificationId, FakeOneSignal.AppId, Cancel));

        Assert.Contains("OneSignalClientOptions.Timeout", error.Message);
        Assert.Contains(NotificationPath, error.Message);
        await _fake.Received(2);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    public async Task NoOther4xxIsRetried(int status)
    {
        _fake.Answer("GET", NotificationPath, status, """{"errors":["No can do"]}""");
        var client = Resolve();

        var error = await Assert.ThrowsAnyAsync<OneSignalApiException>(() => client.Analytics.GetNotificationAsync(NotificationId, FakeOneSignal.AppId, Cancel));

        Assert.Equal(status, error.StatusCode);
        await _fake.Received(1);
    }

    [Theory]
    [InlineData("create_notification", "/notifications", 200, """{"id":"3c9c5a44-d5c8-4b5e-9b4c-1f2e3d4c5b6a","external_id":null}""")]
    [InlineData("start_live_activity", "/apps/appId-1/activities/activity/activityType-1", 201, """{"notification_id":"3c9c5a44-d5c8-4b5e-9b4c-1f2e3d4c5b6a"}""")]
    public async Task APostWithAnIdempotencyKeyIsRetriedWithTheSameKeyEveryTime(string operationId, string path, int status, string answer)
    {
        _fake.AnswerInOrder("POST", path,
            FakeOneSignal.Json(503, Unavailable),
            FakeOneSignal.Json(429, RateLimited, ("Retry-After", "0")),
            FakeOneSignal.Json(status, answer));
        var client = Resolve();

        await ClientOperation.Get(operationId).Call(client);

        var requests = await _fake.Received(3);
        var keys = requests.Select(r => String(r.Json, "idempotency_key")).ToList();
        Assert.NotEqual(Guid.Empty, Guid.Parse(keys[0]));
        Assert.All(keys, key => Assert.Equal(keys[0], key));
        Assert.All(requests, r => Assert.Equal(requests[0].Json.GetRawText(), r.Json.GetRawText())); // the same request, byte for byte
    }

    [Fact]
    public async Task AnIdempotencyKeyTheCallerSetIsTheOneSent()
    {
        var key = Guid.Parse("0e7f3a52-9c1d-4b8e-a6f4-2d5c8b7a9e10");
        _fake.AnswerInOrder("POST", "/notifications",
            FakeOneSignal.Json(503, Unavailable),
            FakeOneSignal.Json(200, """{"id":"3c9c5a44-d5c8-4b5e-9b4c-1f2e3d4c5b6a","external_id":null}"""));
        var client = Resolve();

        await client.Notifications.CreateNotificationAsync(
            new Notification { AppId = FakeOneSignal.AppId, IncludedSegments = ["Active Subscriptions"], Contents = new LanguageStringMap { En = "Hi" }, IdempotencyKey = key },
            Cancel);

        Assert.All(await _fake.Received(2), r => Assert.Equal(key.ToString(), String(r.Json, "idempotency_key")));
    }

    [Theory]
    [InlineData("create_user")]
    [InlineData("create_template")]
    [InlineData("export_subscriptions")]
    [InlineData("create_segment")]
    [InlineData("update_user")] // PATCH: no more repeatable than a POST
    public async Task ARequestWithoutAnIdempotencyKeyIsNeverRetried(string operationId)
    {
        _fake.AnswerAnything(503, Unavailable);
        var client = Resolve();

        var error = await Assert.ThrowsAnyAsync<OneSignalApiException>(() => ClientOperation.Get(operationId).Call(client));

        Assert.Equal(503, error.StatusCode);
        var request = await _fake.Single();
        Assert.NotEqual("GET", request.Method);
    }

    [Fact]
    public async Task EveryOperationIsRetriedExactlyWhenRepeatingItIsHarmless()
    {
        // The spec marks the two idempotency keys (spec/README.md, "x-idempotency-key"); a third would need a look here.
        Assert.Equal(2, File.ReadAllLines(RepositoryRoot.File("spec", "onesignal.yaml")).Count(l => l.Trim() == "x-idempotency-key: true"));
        string[] keyed = ["create_notification", "start_live_activity"];
        _fake.AnswerAnything(503, Unavailable);
        var client = Resolve(options => options.MaxRetries = 1);

        var wrong = new List<string>();
        foreach (var operation in ClientOperation.All)
        {
            _attempts.Clear();
            await Assert.ThrowsAnyAsync<OneSignalApiException>(() => operation.Call(client));

            var attempts = _attempts.Attempts;
            var method = attempts[0].Split(' ')[0];
            var harmless = method is "GET" or "PUT" or "DELETE" || keyed.Contains(operation.OperationId);
            if (attempts.Count != (harmless ? 2 : 1))
            {
                wrong.Add($"{operation}: {method} sent {attempts.Count} times");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task ThePlainClientAlsoRetriesCreateNotificationWithOneKey()
    {
        _fake.AnswerInOrder("POST", "/notifications",
            FakeOneSignal.Json(503, Unavailable),
            FakeOneSignal.Json(200, """{"id":"3c9c5a44-d5c8-4b5e-9b4c-1f2e3d4c5b6a","external_id":null}"""));
        var client = _fake.Client(options => { options.MaxRetries = 2; options.RetryBaseDelay = TimeSpan.FromMilliseconds(10); });

        await client.Notifications.CreateNotificationAsync(new Notification { AppId = FakeOneSignal.AppId, IncludedSegments = ["Active Subscriptions"] }, Cancel);

        var requests = await _fake.Received(2);
        Assert.Equal(String(requests[0].Json, "idempotency_key"), String(requests[1].Json, "idempotency_key"));
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IOneSignalClient Resolve(Action<OneSignalClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddOneSignal(options =>
        {
            options.BaseAddress = _fake.BaseAddress;
            options.RestApiKey = FakeOneSignal.RestApiKey;
            options.OrganizationApiKey = FakeOneSignal.OrganizationApiKey;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            options.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
            configure?.Invoke(options);
        }).AddHttpMessageHandler(_attempts.Handler); // after the pipeline, so inside it: sees every attempt
        _provider = services.BuildServiceProvider();
        return _provider.GetRequiredService<IOneSignalClient>();
    }
}
