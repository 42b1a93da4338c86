using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>A subtype sets its own discriminator when it is created: callers never write <c>Kind = ...</c> by hand.</summary>
public sealed class SubtypeConstructionTests
{
    private const string Probe = """
        namespace Probe
        {
            public static class Subtypes
            {
                public static string Describe()
                {
                    var cat = new Test.Api.Cat();
                    var fish = new Test.Api.Fish { Fins = 2 };
                    var dog = new Test.Api.Dog();
                    var read = System.Text.Json.JsonSerializer.Deserialize("{\"kind\":\"fish\",\"fins\":3}", Test.Api.TestClientJsonContext.Default.Pet);
                    return $"cat={cat.Kind} fish={fish.Kind} fishIsPet={fish is Test.Api.Pet} dog={dog.Kind} read={read?.GetType().Name}";
                }
            }
        }
        """;

    [Fact]
    public void ConstructorsSetTheDiscriminatorAndMappedSchemasAreSubtypes()
    {
        var spec = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "Regressions", "subtype-with-its-own-kind.yaml"));
        var run = GeneratorHarness.Run([GeneratorHarness.Yaml(spec)], Probe);
        run.AssertCompiles();
        var described = CompiledAssembly.Invoke(CompiledAssembly.Load(run.Output), "Probe.Subtypes", "Describe");
        Assert.Equal("cat=cat fish=fish fishIsPet=True dog=dog read=Fish", described);
    }
}
