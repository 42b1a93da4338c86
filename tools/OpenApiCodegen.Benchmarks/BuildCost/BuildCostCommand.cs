using System.Diagnostics;
using OpenApiCodegen.Benchmarks.Infrastructure;
using OpenApiCodegen.Cli.Generation;

namespace OpenApiCodegen.Benchmarks.BuildCost;

/// <summary>
/// <c>build-cost [--runs N] [--spec file]</c>: what a client costs the build of the project that uses it. Full
/// rebuilds (<c>dotnet build --no-restore --no-incremental</c>) of an empty console app, the same app with Kiota's
/// client committed, the same app with our package and the spec, and the same app with what our generator emits
/// committed instead (what compiling our code costs, without running the generator), and ours again with the IL-only
/// generator (<c>ours-il</c>: what the package's ReadyToRun copies save, see generator/OpenApiCodegen/ReadyToRun.targets),
/// with the compiler server on and off,
/// interleaved so that a change in machine load falls on all of them alike. Reports each median, each app's
/// overhead over the empty one, and the ratio of our overhead to Kiota's; how much C# each adds; and, compiled in
/// this process, which part of what ours emits costs what (<see cref="CompileBreakdown"/>); and our generator's own time
/// inside the compiler, as the compiler reports it (<see cref="GeneratorTime"/>).
/// </summary>
internal static class BuildCostCommand
{
    private static readonly string[] Apps = ["empty", "kiota", "ours", "ours-il", "ours-source"];

    public static void Run(string[] args)
    {
        var runs = Option(args, "--runs") is { } count ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 5;
        var spec = Path.GetFullPath(Option(args, "--spec") ?? Path.Combine(RepoPaths.Root, "spec", "onesignal.yaml"));

        var generated = InProcessGenerator.GenerateOnly([SpecFiles.Load(spec, "OneSignal", "OneSignalClient")]).AllSources;
        var ours = SourceSize.Of(generated.Values);
        using var projects = ConsumerProjects.Create(spec, generated);
        Console.WriteLine($"// spec: {spec}");
        Console.WriteLine($"// C# added: Kiota {projects.KiotaSource}; ours {ours} (runtime helpers included)");

        var times = new Dictionary<(string App, bool Server), List<double>>();
        Dictionary<(bool Server, bool ReadyToRun), List<double>> generatorTimes;
        try
        {
            // One build of each first: it starts the compiler server and warms the file cache; it is not counted.
            foreach (var server in new[] { true, false })
            {
                foreach (var app in Apps)
                {
                    Build(projects, app, server);
                }
            }

            for (var run = 1; run <= runs; run++)
            {
                foreach (var server in new[] { true, false })
                {
                    foreach (var app in Apps)
                    {
                        var seconds = Build(projects, app, server);
                        (times.TryGetValue((app, server), out var list) ? list : times[(app, server)] = []).Add(seconds);
                    }
                }

                Console.WriteLine($"// run {run} of {runs} done");
            }

            generatorTimes = GeneratorTime.Measure(projects, runs);
        }
        finally
        {
            ProcessRunner.Run("dotnet", ["build-server", "shutdown"], projects.Root);
        }

        Report(times, generatorTimes, runs, projects.KiotaSource, ours);
        CompileBreakdown.Report(projects, generated, runs: Math.Max(runs, 5));
    }

    private static double Build(ConsumerProjects projects, string app, bool server)
    {
        var folder = app switch
        {
            "empty" => projects.Empty, "kiota" => projects.Kiota, "ours" => projects.Ours, "ours-il" => projects.OursIL, _ => projects.OursAsSource,
        };
        var clock = Stopwatch.StartNew();
        ProcessRunner.Run("dotnet", ["build", "--no-restore", "--no-incremental", "-nologo", "-v:q", $"-p:UseSharedCompilation={(server ? "true" : "false")}"], folder);
        return clock.Elapsed.TotalSeconds;
    }

    private static void Report(Dictionary<(string App, bool Server), List<double>> times, Dictionary<(bool Server, bool ReadyToRun), List<double>> generatorTimes, int runs, SourceSize kiota, SourceSize ours)
    {
        Console.WriteLine();
        Console.WriteLine($"Full rebuild, median of {runs} (dotnet build --no-restore --no-incremental):");
        Console.WriteLine();
        Console.WriteLine("| App | Server on | Overhead | Server off | Overhead |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var app in Apps)
        {
            Console.WriteLine($"| {app} | {Median(times[(app, true)]):N2} s | {Overhead(times, app, true)} | {Median(times[(app, false)]):N2} s | {Overhead(times, app, false)} |");
        }

        Console.WriteLine();
        foreach (var server in new[] { true, false })
        {
            var empty = Median(times[("empty", server)]);
            var kiotaOverhead = Median(times[("kiota", server)]) - empty;
            var oursOverhead = Median(times[("ours", server)]) - empty;
            var ilOverhead = Median(times[("ours-il", server)]) - empty;
            var sourceOverhead = Median(times[("ours-source", server)]) - empty;
            var generator = Median(generatorTimes[(server, true)]);
            var ilGenerator = Median(generatorTimes[(server, false)]);
            Console.WriteLine($"Compiler server {(server ? "on" : "off")}: overhead ours / Kiota {oursOverhead / kiotaOverhead:N2} "
                              + $"(IL-only generator {ilOverhead / kiotaOverhead:N2}); "
                              + $"our generated code alone (committed, no generator) / Kiota {sourceOverhead / kiotaOverhead:N2}; "
                              + $"our generator's own time in the compiler (ReportAnalyzer, median of {runs}) {generator:N2} s "
                              + $"(IL-only {ilGenerator:N2} s, ratio {generator / ilGenerator:N2}), {generator / kiotaOverhead:N2} of Kiota's overhead");
        }

        Console.WriteLine($"C# added: Kiota {kiota}; ours {ours}; bytes ours / Kiota: {(double)ours.Bytes / kiota.Bytes:N2}");
    }

    private static string Overhead(Dictionary<(string App, bool Server), List<double>> times, string app, bool server)
        => app == "empty" ? "-" : $"+{Median(times[(app, server)]) - Median(times[("empty", server)]):N2} s";

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
