using OpenApiCodegen.Model;
using OpenApiCodegen.Parse;
using OpenApiCodegen.SpecDiff.CSharp;

namespace OpenApiCodegen.Cli.Generation;

/// <summary>The diff's way to the generated code: the generator run in this process, as a build runs it.</summary>
internal sealed class InProcessClientCompiler : IClientCompiler
{
    public static readonly InProcessClientCompiler Instance = new();

    public GeneratedClient? Compile(string path, string text, ClientIdentity identity, out IReadOnlyList<string> errors)
    {
        var item = new SpecItem(Path.GetFullPath(path), text, identity.Namespace, identity.ClientName);
        var neighbours = DocumentReader.HasExternalReference(text) ? SpecFiles.Neighbours(path) : [];
        var result = InProcessGenerator.Run([item, .. neighbours]);
        if (result.GeneratorException is { } exception)
        {
            errors = [$"the generator failed: {exception.GetType().Name}: {exception.Message}"];
            return null;
        }

        errors = result.GeneratorErrors.Select(DiagnosticText.Format).ToList();
        if (errors.Count > 0)
        {
            return null;
        }

        // The model the generator built in this very run (its tracked Models step): the same parse, neighbours included.
        var model = result.RunResult.Results
            .SelectMany(run => run.TrackedSteps.TryGetValue(TrackingNames.Models, out var steps) ? steps : [])
            .SelectMany(step => step.Outputs)
            .Select(output => output.Value)
            .OfType<SpecModel>()
            .Single(candidate => candidate.SpecPath == item.Path);
        return new GeneratedClient(result.Output, model);
    }

    /// <summary>What a project would get for the spec the current code came from: names from its file name.</summary>
    public static ClientIdentity DefaultIdentity(string oldSpecPath, string? @namespace, string? clientName)
    {
        var (defaultNamespace, defaultClient) = SpecFiles.DefaultNames(oldSpecPath);
        return new ClientIdentity(@namespace ?? defaultNamespace, clientName ?? defaultClient);
    }
}
