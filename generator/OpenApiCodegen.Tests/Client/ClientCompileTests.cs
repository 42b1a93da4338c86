namespace OpenApiCodegen.Tests.Client;

public sealed class ClientCompileTests
{
    [Fact]
    public void ShopClientCompilesWithTheProbe()
    {
        Assert.Contains("Shop.Api.PetsClient.g.cs", ShopClientFixture.Run.Sources.Keys);
    }
}
