using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>
/// What the generator does at the level of the project rather than of one spec: a project that cannot compile
/// generated code gets one diagnostic instead of thousands of errors; two specs that would declare the same types get
/// one; two projects that both use the generator and share internals do not see each other's helpers.
/// </summary>
public sealed class ProjectGateTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Gate, version: '1'}
        paths:
          /pets:
            get:
              operationId: list_pets
              responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}}
        components:
          schemas:
            Pet: {type: object, properties: {name: {type: string}}}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void AProjectBelowCSharp11GetsOneDiagnosticAndNoGeneratedCode()
    {
        var csharp10 = new CSharpParseOptions(LanguageVersion.CSharp10);
        var compilation = CSharpCompilation.Create("Old", [CSharpSyntaxTree.ParseText("namespace Old { internal static class X { } }", csharp10, cancellationToken: Ct)],
            Basic.Reference.Assemblies.Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = InProcessGenerator.CreateDriver([GeneratorHarness.Yaml(Spec)]).WithUpdatedParseOptions(csharp10)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, Ct);

        var gate = Assert.Single(diagnostics);
        Assert.Equal("OAC013", gate.Id);
        Assert.Equal(DiagnosticSeverity.Error, gate.Severity);
        Assert.Contains("C# 11 or later", gate.GetMessage());
        Assert.Contains("C# 10", gate.GetMessage());
        Assert.Equal("/specs/api.yaml", gate.Location.GetLineSpan().Path);
        Assert.Empty(driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources)); // not even the runtime helpers
        Assert.Empty(output.GetDiagnostics(Ct).Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void AProjectBelowNet8GetsOneDiagnosticPerSpec()
    {
        // A compilation whose core library is not .NET 8's: no references at all stands in for netstandard2.0 here;
        // the package test builds a real netstandard2.0 project.
        var compilation = CSharpCompilation.Create("Old", [CSharpSyntaxTree.ParseText("namespace Old { }", InProcessGenerator.ParseOptions, cancellationToken: Ct)],
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        InProcessGenerator.CreateDriver([GeneratorHarness.Yaml(Spec, "a", "A.Api"), GeneratorHarness.Yaml(Spec, "b", "B.Api")])
            .RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics, Ct);

        Assert.Equal(["OAC013", "OAC013"], diagnostics.Select(d => d.Id));
        Assert.All(diagnostics, d => Assert.Contains(".NET 8 or later", d.GetMessage()));
        Assert.Equal(["/specs/a.yaml", "/specs/b.yaml"], diagnostics.Select(d => d.Location.GetLineSpan().Path).Order());
    }

    [Fact]
    public void ASecondSpecInTheSameNamespaceIsReportedAndNotGenerated()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Yaml(Spec, "first", "Shared.Api"), GeneratorHarness.Yaml(Spec, "second", "Shared.Api"));

        var shared = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "OAC012");
        Assert.Equal(DiagnosticSeverity.Error, shared.Severity);
        Assert.Equal("/specs/second.yaml", shared.Location.GetLineSpan().Path);
        Assert.Contains("/specs/first.yaml", shared.GetMessage());
        Assert.Contains(run.Sources.Keys, hint => hint == "Shared.Api.Pet.g.cs"); // the first spec's types, once
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void AProjectWithoutASpecGetsNoRuntimeHelpers()
    {
        var result = InProcessGenerator.Run([]);
        Assert.Empty(result.AllSources);
    }

    [Fact]
    public void TwoProjectsThatShareInternalsDoNotSeeEachOthersHelpers()
    {
        // Project A generates a client and lets B see its internals; B generates its own. Without [Embedded] on the
        // runtime helpers, B would see two copies of each (CS0436, an error under warnings as errors).
        var a = GeneratorHarness.Run(
            [GeneratorHarness.Yaml(Spec, "a", "A.Api")],
            "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"B\")] namespace A { internal static class Marker { } }");
        a.AssertCompiles();
        using var image = new MemoryStream();
        Assert.True(a.Output.Emit(image, cancellationToken: Ct).Success);
        var reference = MetadataReference.CreateFromImage(image.ToArray());

        var b = CSharpCompilation.Create("B",
            [CSharpSyntaxTree.ParseText("namespace B { internal static class UsesA { public static object Pet() => new A.Api.Pet(); } }", InProcessGenerator.ParseOptions, cancellationToken: Ct)],
            [.. Basic.Reference.Assemblies.Net100.References.All, reference],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        InProcessGenerator.CreateDriver([GeneratorHarness.Yaml(Spec, "b", "B.Api")]).RunGeneratorsAndUpdateCompilation(b, out var output, out var diagnostics, Ct);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics(Ct).Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
