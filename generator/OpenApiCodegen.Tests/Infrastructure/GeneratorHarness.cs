using OpenApiCodegen.Cli.Generation;

namespace OpenApiCodegen.Tests.Infrastructure;

/// <summary>Runs the generator in-process (the CLI's runner) and asserts on the result.</summary>
internal static class GeneratorHarness
{
    public static GenerationResult Run(params SpecItem[] specs) => InProcessGenerator.Run(specs);

    public static GenerationResult Run(IEnumerable<SpecItem> specs, string? csharp)
        => csharp is null ? InProcessGenerator.Run(specs) : InProcessGenerator.Run(specs, csharp);

    /// <summary>Runs in a project that references OpenApiCodegen.Operations, so the operation catalog is emitted too.</summary>
    public static GenerationResult RunWithCatalog(params SpecItem[] specs)
        => InProcessGenerator.Run(specs, [Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(typeof(OpenApiCodegen.Operations.IOperationCatalog).Assembly.Location)]);

    /// <summary>A spec item in the test namespace, from inline YAML.</summary>
    public static SpecItem Yaml(string text, string name = "api", string @namespace = "Test.Api")
        => new($"/specs/{name}.yaml", text, @namespace, "TestClient");

    public static string Source(this GenerationResult run, string hintName)
        => run.Sources.TryGetValue(hintName, out var text)
            ? text
            : throw new KeyNotFoundException($"No generated file '{hintName}'. Generated: {string.Join(", ", run.Sources.Keys)}");

    public static void AssertCompiles(this GenerationResult run)
    {
        Assert.Null(run.GeneratorException);
        var problems = run.CompilationProblems;
        Assert.True(problems.Count == 0, "Generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(30)));
        var errors = run.GeneratorErrors;
        Assert.True(errors.Count == 0, "The generator reported errors:\n" + string.Join("\n", errors));
    }
}
