using WireMock.RequestBuilders;

namespace OpenApiCodegen.Tests.Client;

/// <summary>
/// The pagers emitted for declared paging (x-speakeasy-pagination offset/limit and cursor, x-ms-pageable next links),
/// against a fake server: no page, one, exactly full pages, many; a 429 in the middle; cancellation between pages; a page
/// that does not read; a next link to another host.
/// </summary>
public sealed class ClientPagingTests
{
    private static string Page(params string[] names) => "{\"items\":[" + string.Join(",", names.Select(n => $$"""{"id":"{{n}}","name":"{{n}}"}""")) + "]}";

    private static void Offset(MockApi api, int offset, string body, int status = 200)
        => api.Server.Given(Request.Create().WithPath("/v1/feed").WithParam("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture)).UsingGet())
            .RespondWith(MockApi.JsonResponse(status, body));

    [Theory]
    [InlineData(0, "")]
    [InlineData(1, "a")]
    [InlineData(2, "a,b")]
    public async Task OffsetPagingStopsOnAShortPage(int count, string expected)
    {
        using var api = new MockApi();
        Offset(api, 0, Page(new[] { "a", "b" }.Take(count).ToArray()));

        Assert.Equal(expected, await ShopClientFixture.Call("Feed", api.Url, "offset", 3, -1));
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task ExactlyFullPagesAreFollowedByOneMoreRequestThatEndsOnAnEmptyPage()
    {
        using var api = new MockApi();
        Offset(api, 0, Page("a", "b"));
        Offset(api, 2, Page("c", "d"));
        Offset(api, 4, Page());

        Assert.Equal("a,b,c,d", await ShopClientFixture.Call("Feed", api.Url, "offset", 2, -1));
        Assert.Equal(["0", "2", "4"], api.Requests.Select(r => r.Query!["offset"].Single()));
        Assert.All(api.Requests, r => Assert.Equal("2", r.Query!["limit"].Single()));
    }

    [Fact]
    public async Task WithoutAPageSizeOnlyAnEmptyPageEnds()
    {
        using var api = new MockApi();
        Offset(api, 0, Page("a", "b", "c"));
        Offset(api, 3, Page("d"));
        Offset(api, 4, Page());

        Assert.Equal("a,b,c,d", await ShopClientFixture.Call("Feed", api.Url, "offset", null, -1));
        Assert.Equal(3, api.Requests.Count);
    }

    [Fact]
    public async Task A429BetweenPagesIsWaitedOutAndRetriedLikeAnyCall()
    {
        using var api = new MockApi();
        Offset(api, 0, Page("a", "b"));
        api.Server.Given(Request.Create().WithPath("/v1/feed").WithParam("offset", "2").UsingGet()).InScenario("rate").WillSetStateTo("limited")
            .RespondWith(MockApi.JsonResponse(429, "{}").WithHeader("Retry-After", "0"));
        api.Server.Given(Request.Create().WithPath("/v1/feed").WithParam("offset", "2").UsingGet()).InScenario("rate").WhenStateIs("limited")
            .RespondWith(MockApi.JsonResponse(200, Page("c")));

        Assert.Equal("a,b,c", await ShopClientFixture.Call("Feed", api.Url, "offset", 2, -1));
        Assert.Equal(3, api.Requests.Count);
    }

    [Fact]
    public async Task CancellationBetweenPagesStopsBeforeTheNextRequest()
    {
        using var api = new MockApi();
        Offset(api, 0, Page("a", "b"));
        Offset(api, 2, Page("c", "d"));

        Assert.StartsWith("OperationCanceledException", await ShopClientFixture.Call("Feed", api.Url, "offset", 2, 2));
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task APageWhoseItemsDoNotReadRaisesTheOperationsTypedException()
    {
        using var api = new MockApi();
        Offset(api, 0, Page("a", "b"));
        Offset(api, 2, """{"items":[{"id":"c","na""");

        var result = await ShopClientFixture.Call("Feed", api.Url, "offset", 2, -1);
        Assert.True(result.StartsWith("error 200 raw", StringComparison.Ordinal), result);
    }

    [Fact]
    public async Task CursorPagingFollowsTheCursorUntilThereIsNone()
    {
        using var api = new MockApi();
        api.Server.Given(Request.Create().WithPath("/v1/feed/cursor").WithParam("cursor", "c2").UsingGet()).RespondWith(MockApi.JsonResponse(200, """{"items":[{"id":"b","name":"b"}],"next":""}"""));
        api.Server.Given(Request.Create().WithPath("/v1/feed/cursor").UsingGet()).AtPriority(10).RespondWith(MockApi.JsonResponse(200, """{"items":[{"id":"a","name":"a"}],"next":"c2"}"""));

        Assert.Equal("a,b", await ShopClientFixture.Call("Feed", api.Url, "cursor", null, -1));
        Assert.Equal(2, api.Requests.Count);
        Assert.False(api.Requests[0].Query?.ContainsKey("cursor") ?? false, "the first page is asked for without a cursor");
    }

    [Fact]
    public async Task NextLinksAreFollowedOnTheClientsHost()
    {
        using var api = new MockApi();
        api.Server.Given(Request.Create().WithPath("/v1/feed/linked").WithParam("page", "2").UsingGet()).RespondWith(MockApi.JsonResponse(200, """{"value":[{"id":"b","name":"b"}]}"""));
        api.Server.Given(Request.Create().WithPath("/v1/feed/linked").UsingGet()).AtPriority(10)
            .RespondWith(MockApi.JsonResponse(200, $$"""{"value":[{"id":"a","name":"a"}],"nextLink":"{{api.Url}}/feed/linked?page=2"}"""));

        Assert.Equal("a,b", await ShopClientFixture.Call("Feed", api.Url, "linked", null, -1));
        Assert.Equal(2, api.Requests.Count);
        Assert.Equal("header-secret", MockApi.Header(api.Requests[1], "X-API-Key"));
    }

    [Fact]
    public async Task ANextLinkToAnotherHostIsAnErrorAndIsNotFollowed()
    {
        using var api = new MockApi();
        api.Json("GET", "/feed/linked", 200, """{"value":[{"id":"a","name":"a"}],"nextLink":"https://elsewhere.example.net/feed?page=2"}""");

        var result = await ShopClientFixture.Call("Feed", api.Url, "linked", null, -1);

        Assert.StartsWith("InvalidOperationException: list_feed_linked: the next-page link points to https://elsewhere.example.net", result);
        Assert.Single(api.Requests);
    }
}
