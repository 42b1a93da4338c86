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
    public static Dictionary<bool, List<double>> Measure(ConsumerProjects projects, int runs)
    {
        var seconds = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
        for (var run = 0; run < runs; run++)
        {
            foreach (var server in new[] { true, false })
            {
                var log = ProcessRunner.Run("dotnet", ["build", "--no-restore", "--no-incremental", "-nologo", "-v:d",
                    $"-p:UseSharedCompilation={(server ? "true" : "false")}", "-p:ReportAnalyzer=true"], projects.Ours);
                seconds[server].Add(Parse(log));
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
