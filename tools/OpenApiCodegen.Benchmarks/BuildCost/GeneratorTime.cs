using System.Globalization;
using System.Text.RegularExpressions;
using OpenApiCodegen.Benchmarks.Infrastructure;

namespace OpenApiCodegen.Benchmarks.BuildCost;

/// <summary>
/// Our generator's own time inside the compiler, as the compiler reports it (<c>-p:ReportAnalyzer=true</c>): whole
/// builds move by tenths of a second between runs, so the difference of two build medians cannot say what the
/// generator alone costs; the compiler's own timer can. The builds are extra ones, after the timed runs, because
/// reporting changes how the compiler runs analyzers.
/// </summary>
internal static partial class GeneratorTime
{
    /// <summary>Per compiler server setting and per form of the generator (ReadyToRun or IL only), the seconds of each run.</summary>
    public static Dictionary<(bool Server, bool ReadyToRun), List<double>> Measure(ConsumerProjects projects, int runs)
    {
        var seconds = new Dictionary<(bool Server, bool ReadyToRun), List<double>>();
        for (var run = 0; run < runs; run++)
        {
            foreach (var server in new[] { true, false })
            {
                foreach (var readyToRun in new[] { true, false })
                {
                    var log = ProcessRunner.Run("dotnet", ["build", "--no-restore", "--no-incremental", "-nologo", "-v:d",
                        $"-p:UseSharedCompilation={(server ? "true" : "false")}", "-p:ReportAnalyzer=true"], readyToRun ? projects.Ours : projects.OursIL);
                    (seconds.TryGetValue((server, readyToRun), out var list) ? list : seconds[(server, readyToRun)] = []).Add(Parse(log));
                }
            }
        }

        return seconds;
    }

    /// <summary>The seconds on the compiler's line for our generator type, in its generator execution table.</summary>
    internal static double Parse(string log)
    {
        var match = GeneratorLine().Match(log);
        if (!match.Success)
        {
            throw new InvalidOperationException("The build log has no ReportAnalyzer line for OpenApiCodegen.OpenApiGenerator; did the compiler run it?");
        }

        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?m)^\s*([0-9]+\.[0-9]+)\s+\S+\s+OpenApiCodegen\.OpenApiGenerator\s*$")]
    private static partial Regex GeneratorLine();
}
