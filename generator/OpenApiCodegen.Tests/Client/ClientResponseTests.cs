namespace OpenApiCodegen.Tests.Client;

/// <summary>What the generated client makes of answers: typed values, text, streams, per-status results, errors.</summary>
public sealed class ClientResponseTests
{
    [Fact]
    public async Task JsonAnswerIsTypedAndTheRawVariantGivesStatusAndHeaders()
    {
        using var api = new MockApi();
        api.Json("GET", "/pets/p1", 200, """{"id":"p1","name":"Rex"}""", ("X-Trace", "t-1"), ("X-RateLimit-Remaining", "42"), ("Last-Modified", "Tue, 02 Jan 2024 03:04:05 GMT"));
        Assert.Equal("200 Rex header=t-1 typed=t-1/42/2024", await ShopClientFixture.Call("GetPet", api.Url, "p1"));
    }

    [Fact]
    public async Task TextCsvAndBinaryAnswers()
    {
        using var api = new MockApi();
        api.Respond("GET", "/pets/p1/note", WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/plain").WithBody("Likes walks"));
        api.Respond("GET", "/export", WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/csv").WithBody("id,name\np1,Rex\n"));
        api.Respond("GET", "/pets/p1/image", WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/png").WithBody(new byte[] { 137, 80, 78, 71 }));

        Assert.Equal("Likes walks", await ShopClientFixture.Call("GetNote", api.Url));
        Assert.Equal("id,name\np1,Rex\n", await ShopClientFixture.Call("Export", api.Url));
        Assert.Equal(Convert.ToBase64String(new byte[] { 137, 80, 78, 71 }), await ShopClientFixture.Call("GetImage", api.Url));
    }

    [Fact]
    public async Task SuccessStatusesWithDifferentTypesGiveAPerStatusResult()
    {
        using var api = new MockApi();
        api.Sequence("POST", "/adopt", MockApi.JsonResponse(200, """{"id":"p1","name":"Rex"}"""), MockApi.JsonResponse(202, """{"job_id":"j9"}"""));

        Assert.Equal("200 ok=Rex accepted=", await ShopClientFixture.Call("Adopt", api.Url));
        Assert.Equal("202 ok= accepted=j9", await ShopClientFixture.Call("Adopt", api.Url));
    }

    [Fact]
    public async Task DeclaredErrorRaisesTheTypedException()
    {
        using var api = new MockApi();
        api.Json("GET", "/pets/nope", 404, """{"errors":["No pet nope"]}""");

        var result = await ShopClientFixture.Call("GetPet", api.Url, "nope");
        Assert.StartsWith("error 404 typed [No pet nope]", result);
        Assert.Contains("get_pet answered 404", result);
    }

    [Fact]
    public async Task StatusRangeErrorIsTyped()
    {
        using var api = new MockApi();
        api.Json("GET", "/pets", 422, """{"errors":["limit too large"]}""");
        Assert.StartsWith("error 422 typed [limit too large]", await ShopClientFixture.Call("ListPetsWithoutArguments", api.Url));
    }

    [Fact]
    public async Task AnUndeclaredSuccessStatusIsStillSuccessReadAsTheOperationsType()
    {
        // The spec declares 200 for get_pet; a server answering 203 has succeeded all the same.
        using var api = new MockApi();
        api.Json("GET", "/pets/p1", 203, """{"id":"p1","name":"Rex"}""");

        Assert.StartsWith("203 Rex", await ShopClientFixture.Call("GetPet", api.Url, "p1"));
    }

    [Fact]
    public async Task AnUndeclaredSuccessStatusOfAnOperationWithSeveralSuccessTypesIsAResultWithNoneSet()
    {
        using var api = new MockApi();
        api.Json("POST", "/adopt", 201, """{"id":"p1","name":"Rex"}""");

        Assert.Equal("201 ok= accepted=", await ShopClientFixture.Call("Adopt", api.Url));
    }

    [Fact]
    public async Task UndeclaredStatusRaisesWithTheRawBody()
    {
        using var api = new MockApi();
        api.Respond("GET", "/pets/p1", WireMock.ResponseBuilders.Response.Create().WithStatusCode(418).WithBody("I'm a teapot"));

        var result = await ShopClientFixture.Call("GetPet", api.Url, "p1");
        Assert.StartsWith("error 418 raw [I'm a teapot]", result);
        Assert.Contains("does not declare", result);
    }

    [Fact]
    public async Task MalformedJsonIsAnExceptionThatKeepsTheBody()
    {
        using var api = new MockApi();
        api.Json("GET", "/pets/p1", 200, """{"id":"p1","name":""");

        var result = await ShopClientFixture.Call("GetPet", api.Url, "p1");
        Assert.StartsWith("error 200 raw [{\"id\":\"p1\",\"name\":]", result);
        Assert.Contains("not valid JSON", result);
        Assert.Single(api.Requests); // a body problem is not retried
    }

    [Fact]
    public async Task WrongContentTypeIsAnExceptionThatKeepsTheBody()
    {
        using var api = new MockApi();
        api.Respond("GET", "/pets/p1", WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<html>login</html>"));

        var result = await ShopClientFixture.Call("GetPet", api.Url, "p1");
        Assert.StartsWith("error 200 raw [<html>login</html>]", result);
        Assert.Contains("expected a JSON body, got 'text/html'", result);
    }

    [Fact]
    public void DeprecatedOperationsAreObsolete()
    {
        var source = ShopClientFixture.Run.Sources["Shop.Api.PetsClient.g.cs"];
        var index = source.IndexOf("DeletePetAsync(string petId", StringComparison.Ordinal);
        Assert.True(index > 0);
        Assert.Contains("[global::System.Obsolete(", source.Substring(Math.Max(0, index - 400), 400));
    }
}
