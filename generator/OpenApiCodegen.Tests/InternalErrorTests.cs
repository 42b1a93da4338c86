using OpenApiCodegen.Model;
using OpenApiCodegen.Parse;

namespace OpenApiCodegen.Tests;

/// <summary>An exception inside the parse stage becomes diagnostic OAC007 naming the spec; nothing escapes to the compiler.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public void AnExceptionWhileBuildingTheModelBecomesADiagnosticNamingTheSpec()
    {
        // A null text cannot come from the compiler; it is the simplest way to make the reader throw.
        var input = new SpecInput(new SpecSource("/specs/broken.yaml", null!, "Broken", "BrokenClient"), EquatableArray<SpecFile>.Empty);

        var model = SpecModelBuilder.Build(input);

        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal("OAC007", diagnostic.Id);
        Assert.Equal("/specs/broken.yaml", diagnostic.Location.FilePath);
        Assert.Contains("/specs/broken.yaml", diagnostic.Arguments[0]);
        Assert.Contains("Exception", diagnostic.Arguments[1]);
        Assert.Contains("(at OpenApiCodegen.", diagnostic.Arguments[1]); // the generator frame, for the bug report
        Assert.Empty(model.Types);
        Assert.Null(model.Client);
    }
}
