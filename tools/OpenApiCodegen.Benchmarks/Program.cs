using BenchmarkDotNet.Running;
using OpenApiCodegen.Benchmarks.Infrastructure;

// `write-synthetic-spec <file>` saves the 20 MB spec the large benchmarks build, to read it or feed it to other tools.
if (args is ["write-synthetic-spec", var target])
{
    File.WriteAllText(target, SyntheticSpec.BuildYaml());
    Console.WriteLine($"wrote {new FileInfo(target).Length:N0} bytes to {Path.GetFullPath(target)}");
    return;
}

// Otherwise BenchmarkDotNet's own arguments pick what to run, e.g. --filter '*GeneratorBenchmarks*' or --filter '*'.
BenchmarkSwitcher.FromAssembly(typeof(SyntheticSpec).Assembly).Run(args);
