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
}
