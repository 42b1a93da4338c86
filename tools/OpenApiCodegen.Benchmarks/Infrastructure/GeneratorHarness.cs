using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiCodegen.Cli.Generation;

namespace OpenApiCodegen.Benchmarks.Infrastructure;

/// <summary>Drives the generator as the compiler does, through the CLI's <see cref="InProcessGenerator"/>.</summary>
internal static class GeneratorHarness
{
    /// <summary>A consumer project with one type: the generator reads only AdditionalFiles, so the C# hardly matters.</summary>
    public static CSharpCompilation CreateCompilation()
        => InProcessGenerator.CreateCompilation(["namespace Consumer { internal static class Placeholder { } }"]);

    public static SpecItem LoadSpec(string path, string text) => new(path, text, "OneSignal", "OneSignalClient");

    /// <summary>A fresh driver without step tracking: a compiler build does not track steps, so neither do the numbers.</summary>
    public static GeneratorDriver CreateDriver(SpecItem spec, AdditionalText text)
        => InProcessGenerator.CreateDriver([spec], [text], trackSteps: false);

    /// <summary>
    /// Fails the setup unless an edit changed exactly one generated file, as the scenario claims; returns that file's name.
    /// </summary>
    public static string EnsureOneFileChanged(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, string edit)
    {
        var changed = after.Where(s => !before.TryGetValue(s.Key, out var old) || old != s.Value).Select(s => s.Key).ToList();
        if (changed.Count != 1)
        {
            throw new InvalidOperationException($"{edit} should change one generated file; it changed {changed.Count}.");
        }

        return changed[0];
    }

    /// <summary>
    /// Fails the setup when the generator threw or reported an error: timing a run that failed early would flatter it.
    /// Returns the generated files by hint name.
    /// </summary>
    public static IReadOnlyDictionary<string, string> EnsureClean(GeneratorDriver driver, string what)
    {
        var result = driver.GetRunResult();
        if (result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null) is { } exception)
        {
            throw new InvalidOperationException($"{what}: the generator threw.", exception);
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{what}: the generator reported {errors.Count} errors, first: {errors[0]}");
        }

        var sources = result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        if (sources.Count(s => !s.Key.StartsWith(GenerationResult.RuntimeHintPrefix, StringComparison.Ordinal)) == 0)
        {
            throw new InvalidOperationException($"{what}: the generator emitted no types.");
        }

        var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        Console.WriteLine($"// {what}: {sources.Count} generated files, {warnings} generator warnings, no errors");
        return sources;
    }

    /// <summary>Generates and compiles; fails the setup on any compiler error or warning in what was generated.</summary>
    public static void EnsureCompiles(SpecItem spec, AdditionalText text, CSharpCompilation compilation, string what)
    {
        CreateDriver(spec, text).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{what}: the generated code does not compile cleanly: {problems.Count} problems, first: {problems[0]}");
        }
    }
}
