using OpenApiCodegen.Cli.Fuzzing;

namespace OpenApiCodegen.Tests;

/// <summary>
/// A fixed slice of the fuzzer in every test run: mutated specs (deleted keys, wrong types, broken and circular
/// $refs, hostile names, deep nesting, odd versions, truncation...) must keep the generator's promise. Longer runs
/// use the CLI (<c>fuzz --seed N --count M</c>); whatever they find is kept in Specs/Regressions.
/// </summary>
public sealed class FuzzTests
{
    private const int CasesPerSeed = 50;

    [Theory]
    [InlineData(101)]
    [InlineData(102)]
    [InlineData(103)]
    [InlineData(104)]
    [InlineData(105)]
    [InlineData(106)]
    public void MutatedSpecsKeepThePromise(int seed)
    {
        var cases = new FuzzCases(FuzzCases.BuiltInSeeds());
        var findings = new List<string>();
        var outcomes = new Dictionary<FuzzOutcome, int>();
        for (var index = 0; index < CasesPerSeed; index++)
        {
            var fuzzCase = cases.Create(seed, index);
            var result = FuzzRunner.Check(fuzzCase.Text, fuzzCase.Extension);
            outcomes[result.Outcome] = outcomes.GetValueOrDefault(result.Outcome) + 1;
            if (result.Outcome == FuzzOutcome.Finding)
            {
                findings.Add($"{fuzzCase.Name} ({string.Join("; ", fuzzCase.Mutations)}): {result.Finding}\n"
                             + $"  reproduce: dotnet run --project tools/OpenApiCodegen.Cli -- fuzz --seed {seed} --start {index} --count 1");
            }
        }

        Assert.True(findings.Count == 0, string.Join("\n", findings));
        // The slice is worth running only if mutations leave most specs generatable: guard against a mutator that only breaks.
        Assert.True(outcomes.GetValueOrDefault(FuzzOutcome.Compiled) >= CasesPerSeed / 3, $"only {outcomes.GetValueOrDefault(FuzzOutcome.Compiled)} of {CasesPerSeed} cases compiled");
    }

    [Fact]
    public void ACaseIsTheSameEveryTime()
    {
        var cases = new FuzzCases(FuzzCases.BuiltInSeeds());
        var first = cases.Create(7, 3);
        var again = new FuzzCases(FuzzCases.BuiltInSeeds()).Create(7, 3);
        Assert.Equal(first.Text, again.Text);
        Assert.Equal(first.Mutations, again.Mutations);
        Assert.NotEqual(first.Text, cases.Create(7, 4).Text);
    }
}
