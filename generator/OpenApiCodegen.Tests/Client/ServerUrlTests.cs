using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests.Client;

/// <summary>
/// A relative server URL (<c>servers: [{url: /api/v3}]</c>, common in public specs) cannot be a default base address:
/// the client asks for one, naming the spec's server, instead of failing inside Uri or sending to a file path.
/// </summary>
public sealed class ServerUrlTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Relative, version: '1'}
        servers: [{url: /api/v3}]
        paths:
          /pet:
            get:
              operationId: getPet
              responses: {'204': {description: none}}
        """;

    private const string Probe = """
        namespace Probe
        {
            public static class ServerProbe
            {
                public static string Create(string? httpBaseAddress, string? optionsBaseAddress)
                {
                    var http = new System.Net.Http.HttpClient();
                    if (httpBaseAddress is not null) http.BaseAddress = new System.Uri(httpBaseAddress);
                    var options = new Test.Api.TestClientOptions { BaseAddress = optionsBaseAddress is null ? null : new System.Uri(optionsBaseAddress) };
                    try
                    {
                        _ = new Test.Api.TestClient(http, options);
                        return "created";
                    }
                    catch (System.ArgumentException e)
                    {
                        return e.Message;
                    }
                }
            }
        }
        """;

    [Fact]
    public void ARelativeServerNeedsABaseAddressAndSaysWhich()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Yaml(Spec)], Probe);
        run.AssertCompiles();
        var assembly = CompiledAssembly.Load(run.Output);

        var missing = CompiledAssembly.Invoke(assembly, "Probe.ServerProbe", "Create", null, null);
        Assert.StartsWith("Set TestClientOptions.BaseAddress: the spec's server (/api/v3) is not an absolute http(s) URL", missing);
        Assert.Equal("created", CompiledAssembly.Invoke(assembly, "Probe.ServerProbe", "Create", "https://example.com/api/v3/", null));
        Assert.Equal("created", CompiledAssembly.Invoke(assembly, "Probe.ServerProbe", "Create", null, "https://example.com/api/v3/"));
    }
}
