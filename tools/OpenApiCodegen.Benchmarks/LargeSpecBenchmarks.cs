using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiCodegen.Benchmarks.Infrastructure;
using OpenApiCodegen.Cli.Generation;

namespace OpenApiCodegen.Benchmarks;

/// <summary>
/// The first build of a project whose spec is as large as Microsoft Graph's (20 MB of YAML, synthesized in setup),
/// against the same measurement on OneSignal in the same run, so the ratio shows how the cost scales with size; and
/// what rewording one schema's description in that spec costs once the generator has run (an IDE's case).
/// A run takes tens of seconds, so each iteration is one run and there are few of them.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LargeSpecBenchmarks
{
    private SpecItem _oneSignal = null!;
    private AdditionalText _oneSignalText = null!;
    private SpecItem _large = null!;
    private AdditionalText _largeText = null!;
    private AdditionalText _editedLargeText = null!;
    private GeneratorDriver _ranLarge = null!;
    private CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = RepoPaths.LatestOneSignalSpec;
        _oneSignal = GeneratorHarness.LoadSpec(path, File.ReadAllText(path));
        _oneSignalText = InProcessGenerator.ToAdditionalText(_oneSignal);
        _compilation = GeneratorHarness.CreateCompilation();

        var watch = Stopwatch.StartNew();
        var yaml = SyntheticSpec.BuildYaml();
        var bytes = Encoding.UTF8.GetByteCount(yaml);
        if (bytes < SyntheticSpec.MinimumBytes)
        {
            throw new InvalidOperationException($"The synthetic spec is {bytes:N0} bytes; the benchmark promises at least {SyntheticSpec.MinimumBytes:N0}.");
        }

        Console.WriteLine($"// synthetic spec: {bytes:N0} bytes of YAML, {yaml.Count(c => c == '\n'):N0} lines, built in {watch.Elapsed.TotalSeconds:N1} s");
        _large = new SpecItem(Path.Combine(Path.GetTempPath(), "synthetic-graph.yaml"), yaml, "SyntheticGraph", "SyntheticGraphClient");
        _largeText = InProcessGenerator.ToAdditionalText(_large);

        // A run that reports errors would have stopped early, so the setup fails instead of timing it; and the
        // figure is only worth quoting for code that compiles, so the setup compiles it once (warnings count too).
        watch.Restart();
        _ranLarge = LargeCold();
        var original = GeneratorHarness.EnsureClean(_ranLarge, "synthetic 20 MB spec");
        Console.WriteLine($"// first generator run on it: {watch.Elapsed.TotalSeconds:N1} s");

        // The edit must do what it claims: reword one schema's description and change that schema's file only.
        _editedLargeText = new InMemoryAdditionalText(_large.Path, SpecEdits.EditFirstSchemaDescription(yaml));
        var edited = GeneratorHarness.EnsureClean(LargeSchemaEdit(), "synthetic 20 MB spec after a schema description edit");
        Console.WriteLine($"// the schema edit changes {GeneratorHarness.EnsureOneFileChanged(original, edited, "The schema edit")}");
        watch.Restart();
        GeneratorHarness.EnsureCompiles(_large, _largeText, _compilation, "synthetic 20 MB spec");
        Console.WriteLine($"// generated code compiled without warnings in {watch.Elapsed.TotalSeconds:N1} s (not part of the timed runs)");
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver OneSignalCold() => GeneratorHarness.CreateDriver(_oneSignal, _oneSignalText).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver LargeCold() => GeneratorHarness.CreateDriver(_large, _largeText).RunGenerators(_compilation);

    /// <summary>One schema's description reworded in the IDE: compare with <see cref="LargeCold"/>, as SchemaEdit with Cold.</summary>
    [Benchmark]
    public GeneratorDriver LargeSchemaEdit() => _ranLarge.ReplaceAdditionalText(_largeText, _editedLargeText).RunGenerators(_compilation);
}
