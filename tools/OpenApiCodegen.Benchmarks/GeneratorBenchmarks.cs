using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiCodegen.Benchmarks.Infrastructure;
using OpenApiCodegen.Cli.Generation;

namespace OpenApiCodegen.Benchmarks;

/// <summary>
/// What the generator costs a build of a project that uses the latest OneSignal spec: the first build (Cold),
/// and the rebuilds an IDE runs on every keystroke (Warm, UnrelatedEdit) or on a spec edit (SchemaEdit, a doc reworded;
/// PropertyAdded, a structural edit).
/// Ratios are against Cold, so incrementality shows as a fraction of a full generation.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private SpecItem _spec = null!;
    private AdditionalText _specText = null!;
    private AdditionalText _editedSpecText = null!;
    private AdditionalText _structurallyEditedSpecText = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _compilationWithUnrelatedEdit = null!;
    private GeneratorDriver _ranDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = RepoPaths.LatestOneSignalSpec;
        Console.WriteLine($"// spec: {path}");
        var text = File.ReadAllText(path);
        _spec = GeneratorHarness.LoadSpec(path, text);
        _specText = InProcessGenerator.ToAdditionalText(_spec);
        _editedSpecText = new InMemoryAdditionalText(path, SpecEdits.EditFirstSchemaDescription(text));
        _structurallyEditedSpecText = new InMemoryAdditionalText(path, SpecEdits.AddPropertyToFirstSchema(text));

        _compilation = GeneratorHarness.CreateCompilation();
        _compilationWithUnrelatedEdit = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Consumer { internal sealed class TypedInTheIde { public int Value { get; set; } } }", InProcessGenerator.ParseOptions));

        // Every benchmark but Cold starts from a driver that has already run: GeneratorDriver is immutable,
        // so each invocation re-runs from the same cached state.
        _ranDriver = GeneratorHarness.CreateDriver(_spec, _specText).RunGenerators(_compilation);
        var original = GeneratorHarness.EnsureClean(_ranDriver, "OneSignal");

        // The scenarios must do what they claim, or their timings mean nothing.
        var afterUnrelatedEdit = GeneratorHarness.EnsureClean(UnrelatedEdit(), "OneSignal after an unrelated C# edit");
        if (!afterUnrelatedEdit.OrderBy(s => s.Key).SequenceEqual(original.OrderBy(s => s.Key)))
        {
            throw new InvalidOperationException("An unrelated C# edit changed the generated code.");
        }

        var afterSchemaEdit = GeneratorHarness.EnsureClean(SchemaEdit(), "OneSignal after a schema description edit");
        Console.WriteLine($"// the schema edit changes {GeneratorHarness.EnsureOneFileChanged(original, afterSchemaEdit, "The schema edit")}");

        var afterPropertyAdded = GeneratorHarness.EnsureClean(PropertyAdded(), "OneSignal after a property was added");
        Console.WriteLine($"// adding a property changes {GeneratorHarness.EnsureOneFileChanged(original, afterPropertyAdded, "Adding a property")}");
    }

    /// <summary>First build: parse the spec, map it to models, emit every file.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver Cold() => GeneratorHarness.CreateDriver(_spec, _specText).RunGenerators(_compilation);

    /// <summary>A rebuild with nothing changed: every step is cached.</summary>
    [Benchmark]
    public GeneratorDriver Warm() => _ranDriver.RunGenerators(_compilation);

    /// <summary>A C# file added to the project: the generator does not read C#, so this must cost next to nothing.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedEdit() => _ranDriver.RunGenerators(_compilationWithUnrelatedEdit);

    /// <summary>
    /// One schema's description reworded: only the docs are read again (the structure, parsed and mapped, is kept), and
    /// one file is re-emitted.
    /// </summary>
    [Benchmark]
    public GeneratorDriver SchemaEdit() => _ranDriver.ReplaceAdditionalText(_specText, _editedSpecText).RunGenerators(_compilation);

    /// <summary>A property added to one schema: a structural edit, so the spec is parsed and mapped again; one file is re-emitted.</summary>
    [Benchmark]
    public GeneratorDriver PropertyAdded() => _ranDriver.ReplaceAdditionalText(_specText, _structurallyEditedSpecText).RunGenerators(_compilation);
}
