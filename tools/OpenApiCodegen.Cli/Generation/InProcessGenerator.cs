using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using OpenApiCodegen.Emit;

namespace OpenApiCodegen.Cli.Generation;

/// <summary>
/// Runs the generator the way the compiler does, in this process: a compilation against the .NET 10
/// reference assemblies, specs as AdditionalFiles with their MSBuild metadata, step tracking on.
/// </summary>
public static class InProcessGenerator
{
    /// <summary>
    /// C# 12: what the oldest supported SDK (.NET 8) compiles, so generated code must stay within it. The symbols
    /// are those a net10.0 project defines, since the compilation references .NET 10: code under
    /// <c>#if NET9_0_OR_GREATER</c> is compiled here as in a real build. Doc comments are checked as in a project that
    /// generates its documentation file (a library's usual setting), so a malformed one counts as a warning.
    /// </summary>
    public static readonly CSharpParseOptions ParseOptions = new(
        LanguageVersion.CSharp12,
        DocumentationMode.Diagnose,
        preprocessorSymbols: ["NET", "NETCOREAPP", "NET10_0", .. Enumerable.Range(5, 6).Select(major => $"NET{major}_0_OR_GREATER")]);

    public static GenerationResult Run(IEnumerable<SpecItem> specs, params string[] csharpSources)
        => Run(specs, [], csharpSources);

    /// <summary>Runs with extra assembly references, as a project with more package references would have.</summary>
    public static GenerationResult Run(IEnumerable<SpecItem> specs, IEnumerable<MetadataReference> references, params string[] csharpSources)
    {
        var compilation = CreateCompilation(csharpSources.Length == 0 ? ["namespace Consumer { internal static class Placeholder { } }"] : csharpSources)
            .AddReferences(references);
        var driver = CreateDriver(specs).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GenerationResult(driver, compilation, output, diagnostics);
    }

    /// <summary>
    /// Generates without loading all the .NET reference assemblies: the generator reads only the specs (and, to check
    /// that the project targets .NET 8 or later, the core library), so when the output will not be compiled
    /// (generate --no-compile) a compilation with one reference is enough and much cheaper.
    /// </summary>
    public static GenerationResult GenerateOnly(IEnumerable<SpecItem> specs)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            references: [Basic.Reference.Assemblies.Net100.References.SystemRuntime],
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var items = specs.ToList();
        var driver = CreateDriver(items, items.Select(ToAdditionalText).ToList(), trackSteps: false).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GenerationResult(driver, compilation, output, diagnostics);
    }

    public static CSharpCompilation CreateCompilation(IEnumerable<string> sources)
        => CSharpCompilation.Create(
            "Consumer",
            // The project's own code (a test's probe) is not held to the documentation check that generated code is.
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions.WithDocumentationMode(DocumentationMode.Parse))),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // As the .NET SDK does: a reference built against an older framework (net8.0) is not a problem.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    public static GeneratorDriver CreateDriver(IEnumerable<SpecItem> specs)
    {
        var items = specs.ToList();
        return CreateDriver(items, items.Select(ToAdditionalText).ToList());
    }

    public static AdditionalText ToAdditionalText(SpecItem item) => new InMemoryAdditionalText(item.Path, item.Text);

    /// <summary>A driver over given AdditionalText instances, so a caller can later replace one (an edit).</summary>
    /// <param name="trackSteps">
    /// Records every step's inputs and outputs, which tests inspect. A compiler build does not track them, so the
    /// benchmarks turn it off to measure what a build pays.
    /// </param>
    public static GeneratorDriver CreateDriver(IReadOnlyList<SpecItem> items, IReadOnlyList<AdditionalText> texts, bool trackSteps = true)
    {
        var perFile = items.ToImmutableDictionary(item => item.Path, Metadata);
        var options = new InMemoryOptionsProvider(perFile, ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", "Consumer"));
        return CSharpGeneratorDriver.Create(
            [new OpenApiGenerator().AsSourceGenerator()],
            texts.ToImmutableArray(),
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    private static ImmutableDictionary<string, string> Metadata(SpecItem item)
    {
        var metadata = ImmutableDictionary.CreateBuilder<string, string>();
        if (item.IsSpec)
        {
            metadata["build_metadata.AdditionalFiles.OpenApiSpec"] = "true";
        }

        if (item.Namespace is not null)
        {
            metadata["build_metadata.AdditionalFiles.Namespace"] = item.Namespace;
        }

        if (item.ClientName is not null)
        {
            metadata["build_metadata.AdditionalFiles.ClientName"] = item.ClientName;
        }

        return metadata.ToImmutable();
    }
}

/// <summary>One generator run and the compilation it produced.</summary>
public sealed record GenerationResult(GeneratorDriver Driver, Compilation Input, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public const string RuntimeHintPrefix = "OpenApiCodegen.Runtime.";

    public GeneratorDriverRunResult RunResult => Driver.GetRunResult();

    /// <summary>Generated files by hint name, without the runtime helpers every run adds.</summary>
    public IReadOnlyDictionary<string, string> Sources => RunResult.Results
        .SelectMany(result => result.GeneratedSources)
        .Where(source => !source.HintName.StartsWith(RuntimeHintPrefix, StringComparison.Ordinal))
        .ToDictionary(source => source.HintName, source => source.SourceText.ToString());

    /// <summary>Every generated file, runtime helpers included.</summary>
    public IReadOnlyDictionary<string, string> AllSources => RunResult.Results
        .SelectMany(result => result.GeneratedSources)
        .ToDictionary(source => source.HintName, source => source.SourceText.ToString());

    public Exception? GeneratorException => RunResult.Results.Select(result => result.Exception).FirstOrDefault(e => e is not null);

    /// <summary>
    /// Errors and warnings of the compiled result; generated code must have none. Checked strictly: the generated files
    /// turn nullable warnings off for the consumer's build (the compiler then skips its nullable analysis of them), and
    /// here they are turned back on, so a nullable mistake in what we emit is still found.
    /// </summary>
    public IReadOnlyList<Diagnostic> CompilationProblems => WithNullableWarnings(Output).GetDiagnostics()
        .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
        .ToList();

    /// <summary>The compilation with every generated file's nullable warnings back on, line for line.</summary>
    private Compilation WithNullableWarnings(Compilation compilation)
    {
        var own = Input.SyntaxTrees.ToHashSet();
        var generated = compilation.SyntaxTrees.Where(tree => !own.Contains(tree)).ToList();
        var strict = generated.Select(tree =>
        {
            var text = tree.GetText();
            var on = text.ToString().Replace("\n" + GeneratedFile.NullableWarningsOff + "\n", "\n" + GeneratedFile.NullableWarningsOn + "\n", StringComparison.Ordinal);
            return tree.WithChangedText(SourceText.From(on, text.Encoding));
        });
        return compilation.RemoveSyntaxTrees(generated).AddSyntaxTrees(strict);
    }

    public IReadOnlyList<Diagnostic> GeneratorErrors => GeneratorDiagnostics
        .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
        .ToList();
}
