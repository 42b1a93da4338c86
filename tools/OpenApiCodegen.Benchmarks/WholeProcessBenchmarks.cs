using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OpenApiCodegen.Benchmarks.Infrastructure;

namespace OpenApiCodegen.Benchmarks;

/// <summary>
/// Wall clock of generating a client for the latest OneSignal spec from a shell, ours against Kiota's, each as a
/// whole process (runtime start, parse, generate, write files), in the same run so the ratio is fair.
/// Kiota is the baseline. Both tools are started as <c>dotnet some.dll</c>; Kiota through <c>dotnet kiota</c>
/// (as its docs say to run it) is measured too, since the SDK's tool lookup adds its own start-up.
/// Our <c>generate</c> by default also compiles what it generated, to report problems, which Kiota does not do:
/// <c>--no-compile</c> is the like-for-like figure, and the default is measured as well to show what checking costs.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class WholeProcessBenchmarks
{
    private string _work = null!;
    private string _spec = null!;
    private string _kiotaDll = null!;
    private string _cliDll = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cliDll = RepoPaths.CliDll;
        _kiotaDll = KiotaTool.Restore();
        Console.WriteLine($"// ours: {_cliDll}");
        Console.WriteLine($"// kiota: {_kiotaDll}");

        // The spec alone in its folder: our CLI adds a spec's YAML neighbours as AdditionalFiles (for external
        // $refs), and the shared history folder has dozens of them that Kiota would never read.
        _work = Directory.CreateTempSubdirectory("openapicodegen-bench-").FullName;
        _spec = Path.Combine(_work, "onesignal.yaml");
        File.Copy(RepoPaths.LatestOneSignalSpec, _spec);
        Console.WriteLine($"// spec: {RepoPaths.LatestOneSignalSpec}");

        // One run of each here proves that they work and reports what they wrote.
        ResetOutputs();
        OpenApiCodegen();
        OpenApiCodegenAndCompile();
        Kiota();
        Console.WriteLine($"// ours wrote {CountFiles("ours")} .cs files; kiota wrote {CountFiles("kiota")}");
    }

    /// <summary>Each run writes into an empty folder, as a first generation would.</summary>
    [IterationSetup]
    public void ResetOutputs()
    {
        foreach (var folder in new[] { "ours", "ours-compiled", "kiota", "kiota-tool" })
        {
            var path = Path.Combine(_work, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_work is not null && Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Benchmark(Baseline = true)]
    public void Kiota() => ProcessRunner.Run("dotnet", [_kiotaDll, .. KiotaArguments("kiota")], _work, KiotaTool.Environment);

    /// <summary>The same, started the documented way; the tool manifest is found from the repository root.</summary>
    [Benchmark]
    public void KiotaAsDotnetTool() => ProcessRunner.Run("dotnet", ["kiota", .. KiotaArguments("kiota-tool")], RepoPaths.Root, KiotaTool.Environment);

    /// <summary>Generate and write the files: the same job as Kiota's.</summary>
    [Benchmark]
    public void OpenApiCodegen() => RunOurs("ours", "--no-compile");

    /// <summary>The CLI's default: generate, write, then compile the output with Roslyn to report any problem.</summary>
    [Benchmark]
    public void OpenApiCodegenAndCompile() => RunOurs("ours-compiled");

    private void RunOurs(string output, params string[] options) => ProcessRunner.Run(
        "dotnet",
        [_cliDll, "generate", _spec, "--out", Path.Combine(_work, output), "--namespace", "OneSignal", "--client-name", "OneSignalClient", .. options],
        _work);

    private string[] KiotaArguments(string output) =>
        ["generate", "-l", "CSharp", "-d", _spec, "-o", Path.Combine(_work, output), "-c", "OneSignalClient", "-n", "OneSignal", "--clean-output"];

    private int CountFiles(string folder) => Directory.EnumerateFiles(Path.Combine(_work, folder), "*.cs", SearchOption.AllDirectories).Count();
}
