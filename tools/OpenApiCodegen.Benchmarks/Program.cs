using BenchmarkDotNet.Running;
using OpenApiCodegen.Benchmarks.Infrastructure;

// `write-synthetic-spec <file>` saves the 20 MB spec the large benchmarks build, to read it or feed it to other tools.
if (args is ["write-synthetic-spec", var target])
{
    File.WriteAllText(target, SyntheticSpec.BuildYaml());
    Console.WriteLine($"wrote {new FileInfo(target).Length:N0} bytes to {Path.GetFullPath(target)}");
    return;
}

// `build-cost [--runs N] [--spec file]` times full builds of an app without a client, with Kiota's, and with ours.
if (args is ["build-cost", .. var options])
{
    OpenApiCodegen.Benchmarks.BuildCost.BuildCostCommand.Run(options);
    return;
}

// `allocations ClientDeserializationBenchmarks.OpenApiCodegen ...` estimates which types a client benchmark allocates.
if (args is ["allocations", .. var benchmarks])
{
    OpenApiCodegen.Benchmarks.Client.Diagnostics.AllocationBreakdown.Run(benchmarks);
    return;
}

#if !KIOTA_CLIENT
// KiotaClient.targets generates the Kiota client only in Release (or with -p:KiotaClient=true), and leaves it out
// when the Kiota tool cannot be restored: the client benchmarks then run without their Kiota rows.
Console.WriteLine("// Kiota client benchmarks are not compiled in: build in Release with the Kiota tool restorable (see the build output).");
#endif

// Otherwise BenchmarkDotNet's own arguments pick what to run, e.g. --filter '*GeneratorBenchmarks*' or --filter '*'.
BenchmarkSwitcher.FromAssembly(typeof(SyntheticSpec).Assembly).Run(args);
