using BenchmarkDotNet.Running;

// Pick benchmarks with BenchmarkDotNet's own arguments, e.g. --filter '*GeneratorBenchmarks*' or --filter '*'.
BenchmarkSwitcher.FromAssembly(typeof(OpenApiCodegen.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);
