using System.Reflection;
using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests.Client;

/// <summary>
/// The client generated from Specs/client-behaviour.yaml, compiled once with a probe (Client/ShopProbe.cs.txt)
/// that calls it the way a user would.
/// </summary>
internal static class ShopClientFixture
{
    public static SpecItem Spec => new("/specs/client-behaviour.yaml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "client-behaviour.yaml")), "Shop.Api", "PetShopClient");

    public static string ProbeSource => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Client", "ShopProbe.cs.txt"));

    private static readonly Lazy<(GenerationResult Run, Assembly Assembly)> Compiled = new(() =>
    {
        var run = GeneratorHarness.Run(new[] { Spec }, ProbeSource);
        run.AssertCompiles();
        return (run, CompiledAssembly.Load(run.Output));
    });

    public static GenerationResult Run => Compiled.Value.Run;

    public static async Task<string> Call(string method, params object?[] arguments)
    {
        var type = Compiled.Value.Assembly.GetType("Consumer.ShopProbe")!;
        var result = type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments);
        return result is Task<string> task ? await task : (string)result!;
    }
}
