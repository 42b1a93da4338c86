using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiCodegen.Cli.Generation;

namespace OpenApiCodegen.Benchmarks.BuildCost;

/// <summary>
/// Where the compile of a client goes, which whole builds cannot say: the same sources compiled in this process by
/// Roslyn (parse, declare, then emit, which binds every method body once, as csc does), warm, interleaved, median of
/// the runs. Kiota's client against its runtime packages (taken from the Kiota app's build output), all that ours
/// emits, our runtime helpers alone, and the helpers with the models but without the clients and JSON context.
/// </summary>
internal static class CompileBreakdown
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.None);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Debug);

    public static void Report(ConsumerProjects projects, IReadOnlyDictionary<string, string> generated, int runs)
    {
        var framework = FrameworkReferences();
        var kiotaBin = Path.Combine(projects.Kiota, "bin", "Debug", "net10.0");
        var kiotaReferences = Directory.Exists(kiotaBin)
            ? Directory.EnumerateFiles(kiotaBin, "*.dll").Where(f => Path.GetFileName(f) != "kiota.dll").Select(f => MetadataReference.CreateFromFile(f))
            : [];

        var runtime = generated.Where(s => IsRuntime(s.Key)).Select(s => s.Value).ToList();
        var models = generated.Where(s => IsRuntime(s.Key) || IsModel(s.Key)).Select(s => s.Value).ToList();
        var sets = new (string Name, IReadOnlyList<string> Sources, IReadOnlyList<MetadataReference> References)[]
        {
            ("Kiota's client", Directory.EnumerateFiles(Path.Combine(projects.Kiota, "Client"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText).ToList(), [.. framework, .. kiotaReferences]),
            ("ours, all", generated.Values.ToList(), framework),
            ("ours, runtime helpers only", runtime, framework),
            ("ours, runtime helpers and models", models, framework),
        };

        // The first compile of each set warms the JIT and Roslyn's symbol caches; it also proves the set compiles,
        // since a set with errors stops early and its time would mean nothing.
        var compiled = sets.Where(set =>
        {
            var problems = Compile(set.Sources, set.References, out _);
            if (problems.Count > 0)
            {
                Console.WriteLine($"// in-memory compile of {set.Name} left out: {problems.Count} errors, first {problems[0]}");
            }

            return problems.Count == 0;
        }).ToList();
        if (!compiled.Contains(sets[0]))
        {
            Console.WriteLine("// no in-memory compile breakdown: Kiota's client is the baseline and did not compile here");
            return;
        }

        var times = compiled.ToDictionary(s => s.Name, _ => new List<double>());
        for (var run = 0; run < runs; run++)
        {
            foreach (var set in compiled)
            {
                Compile(set.Sources, set.References, out var milliseconds);
                times[set.Name].Add(milliseconds);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"In-memory compile (Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}, warm, median of {runs}):");
        Console.WriteLine();
        Console.WriteLine("| Sources | Bytes | Compile | / Kiota's |");
        Console.WriteLine("|---|---:|---:|---:|");
        var kiota = BuildCostCommand.Median(times[sets[0].Name]);
        foreach (var set in compiled)
        {
            var median = BuildCostCommand.Median(times[set.Name]);
            Console.WriteLine($"| {set.Name} | {set.Sources.Sum(s => (long)s.Length):N0} | {median:N0} ms | {median / kiota:N2} |");
        }
    }

    private static bool IsRuntime(string hintName) => hintName.StartsWith(GenerationResult.RuntimeHintPrefix, StringComparison.Ordinal);

    /// <summary>The types the spec's schemas become, with the client's answer and error types: all but the clients and the JSON context.</summary>
    private static bool IsModel(string hintName)
        => !IsRuntime(hintName) && !hintName.EndsWith("Client.g.cs", StringComparison.Ordinal) && !hintName.EndsWith("JsonContext.g.cs", StringComparison.Ordinal);

    private static List<Diagnostic> Compile(IReadOnlyList<string> sources, IReadOnlyList<MetadataReference> references, out double milliseconds)
    {
        var clock = Stopwatch.StartNew();
        var trees = sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)).ToList();
        var compilation = CSharpCompilation.Create("Breakdown", trees, references, CompilationOptions);
        using var output = new MemoryStream();
        var result = compilation.Emit(output);
        milliseconds = clock.Elapsed.TotalMilliseconds;
        return result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }

    /// <summary>The reference assemblies a .NET 10 app compiles against, or the running framework's own when the pack is missing.</summary>
    private static List<MetadataReference> FrameworkReferences()
    {
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        var version = Path.GetFileName(runtimeDirectory);
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var pack = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref", version, "ref", "net10.0");
        var folder = Directory.Exists(pack) ? pack : runtimeDirectory;
        return Directory.EnumerateFiles(folder, "*.dll")
            .Select(file => (MetadataReference)MetadataReference.CreateFromFile(file))
            .ToList();
    }
}
