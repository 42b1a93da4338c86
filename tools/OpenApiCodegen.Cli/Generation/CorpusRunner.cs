using Microsoft.CodeAnalysis;

namespace OpenApiCodegen.Cli.Generation;

/// <summary>One spec's outcome in a corpus run: compiled, or the stage it failed at and the first error.</summary>
public sealed record CorpusEntry(string SpecPath, bool Compiled, string? Stage, string? FirstError, int GeneratedFiles);

/// <summary>
/// Runs the generator and the C# compiler over every spec in a folder. A spec passes when the
/// generator neither throws nor reports an error, splitting off its docs changes nothing (<see cref="DocSplitCheck"/>),
/// and the generated code compiles without warnings.
/// </summary>
public static class CorpusRunner
{
    public static IEnumerable<CorpusEntry> Run(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder).Where(SpecFiles.IsSpecFile).Order(StringComparer.Ordinal))
        {
            yield return RunOne(path);
        }
    }

    public static CorpusEntry RunOne(string path)
    {
        var spec = SpecFiles.Load(path);
        GenerationResult result;
        try
        {
            result = InProcessGenerator.Run([spec]);
        }
        catch (Exception e)
        {
            return new CorpusEntry(path, false, "driver", e.GetType().Name + ": " + e.Message, 0);
        }

        if (result.GeneratorException is { } exception)
        {
            return new CorpusEntry(path, false, "generator", exception.GetType().Name + ": " + exception.Message, 0);
        }

        string? splitDifference;
        try
        {
            splitDifference = DocSplitCheck.Difference(spec);
        }
        catch (Exception e)
        {
            splitDifference = "splitting threw " + e.GetType().Name + ": " + e.Message;
        }

        if (splitDifference is not null)
        {
            return new CorpusEntry(path, false, "doc split", splitDifference, result.Sources.Count);
        }

        if (result.GeneratorErrors.FirstOrDefault() is { } generatorError)
        {
            return new CorpusEntry(path, false, "generate", DiagnosticText.Format(generatorError), result.Sources.Count);
        }

        if (result.CompilationProblems.FirstOrDefault() is { } compileError)
        {
            return new CorpusEntry(path, false, "compile", DiagnosticText.Format(compileError), result.Sources.Count);
        }

        return new CorpusEntry(path, true, null, null, result.Sources.Count);
    }
}
