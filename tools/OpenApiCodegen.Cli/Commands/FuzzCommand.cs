using System.CommandLine;
using System.Diagnostics;
using OpenApiCodegen.Cli.Fuzzing;

namespace OpenApiCodegen.Cli.Commands;

/// <summary>
/// <c>fuzz --seed N --count M</c>: runs the generator over M mutated specs and checks its promise on each (no
/// exception, no OAC007, output that compiles whenever no error is reported). Each finding is written to
/// <c>--out</c> with how to make it again; the case being run is always in <c>current.yaml|json</c> there, so a
/// crash that takes the process down (a stack overflow) still leaves the spec that caused it.
/// </summary>
internal static class FuzzCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the random choices; the same seed gives the same cases.", DefaultValueFactory = _ => 1 };
        var count = new Option<int>("--count") { Description = "How many cases to run.", DefaultValueFactory = _ => 200 };
        var start = new Option<int>("--start") { Description = "Index of the first case (to rerun one: --start I --count 1).", DefaultValueFactory = _ => 0 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for findings and the current case.", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("artifacts", "fuzz")) };
        var seeds = new Option<DirectoryInfo?>("--seeds") { Description = "A folder of specs to mutate instead of the built-in seeds." };
        var command = new Command("fuzz", "Run the generator over mutated specs and report any that break its promise.")
        {
            seed, count, start, output, seeds,
        };
        command.SetAction(parse => Run(
            parse.GetValue(seed), parse.GetValue(count), parse.GetValue(start), parse.GetValue(output)!, parse.GetValue(seeds),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(int seed, int count, int start, DirectoryInfo output, DirectoryInfo? seedFolder, TextWriter console, TextWriter errors)
    {
        if (count < 1 || start < 0)
        {
            errors.WriteLine("error: --count must be at least 1 and --start at least 0");
            return 2;
        }

        if (seedFolder is { Exists: false })
        {
            errors.WriteLine($"error: seed folder '{seedFolder.FullName}' does not exist");
            return 2;
        }

        var seeds = seedFolder is null ? FuzzCases.BuiltInSeeds() : FuzzCases.SeedsFrom(seedFolder.FullName);
        if (seeds.Count == 0)
        {
            errors.WriteLine($"error: no .yaml/.yml/.json spec in '{seedFolder!.FullName}' to mutate");
            return 2;
        }

        Directory.CreateDirectory(output.FullName);
        var cases = new FuzzCases(seeds);
        var tally = new Dictionary<FuzzOutcome, int>();
        var clock = Stopwatch.StartNew();
        for (var index = start; index < start + count; index++)
        {
            var fuzzCase = cases.Create(seed, index);
            var current = Path.Combine(output.FullName, "current" + fuzzCase.Extension);
            File.WriteAllText(current, fuzzCase.ToFileText(null));
            var result = FuzzRunner.Check(fuzzCase.Text, fuzzCase.Extension);
            tally[result.Outcome] = tally.GetValueOrDefault(result.Outcome) + 1;
            if (result.Outcome == FuzzOutcome.Finding)
            {
                var file = Path.Combine(output.FullName, fuzzCase.Name + fuzzCase.Extension);
                File.WriteAllText(file, fuzzCase.ToFileText(result.Finding));
                File.WriteAllText(Path.ChangeExtension(file, ".txt"), $"fuzz --seed {seed} --start {index} --count 1\n{string.Join("\n", fuzzCase.Mutations)}\n{result.Finding}\n");
                console.WriteLine($"{fuzzCase.Name}: {result.Finding} ({string.Join("; ", fuzzCase.Mutations)}) -> {file}");
            }
        }

        File.Delete(Path.Combine(output.FullName, "current.yaml"));
        File.Delete(Path.Combine(output.FullName, "current.json"));
        var findings = tally.GetValueOrDefault(FuzzOutcome.Finding);
        console.WriteLine($"fuzz --seed {seed}: {count} cases in {clock.Elapsed.TotalSeconds:F0} s: {tally.GetValueOrDefault(FuzzOutcome.Compiled)} compiled, "
                          + $"{tally.GetValueOrDefault(FuzzOutcome.Rejected)} rejected with an error, {findings} findings");
        return findings == 0 ? 0 : 1;
    }
}
