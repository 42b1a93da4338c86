using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.Operations;
using OpenApiCodegen.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApiCodegen.Tests.Client;

/// <summary>
/// The operation catalog: emitted only for projects that reference OpenApiCodegen.Operations, and then every
/// operation is called from a recorded request with exactly the arguments the recording carries, so the client
/// sends that request again (the property the contract tests rely on).
/// </summary>
public sealed class OperationCatalogTests
{
    private static readonly Lazy<IOperationCatalog> Catalog = new(() =>
    {
        var run = InProcessGenerator.Run([ShopClientFixture.Spec], [MetadataReference.CreateFromFile(typeof(IOperationCatalog).Assembly.Location)]);
        run.AssertCompiles();
        Assert.Contains("Shop.Api.PetShopClientOperations.g.cs", run.Sources.Keys);
        var assembly = CompiledAssembly.Load(run.Output);
        var type = assembly.GetType("Shop.Api.PetShopClientOperations")!;
        return (IOperationCatalog)type.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    });

    [Fact]
    public void WithoutTheOperationsAssemblyNeitherTheCatalogNorItsHelpersAreEmitted()
    {
        Assert.DoesNotContain("Shop.Api.PetShopClientOperations.g.cs", ShopClientFixture.Run.Sources.Keys);
        Assert.DoesNotContain("OpenApiCodegen.Runtime.ApiArgument.g.cs", ShopClientFixture.Run.Sources.Keys);
    }

    [Fact]
    public void TheCatalogListsEveryOperationOfTheSpecWithItsDeclaration()
    {
        var spec = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "client-behaviour.yaml"));
        var ids = Regex.Matches(spec, @"operationId: (\w+)").Select(m => m.Groups[1].Value).ToList();
        var catalog = Catalog.Value;
        Assert.Equal(ids.Order(), catalog.Operations.Select(o => o.OperationId).Where(ids.Contains).Order());
        Assert.Equal(ids.Count + 1, catalog.Operations.Count); // and the one operation without an id, named by the generator

        var list = catalog.Operations.Single(o => o.OperationId == "list_pets");
        Assert.Equal(("GET", "/pets", "Pets.ListPetsWithResponseAsync"), (list.Method, list.PathTemplate, list.MethodName));
        Assert.Equal(new ParameterDescriptor("ids", ParameterLocation.Query, ParameterStyle.Form, false, false, ValueShape.List), list.Parameters.Single(p => p.Name == "ids"));
        Assert.Equal(ValueShape.Object, list.Parameters.Single(p => p.Name == "filter").Shape);
        Assert.Equal(["200", "4XX"], list.Responses);
        Assert.Equal(new BodyDescriptor("application/json", true, "idempotency_key"), catalog.Operations.Single(o => o.OperationId == "create_pet").Body);
        Assert.Equal(["basic"], catalog.Operations.Single(o => o.OperationId == "with_basic").Security.Single());
        Assert.Contains(catalog.SecuritySchemes, s => s.Name == "api_key" && s.ParameterName == "X-API-Key");
    }

    [Theory]
    [InlineData("list_pets", "GET", "/pets?limit=5&tags=a&tags=b%20c&ids=1,2,3&filter%5Bcolor%5D=brown&filter%5Bage%5D=3&sort=name%20age&fields=a%7Cb&kind=cat&outcome_names=x&outcome_names%5B%5D=y&include-segment-detail=true")]
    [InlineData("get_pet", "GET", "/pets/p%201")]
    [InlineData("path_styles", "GET", "/styles/.a,b/;matrix=m/color=brown,age=3")]
    [InlineData("escaping", "GET", "/styles/escaping/a%2Fb%20c%3F?q=x%26y%3Dz&when=2024-01-02T03%3A04%3A05.0000000%2B00%3A00")]
    [InlineData("delete_pet", "DELETE", "/pets/p1")]
    public async Task ARecordedRequestIsSentAgainAsItWasRecorded(string operationId, string method, string pathAndQuery)
    {
        var sent = await Replay(operationId, new OperationRequest(method, pathAndQuery, [new("X-Request-Id", "r-1"), new("Cookie", "session=s%201")], null));

        Assert.Equal(method, sent.Method);
        Assert.Equal("/v1" + pathAndQuery, new Uri(sent.AbsoluteUrl).PathAndQuery);
        if (operationId == "list_pets")
        {
            Assert.Equal("r-1", MockApi.Header(sent, "X-Request-Id"));
            Assert.Contains("session=s%201", MockApi.Header(sent, "Cookie"));
        }
    }

    [Fact]
    public async Task AJsonBodyIsReadWithTheGeneratedConvertersAndSentBack()
    {
        var body = """{"name":"Rex","idempotency_key":"k-1","color":"brown"}""";
        var sent = await Replay("create_pet", new OperationRequest("POST", "/pets", [], body));

        Assert.Equal(body, sent.Body); // the undeclared property too, in its place
        Assert.StartsWith("application/json", MockApi.Header(sent, "Content-Type"));
    }

    [Theory]
    [InlineData("escaping", "/styles/escaping/a", "the recorded request has no value for required query parameter 'q'")]
    [InlineData("list_pets", "/pets?limit=many", "query parameter 'limit' is 'many', which does not read as a number")]
    [InlineData("list_pets", "/pets?limit=1&limit=2", "query parameter 'limit' has 2 values where the operation takes one")]
    [InlineData("path_styles", "/styles/a/;matrix=m/color=brown", "path parameter 'label' is 'a': a label-style value starts with '.'")]
    [InlineData("create_pet", "/pets", "the recorded request has no body, and the operation requires one")]
    public async Task ARequestWithoutTheArgumentsIsAClearBindingError(string operationId, string pathAndQuery, string message)
    {
        var method = operationId == "create_pet" ? "POST" : "GET";
        var error = await Assert.ThrowsAsync<ArgumentBindingException>(() => Replay(operationId, new OperationRequest(method, pathAndQuery, [], null)));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task AMultipartBodyIsTakenApartAndSentAgainPartByPart()
    {
        const string contentType = "multipart/form-data; boundary=\"rec-1\"";
        var body = "--rec-1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rex.png\"\r\nContent-Type: image/png\r\n\r\nPNG-bytes\r\n"
            + "--rec-1\r\nContent-Disposition: form-data; name=caption\r\n\r\nRex, asleep\r\n"
            + "--rec-1\r\nContent-Disposition: form-data; name=\"rating\"\r\n\r\n5\r\n--rec-1--\r\n";

        var sent = await Replay("upload_photo", new OperationRequest("PUT", "/pets/p1/photo", [new("Content-Type", contentType)], body));
        var parts = MultipartPart.Parse(MockApi.Header(sent, "Content-Type"), sent.Body!);

        Assert.Equal(
            [("file", "rex.png", "image/png", "PNG-bytes"), ("caption", null, "text/plain", "Rex, asleep"), ("rating", null, "text/plain", "5")],
            parts.Select(p => (p.Name, p.FileName, p.ContentType?.Split(';')[0], p.Text)).ToArray());
    }

    [Theory]
    [InlineData("multipart/form-data", "--x\r\n\r\n", "the recorded request's Content-Type (multipart/form-data) names no multipart boundary")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=caption\r\n\r\nhi\r\n--x--", "the recorded multipart body has no part 'file', which the operation requires")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=file\r\n\r\nbytes", "the recorded multipart body ends without its closing boundary")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=file\r\n\r\nb\r\n--x\r\nContent-Disposition: form-data; name=rating\r\n\r\nfive\r\n--x--", "multipart part 'rating' is 'five', which does not read as a number")]
    public async Task AMultipartBodyThatDoesNotReadIsABindingErrorThatSaysWhy(string contentType, string body, string message)
    {
        var error = await Assert.ThrowsAsync<ArgumentBindingException>(() => Replay("upload_photo", new OperationRequest("PUT", "/pets/p1/photo", [new("Content-Type", contentType)], body)));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task AMalformedJsonBodyIsABindingErrorThatSaysWhy()
    {
        var error = await Assert.ThrowsAsync<ArgumentBindingException>(() => Replay("create_pet", new OperationRequest("POST", "/pets", [], "{\"name\":")));
        Assert.StartsWith("the recorded request body does not read as NewPet: ", error.Message);
    }

    [Fact]
    public async Task CredentialsAreSetPerSchemeAndAnUnknownSchemeIsRefused()
    {
        using var api = new MockApi();
        api.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(204));
        using var http = new HttpClient();
        var catalog = Catalog.Value;
        var client = catalog.CreateClient(http, new Uri(api.Url), new Dictionary<string, string> { ["basic"] = "ann:se:cret" });
        var outcome = await catalog.Operations.Single(o => o.OperationId == "with_basic").InvokeAsync(client, new OperationRequest("GET", "/auth/basic", [], null), TestContext.Current.CancellationToken);

        Assert.True(outcome.Returned);
        Assert.Equal(204, outcome.Status);
        Assert.Equal("Basic " + Convert.ToBase64String("ann:se:cret"u8.ToArray()), MockApi.Header(api.Single(), "Authorization"));
        var refused = Assert.Throws<ArgumentException>(() => catalog.CreateClient(http, new Uri(api.Url), new Dictionary<string, string> { ["nope"] = "x" }));
        Assert.StartsWith("The spec declares no security scheme 'nope'.", refused.Message);
    }

    [Fact]
    public async Task AnErrorStatusIsTheClientsApiExceptionAndASuccessCarriesTheValueAndItsMetadata()
    {
        using var api = new MockApi();
        api.Json("GET", "/pets/p1", 200, """{"id":"j1","state":"done"}""");
        api.Json("GET", "/pets/p2", 404, """{"errors":["no"]}""");
        using var http = new HttpClient();
        var catalog = Catalog.Value;
        var client = catalog.CreateClient(http, new Uri(api.Url), new Dictionary<string, string> { ["api_key"] = "k" });
        var getPet = catalog.Operations.Single(o => o.OperationId == "get_pet");

        var found = await getPet.InvokeAsync(client, new OperationRequest("GET", "/pets/p1", [], null), TestContext.Current.CancellationToken);
        var missing = await getPet.InvokeAsync(client, new OperationRequest("GET", "/pets/p2", [], null), TestContext.Current.CancellationToken);

        Assert.True(found.Returned);
        Assert.NotNull(found.ValueType);
        Assert.Equal("""{"id":"j1","state":"done"}""", System.Text.Json.JsonSerializer.Serialize(found.Value, found.ValueType!));
        Assert.False(missing.Returned);
        Assert.StartsWith("PetShopApiException", missing.Exception!.GetType().Name);
        // The declared error body comes out typed, with what writes it back: the contract suite round-trips it.
        Assert.Equal(404, missing.Status);
        Assert.Equal("Error", missing.Value!.GetType().Name);
        Assert.Equal("""{"errors":["no"]}""", System.Text.Json.JsonSerializer.Serialize(missing.Value, missing.ValueType!));
    }

    /// <summary>Calls the operation through the catalog against a server that answers 500, and returns what it received.</summary>
    private static async Task<WireMock.Logging.ILogEntry> ReplayEntry(string operationId, OperationRequest request)
    {
        using var api = new MockApi();
        api.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(500));
        using var http = new HttpClient();
        var catalog = Catalog.Value;
        var client = catalog.CreateClient(http, new Uri(api.Url), new Dictionary<string, string> { ["api_key"] = "k" });
        await catalog.Operations.Single(o => o.OperationId == operationId).InvokeAsync(client, request, TestContext.Current.CancellationToken);
        return api.Server.LogEntries.Single();
    }

    private static async Task<WireMock.IRequestMessage> Replay(string operationId, OperationRequest request)
        => (await ReplayEntry(operationId, request)).RequestMessage!;
}
