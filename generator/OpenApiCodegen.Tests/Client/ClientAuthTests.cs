using System.Text;

namespace OpenApiCodegen.Tests.Client;

/// <summary>Security per operation: the right credential per scheme, OR and AND requirements, nothing sent without one.</summary>
public sealed class ClientAuthTests
{
    private static async Task<WireMock.IRequestMessage> Send(string operation, string configured)
    {
        using var api = new MockApi();
        api.Server.Given(WireMock.RequestBuilders.Request.Create().UsingGet()).RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(204)
            .WithHeader("Content-Type", "application/json").WithBody(""));
        api.Json("GET", "/pets", 200, "[]");
        Assert.Equal("sent", await ShopClientFixture.Call("Auth", api.Url, operation, configured));
        return api.Single();
    }

    [Fact]
    public async Task ApiKeyInHeaderIsTheDefaultSecurity()
    {
        var request = await Send("default", "api_key");
        Assert.Equal("header-secret", MockApi.Header(request, "X-API-Key"));
        Assert.Null(MockApi.Header(request, "Authorization"));
    }

    [Fact]
    public async Task HttpBasic() => Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:pass")), MockApi.Header(await Send("basic", "basic"), "Authorization"));

    [Fact]
    public async Task HttpBearer() => Assert.Equal("Bearer bearer-secret", MockApi.Header(await Send("bearer", "bearer"), "Authorization"));

    [Fact]
    public async Task AnyOtherHttpSchemeIsSentWithItsName() => Assert.Equal("Key org-secret", MockApi.Header(await Send("key", "organization_key"), "Authorization"));

    [Fact]
    public async Task ApiKeyInQuery() => Assert.Equal("?key=query-secret", new Uri((await Send("query", "query_key")).AbsoluteUrl).Query);

    [Fact]
    public async Task ApiKeyInCookie() => Assert.Equal("token=cookie-secret", MockApi.Header(await Send("cookie", "cookie_key"), "Cookie"));

    [Fact]
    public async Task OAuth2TokenComesFromTheCallersProvider() => Assert.Equal("Bearer oauth-token", MockApi.Header(await Send("oauth", "oauth"), "Authorization"));

    [Fact]
    public async Task OpenIdConnectTokenComesFromTheCallersProvider() => Assert.Equal("Bearer oidc-token", MockApi.Header(await Send("oidc", "oidc"), "Authorization"));

    [Fact]
    public async Task OpenIdConnectWithoutAProviderFailsBeforeSending()
    {
        using var api = new MockApi();
        var result = await ShopClientFixture.Call("Auth", api.Url, "oidc", "oauth");
        Assert.Contains("with_open_id_connect needs the 'oidc'", result);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task OrAlternativesUseTheFirstConfiguredScheme()
    {
        Assert.Equal("Bearer bearer-secret", MockApi.Header(await Send("either", "bearer"), "Authorization"));
        Assert.StartsWith("Basic ", MockApi.Header(await Send("either", "basic bearer"), "Authorization"));
    }

    [Fact]
    public async Task AndRequirementsSendEveryCredential()
    {
        var request = await Send("both", "api_key query_key");
        Assert.Equal("header-secret", MockApi.Header(request, "X-API-Key"));
        Assert.Equal("?key=query-secret", new Uri(request.AbsoluteUrl).Query);
    }

    [Fact]
    public async Task AnOperationWithNoSecuritySendsNoCredential()
    {
        var request = await Send("none", "api_key bearer");
        Assert.Null(MockApi.Header(request, "X-API-Key"));
        Assert.Null(MockApi.Header(request, "Authorization"));
    }

    [Fact]
    public async Task AMissingCredentialFailsBeforeSendingAndNamesOperationAndScheme()
    {
        using var api = new MockApi();
        var result = await ShopClientFixture.Call("Auth", api.Url, "key", "api_key");
        Assert.Equal("InvalidOperationException: with_key_scheme needs the 'organization_key' (PetShopClientOptions.OrganizationKey) credential, which is not set. Nothing was sent.", result);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task CredentialsNeverAppearInExceptions()
    {
        using var api = new MockApi();
        api.Json("GET", "/pets/p1", 500, """{"errors":["boom"]}""");
        var result = await ShopClientFixture.Call("GetPetWithRetries", api.Url, 0);
        Assert.StartsWith("error 500", result);
        Assert.DoesNotContain("header-secret", result);
    }
}
