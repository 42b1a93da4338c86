using Microsoft.CodeAnalysis;
using OpenApiCodegen.Cli.Generation;

namespace OpenApiCodegen.Cli.Fuzzing;

/// <summary>How a fuzz case ended.</summary>
public enum FuzzOutcome
{
    /// <summary>The generator reported an error (the spec is broken): nothing to compile.</summary>
    Rejected,

    /// <summary>No error: the output compiled without a warning.</summary>
    Compiled,

    /// <summary>The property does not hold: an exception escaped, an internal error, or output that does not compile.</summary>
    Finding,
}

public sealed record FuzzResult(FuzzOutcome Outcome, string? Finding);

/// <summary>
/// Checks the generator's promise on one spec: no exception escapes, no OAC007 (that id means our bug), and when no
/// error is reported the output compiles with no warning.
/// </summary>
public static class FuzzRunner
{
    public static FuzzResult Check(string text, string extension)
    {
        var item = new SpecItem("/fuzz/case" + extension, text, "Fuzz.Api", "FuzzClient");
        GenerationResult result;
        string? splitDifference;
        try
        {
            result = InProcessGenerator.Run([item]);
            splitDifference = DocSplitCheck.Difference(item);
        }
        catch (Exception e)
        {
            return Finding("the generator driver threw " + e.GetType().Name + ": " + e.Message);
        }

        if (splitDifference is not null)
        {
            return Finding("mapping the spec without its docs and putting them back changed the model: " + splitDifference);
        }

        if (result.GeneratorException is { } exception)
        {
            return Finding("an exception escaped the generator: " + exception.GetType().Name + ": " + exception.Message);
        }

        if (result.GeneratorDiagnostics.FirstOrDefault(d => d.Id == "OAC007") is { } internalError)
        {
            return Finding("OAC007: " + internalError.GetMessage());
        }

        if (result.GeneratorErrors.Count > 0)
        {
            return new FuzzResult(FuzzOutcome.Rejected, null);
        }

        var problems = result.CompilationProblems;
        return problems.Count == 0
            ? new FuzzResult(FuzzOutcome.Compiled, null)
            : Finding("no error reported, but the output does not compile: " + DiagnosticText.Format(problems[0]));
    }

    private static FuzzResult Finding(string what) => new(FuzzOutcome.Finding, what);
}
