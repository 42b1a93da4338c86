using System.Text;

namespace OpenApiCodegen.Tests.Client;

/// <summary>What the generated client sends: every parameter style, every body kind, escaping.</summary>
public sealed class ClientRequestTests
{
    private const string PetJson = """{"id":"p1","name":"Rex","kind":"dog"}""";

    [Fact]
    public async Task QueryHeaderAndCookieParametersFollowTheirStyles()
    {
        using var api = new MockApi();
        api.Json("GET", "/pets", 200, "[" + PetJson + "]");

        Assert.Equal("p1:Rex:dog", await ShopClientFixture.Call("ListPets", api.Url));

        var request = api.Single();
        Assert.Equal(
            "?limit=5&tags=a%20b&tags=c&ids=1,2&filter%5Bcolor%5D=red&filter%5Bage%5D=3&sort=name%20-age&fields=id%7Cname&kind=dog"
            + "&outcome_names=x&outcome_names%5B%5D=y&include-segment-detail=true",
            new Uri(request.AbsoluteUrl).Query);
        Assert.Equal("req-1", MockApi.Header(request, "X-Request-Id"));
        Assert.Equal("session=s%201", MockApi.Header(request, "Cookie"));
        Assert.Equal("application/json", MockApi.Header(request, "Accept"));
    }

    [Fact]
    public async Task OptionalParametersLeftNullAreNotSent()
    {
        using var api = new MockApi();
        api.Json("GET", "/pets", 200, "[]");

        Assert.Equal("0", await ShopClientFixture.Call("ListPetsWithoutArguments", api.Url));
        var request = api.Single();
        Assert.Equal(string.Empty, new Uri(request.AbsoluteUrl).Query);
        Assert.Null(MockApi.Header(request, "X-Request-Id"));
        Assert.Null(MockApi.Header(request, "Cookie"));
    }

    [Fact]
    public async Task PathParametersAreEscapedAndFollowLabelMatrixAndExplodedStyles()
    {
        using var api = new MockApi();
        api.Server.Given(WireMock.RequestBuilders.Request.Create().UsingGet()).RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(204));

        Assert.Equal("ok", await ShopClientFixture.Call("PathStyles", api.Url));
        Assert.Equal("ok", await ShopClientFixture.Call("Escaping", api.Url));

        var urls = api.Requests.Select(r => new Uri(r.AbsoluteUrl).PathAndQuery).ToList();
        Assert.Equal("/v1/styles/.a,b/;matrix=m/color=red,age=3", urls[0]);
        Assert.Equal("/v1/styles/escaping/a%2Fb%20c%3Fd?q=x%26y%3Dz&when=2024-01-02T03%3A04%3A05.0000000%2B00%3A00", urls[1]);
    }

    [Fact]
    public async Task APathThatCarriesAQueryStringKeepsIt()
    {
        using var api = new MockApi();
        api.Json("POST", "/csv_export", 200, """{"job_id":"j1"}""");

        Assert.Equal("j1", await ShopClientFixture.Call("ExportCsv", api.Url));
        Assert.Equal("?app_id=app%201", new Uri(api.Single().AbsoluteUrl).Query);
    }

    [Fact]
    public async Task JsonBodyIsWrittenByTheGeneratedConverter()
    {
        using var api = new MockApi();
        api.Json("POST", "/pets", 201, PetJson);

        Assert.Equal("p1 key=my-key", await ShopClientFixture.Call("CreatePet", api.Url, "my-key", 3));
        var request = api.Single();
        Assert.Equal("""{"name":"Rex","idempotency_key":"my-key"}""", request.Body);
        Assert.StartsWith("application/json", MockApi.Header(request, "Content-Type"));
    }

    [Fact]
    public async Task OptionalBodyIsSentOnlyWhenGiven()
    {
        using var api = new MockApi();
        api.Empty("PATCH", "/pets/p1");

        Assert.Equal("updated", await ShopClientFixture.Call("UpdatePet", api.Url, true));
        Assert.Equal("updated", await ShopClientFixture.Call("UpdatePet", api.Url, false));
        // NewPet carries an idempotency key, so the PATCH gets one too (and may be retried).
        Assert.StartsWith("{\"name\":\"Max\",\"idempotency_key\":\"", api.Requests[0].Body);
        Assert.True(string.IsNullOrEmpty(api.Requests[1].Body));
    }

    [Fact]
    public async Task FormBodyIsUrlEncoded()
    {
        using var api = new MockApi();
        api.Json("POST", "/search", 200, "[]");

        Assert.Equal("0", await ShopClientFixture.Call("Search", api.Url));
        var request = api.Single();
        Assert.Equal("color=brown%20%26%20white&age=2", request.Body);
        Assert.StartsWith("application/x-www-form-urlencoded", MockApi.Header(request, "Content-Type"));
    }

    [Fact]
    public async Task MultipartBodyCarriesFilesAsStreamsAndValuesAsParts()
    {
        using var api = new MockApi();
        api.Empty("PUT", "/pets/p1/photo");

        Assert.Equal("uploaded", await ShopClientFixture.Call("UploadPhoto", api.Url));
        var request = api.Single();
        Assert.StartsWith("multipart/form-data; boundary=", MockApi.Header(request, "Content-Type"));
        var body = Encoding.UTF8.GetString(request.BodyAsBytes!);
        Assert.Contains("name=file; filename=rex.png", body);
        Assert.Contains("Content-Type: image/png", body);
        Assert.Contains("PNGDATA", body);
        Assert.Contains("name=caption", body);
        Assert.DoesNotContain("filename=caption", body); // a value part is a form field, not a file
        Assert.Contains("Rex at home", body);
        Assert.Contains("name=rating", body);
    }

    [Fact]
    public async Task BinaryAndTextBodiesAreSentAsTheyAre()
    {
        using var api = new MockApi();
        api.Empty("POST", "/pets/p1/avatar");
        api.Empty("PUT", "/pets/p1/note", 202);

        Assert.Equal("stored", await ShopClientFixture.Call("UploadAvatar", api.Url));
        Assert.Equal("202", await ShopClientFixture.Call("SetNote", api.Url));
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, api.Requests[0].BodyAsBytes);
        Assert.StartsWith("application/octet-stream", MockApi.Header(api.Requests[0], "Content-Type"));
        Assert.Equal("Good boy", api.Requests[1].Body);
        Assert.StartsWith("text/plain", MockApi.Header(api.Requests[1], "Content-Type"));
    }

    [Fact]
    public async Task UntaggedOperationsWithoutOperationIdSitOnTheRootClient()
    {
        using var api = new MockApi();
        api.Json("GET", "/health", 200, """{"ok":true}""");
        Assert.Equal("True", await ShopClientFixture.Call("Health", api.Url));
    }

    [Theory]
    [InlineData("retries", "PetShopClientOptions.MaxRetries cannot be negative.")]
    [InlineData("newline", "PetShopClientOptions.OrganizationKey has leading or trailing whitespace or a line break")]
    [InlineData("prefix", "PetShopClientOptions.OrganizationKey starts with 'Key '")]
    [InlineData("bearer-prefix", "PetShopClientOptions.Bearer starts with 'Bearer '")]
    [InlineData("query", "PetShopClientOptions.BaseAddress must not have a query string")]
    public async Task InvalidOptionsFailWhenTheClientIsCreated(string setting, string message)
    {
        Assert.StartsWith(message, await ShopClientFixture.Call("InvalidOptions", setting));
    }
}
