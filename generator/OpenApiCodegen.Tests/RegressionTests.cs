using System.Text.RegularExpressions;
using OpenApiCodegen.Cli.Fuzzing;
using OpenApiCodegen.Cli.Generation;
using OpenApiCodegen.Tests.Infrastructure;

namespace OpenApiCodegen.Tests;

/// <summary>
/// Every spec that ever broke the generator's promise, kept in <c>Specs/Regressions</c>: the failure classes found in
/// public specs and in issue reports (hand-written, named after what they test) and every case the fuzzer found
/// (<c>fuzz-seedN-caseI</c>). Each must keep the promise: no exception, no OAC007, and output that compiles without a
/// warning whenever no error is reported. A <c># expect:</c> line in a hand-written spec says more: that it compiles
/// with no warning from the generator either, or which diagnostic it gets, and where.
/// </summary>
public sealed class RegressionTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Specs", "Regressions");

    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder).Where(SpecFiles.IsSpecFile).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void KeepsThePromise(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder, file));
        var result = FuzzRunner.Check(text, Path.GetExtension(file));
        Assert.True(result.Outcome != FuzzOutcome.Finding, result.Finding);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void GetsWhatItsHeaderExpects(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder, file));
        var expectation = Regex.Match(text, @"^# expect: (?<id>compiles|OAC\d{3})(?: (?<line>\d+):(?<column>\d+))?", RegexOptions.Multiline);
        if (!expectation.Success)
        {
            return; // a fuzz case: the promise is all it is held to
        }

        var run = GeneratorHarness.Run(GeneratorHarness.Yaml(text, Path.GetFileNameWithoutExtension(file)));
        var id = expectation.Groups["id"].Value;
        if (id == "compiles")
        {
            // Compiles, and without a warning from the generator: nothing was degraded on the way.
            run.AssertCompiles();
            Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
            return;
        }

        var matching = run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count > 0, $"Expected {id}, got: {string.Join("\n", run.GeneratorDiagnostics)}");
        if (expectation.Groups["line"].Success)
        {
            var position = matching[0].Location.GetLineSpan().StartLinePosition;
            Assert.Equal(
                (int.Parse(expectation.Groups["line"].Value), int.Parse(expectation.Groups["column"].Value)),
                (position.Line + 1, position.Character + 1));
        }
    }
}
