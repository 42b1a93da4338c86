using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests.Client;

/// <summary>AddXClient is emitted only when the project references Microsoft.Extensions.Http, and then it works.</summary>
public sealed class DependencyInjectionTests
{
    private const string Probe = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        using Shop.Api;

        namespace Consumer;

        public static class DiProbe
        {
            public static async Task<string> Run(string baseUrl)
            {
                var services = new ServiceCollection();
                services.AddPetShopClient(options => { options.BaseAddress = new Uri(baseUrl); options.ApiKey = "k"; });
                using var provider = services.BuildServiceProvider();
                var client = provider.GetRequiredService<IPetShopClient>();
                var pet = await client.Pets.GetPetAsync("p1");
                return pet.Name;
            }
        }
        """;

    [Fact]
    public void WithoutMicrosoftExtensionsHttpNoRegistrationIsEmitted()
    {
        Assert.DoesNotContain("Shop.Api.PetShopClientServiceCollectionExtensions.g.cs", ShopClientFixture.Run.Sources.Keys);
    }

    [Fact]
    public async Task WithMicrosoftExtensionsHttpTheTypedClientResolvesAndCalls()
    {
        var references = new[]
        {
            typeof(HttpClientFactoryServiceCollectionExtensions).Assembly,
            typeof(ServiceCollection).Assembly,
            typeof(IServiceCollection).Assembly,
            typeof(ServiceProvider).Assembly,
            typeof(Microsoft.Extensions.Options.IOptions<>).Assembly,
        }.Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location));
        var run = InProcessGenerator.Run([ShopClientFixture.Spec], references, Probe);
        run.AssertCompiles();
        Assert.Contains("Shop.Api.PetShopClientServiceCollectionExtensions.g.cs", run.Sources.Keys);

        using var api = new MockApi();
        api.Json("GET", "/pets/p1", 200, """{"id":"p1","name":"Rex"}""");
        var assembly = CompiledAssembly.Load(run.Output);
        var task = (Task<string>)assembly.GetType("Consumer.DiProbe")!.GetMethod("Run")!.Invoke(null, [api.Url])!;
        Assert.Equal("Rex", await task);
        Assert.Equal("k", MockApi.Header(api.Single(), "X-API-Key"));
    }
}
