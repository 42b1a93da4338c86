using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

public sealed class CompileTests
{
    [Fact]
    public void KitchenSinkCompilesWithoutWarnings()
    {
        var run = KitchenSinkSpec.Run();
        run.AssertCompiles();
        Assert.Contains("Kitchen.Sink.Pet.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void OurOneSignalSpecCompilesWithoutWarnings()
    {
        // In one compilation, as in a consumer's project: generated/OneSignal cannot show this, because its
        // InternalsVisibleTo keeps the compiler from reporting internal members that are never assigned.
        var path = Path.Combine(RepositoryPaths.Root, "spec", "onesignal.yaml");
        var run = GeneratorHarness.Run(new SpecItem(path, File.ReadAllText(path), "OneSignal", "OneSignalClient"));
        run.AssertCompiles();
    }
}
