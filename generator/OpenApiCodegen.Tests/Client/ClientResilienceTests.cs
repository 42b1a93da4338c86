using WireMock.ResponseBuilders;

namespace OpenApiCodegen.Tests.Client;

/// <summary>Retries under injected faults: what is retried, how long it waits, and that a retried create never acts twice.</summary>
public sealed class ClientResilienceTests
{
    private const string PetJson = """{"id":"p1","name":"Rex"}""";

    [Fact]
    public async Task TooManyRequestsWithRetryAfterSecondsIsRetriedAfterThatWait()
    {
        using var api = new MockApi();
        api.Sequence("GET", "/pets/p1", MockApi.JsonResponse(429, """{"errors":["slow down"]}""").WithHeader("Retry-After", "1"), MockApi.JsonResponse(200, PetJson));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal("Rex", await ShopClientFixture.Call("GetPetWithRetries", api.Url, 3));
        Assert.Equal(2, api.Requests.Count);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"waited only {watch.Elapsed}");
        Assert.True(api.Requests[1].DateTime - api.Requests[0].DateTime >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task RetryAfterAsAnHttpDateIsHonoured()
    {
        _ = ShopClientFixture.Run; // compiled first: compiling the probe can take longer than the Retry-After below
        using var api = new MockApi();
        var date = DateTimeOffset.UtcNow.AddSeconds(2).ToString("R");
        api.Sequence("GET", "/pets/p1", MockApi.JsonResponse(503, "{}").WithHeader("Retry-After", date), MockApi.JsonResponse(200, PetJson));

        Assert.Equal("Rex", await ShopClientFixture.Call("GetPetWithRetries", api.Url, 3));
        Assert.Equal(2, api.Requests.Count);
        Assert.True(api.Requests[1].DateTime - api.Requests[0].DateTime >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task ServiceUnavailableIsRetriedWithBackoffUntilTheBound()
    {
        using var api = new MockApi();
        api.Json("GET", "/pets/p1", 503, "{}");

        Assert.StartsWith("error 503", await ShopClientFixture.Call("GetPetWithRetries", api.Url, 2));
        Assert.Equal(3, api.Requests.Count); // the first attempt and two retries
    }

    [Fact]
    public async Task OtherClientErrorsAreNeverRetried()
    {
        using var api = new MockApi();
        api.Json("GET", "/pets/p1", 400, """{"errors":["bad"]}""");
        Assert.StartsWith("error 400", await ShopClientFixture.Call("GetPetWithRetries", api.Url, 3));
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task DroppedConnectionIsRetried()
    {
        using var server = new DroppingServer(dropCount: 1, PetJson);
        Assert.Equal("Rex", await ShopClientFixture.Call("GetPetWithRetries", server.Url, 3));
        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task ConnectionLostHalfwayThroughTheBodyIsRetried()
    {
        using var server = new DroppingServer(dropCount: 1, PetJson, DroppingServer.Drop.MidBody);
        Assert.Equal("Rex", await ShopClientFixture.Call("GetPetWithRetries", server.Url, 3));
        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task ABodyOfUnknownLengthIsReadWhole()
    {
        // Chunked, in 1,000-byte pieces, and larger than the first buffer the client reads into.
        var name = string.Concat(Enumerable.Repeat("Rex the dog. ", 2000));
        using var server = new DroppingServer(dropCount: 0, $$"""{"id":"p1","name":"{{name}}"}""", chunked: true);
        Assert.Equal(name, await ShopClientFixture.Call("GetPetWithRetries", server.Url, 3));
        Assert.Equal(1, server.Connections);
    }

    [Theory]
    [InlineData(10)] // shorter than the body: a decompressing handler's stale length
    [InlineData(24)] // exact
    [InlineData(40)] // longer than the body: a handler that does not enforce it
    public async Task ABodyIsReadWholeWhateverLengthItDeclares(long declaredLength)
        => Assert.Equal("Rex", await ShopClientFixture.Call("PetWithDeclaredLength", PetJson, declaredLength));

    [Fact]
    public async Task AnEmptyAnswerWhereJsonIsDeclaredIsAnExceptionNotARetry()
    {
        using var api = new MockApi();
        api.Respond("GET", "/pets/p1", Response.Create().WithFault(FaultType.EMPTY_RESPONSE));
        Assert.Contains("not valid JSON: The body is empty.", await ShopClientFixture.Call("GetPetWithRetries", api.Url, 3));
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task TimeoutIsRetriedAndFinallyReportedAsATimeout()
    {
        using var api = new MockApi();
        // Generous margins: the second answer must beat the timeout even on a busy two-core machine.
        api.Sequence("GET", "/pets/p1", MockApi.JsonResponse(200, PetJson).WithDelay(TimeSpan.FromSeconds(4)), MockApi.JsonResponse(200, PetJson));
        Assert.Equal("Rex", await ShopClientFixture.Call("GetPetWithTimeout", api.Url, 1500, 2));
        await api.WaitForRequests(2); // the abandoned attempt is logged when its delayed answer goes out

        using var slow = new MockApi();
        slow.Respond("GET", "/pets/p1", MockApi.JsonResponse(200, PetJson).WithDelay(TimeSpan.FromSeconds(2)));
        var result = await ShopClientFixture.Call("GetPetWithTimeout", slow.Url, 200, 1);
        Assert.StartsWith("TimeoutException: get_pet got no answer within 00:00:00.2000000 (attempt 2).", result);
    }

    [Fact]
    public async Task MalformedJsonIsNotRetried()
    {
        using var api = new MockApi();
        api.Json("GET", "/pets/p1", 200, "{not json");
        Assert.Contains("not valid JSON", await ShopClientFixture.Call("GetPetWithRetries", api.Url, 3));
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task ARetriedCreateSendsTheSameIdempotencyKeySoItNeverActsTwice()
    {
        using var api = new MockApi();
        api.Sequence("POST", "/pets", MockApi.JsonResponse(503, "{}"), MockApi.JsonResponse(429, "{}").WithHeader("Retry-After", "0"), MockApi.JsonResponse(201, PetJson));

        var result = await ShopClientFixture.Call("CreatePet", api.Url, null, 3);
        Assert.Equal(3, api.Requests.Count);
        var keys = api.Requests.Select(r => System.Text.Json.JsonDocument.Parse(r.Body!).RootElement.GetProperty("idempotency_key").GetString()).ToList();
        Assert.All(keys, key => Assert.Equal(keys[0], key));
        Assert.True(Guid.TryParse(keys[0], out _), "the client fills the empty key with a fresh value");
        Assert.Equal("p1 key=" + keys[0], result);
    }

    [Fact]
    public async Task TheCallersIdempotencyKeyIsKept()
    {
        using var api = new MockApi();
        api.Json("POST", "/pets", 201, PetJson);
        Assert.Equal("p1 key=caller-key", await ShopClientFixture.Call("CreatePet", api.Url, "caller-key", 3));
    }

    [Fact]
    public async Task APostWhoseIdempotencyKeyIsAHeaderIsRetriedAfterADroppedConnectionWithTheSameKey()
    {
        using var server = new DroppingServer(dropCount: 1, """{"id":"o1"}""");

        Assert.Equal("o1", await ShopClientFixture.Call("PlaceOrder", server.Url, null, 3));

        Assert.Equal(2, server.Connections);
        var keys = server.Header("Idempotency-Key");
        Assert.Equal(2, keys.Count);
        Assert.Equal(keys[0], keys[1]);
        Assert.True(Guid.TryParse(keys[0], out _), "the client fills the empty key with a fresh value");
    }

    [Fact]
    public async Task TheCallersIdempotencyKeyHeaderIsKept()
    {
        using var server = new DroppingServer(dropCount: 0, """{"id":"o1"}""");
        Assert.Equal("o1", await ShopClientFixture.Call("PlaceOrder", server.Url, "caller-key", 3));
        Assert.Equal(["caller-key"], server.Header("Idempotency-Key"));
    }

    [Fact]
    public async Task AUuidHeaderMarkedAsTheIdempotencyKeyIsFilledAndMakesAPatchRetryable()
    {
        using var server = new DroppingServer(dropCount: 1, """{"id":"o1"}""");

        Assert.Equal("o1", await ShopClientFixture.Call("AmendOrder", server.Url));

        var keys = server.Header("X-Request-Key");
        Assert.Equal(2, keys.Count);
        Assert.Equal(keys[0], keys[1]);
        Assert.NotEqual(Guid.Empty, Guid.Parse(keys[0]!));
    }

    [Fact]
    public async Task APostWithoutAnyIdempotencyKeyIsNotRetriedAfterADroppedConnection()
    {
        using var server = new DroppingServer(dropCount: 1, "[]");
        Assert.StartsWith("HttpRequestException", await ShopClientFixture.Call("Search", server.Url));
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task APostWithoutAnIdempotencyKeyIsNeverRetried()
    {
        using var api = new MockApi();
        api.Json("POST", "/search", 503, "{}");
        Assert.StartsWith("error 503", await ShopClientFixture.Call("Search", api.Url));
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task ARetryAfterLongerThanAllowedEndsTheCallWithTheHeaderAvailable()
    {
        using var api = new MockApi();
        api.Json("GET", "/pets/p1", 429, """{"errors":["later"]}""", ("Retry-After", "3600"));
        var result = await ShopClientFixture.Call("GetPetWithRetries", api.Url, 3);
        Assert.Single(api.Requests);
        Assert.Contains("error 429", result);
    }
}
