using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiCodegen.Diagnostics;
using OpenApiCodegen.Emit;
using OpenApiCodegen.Model;
using OpenApiCodegen.Parse;

namespace OpenApiCodegen;

/// <summary>
/// Generates models and serialization from the OpenAPI specs in a project's AdditionalFiles.
/// The pipeline: read files -> parse each spec into a model -> emit one file per type.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output =>
        {
            foreach (var (hintName, source) in RuntimeSources.All())
            {
                output.AddSource(hintName, source);
            }
        });

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => AdditionalFileReader.Read(pair.Left, pair.Right, cancellationToken))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.AdditionalFiles);

        // External $refs may point at any YAML/JSON AdditionalFiles; only specs that have such refs depend on the others.
        var referenceTargets = files.Select(static (file, _) => new SpecFile(file.Path, file.Text)).Collect();
        var inputs = files
            .Where(static file => file.IsSpec)
            .Combine(referenceTargets)
            .Select(static (pair, _) => new SpecInput(
                pair.Left.ToSource(),
                pair.Left.HasExternalReferences ? pair.Right.Where(f => f.Path != pair.Left.Path).ToEquatableArray() : EquatableArray<SpecFile>.Empty))
            .WithTrackingName(TrackingNames.SpecInputs);

        var models = inputs
            .Select(static (input, _) => SpecModelBuilder.Build(input))
            .WithTrackingName(TrackingNames.Models);

        var diagnostics = models.Select(static (model, _) => model.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, items) =>
        {
            foreach (var item in items)
            {
                output.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        var types = models
            .SelectMany(static (model, _) => model.Types.Select(type => new TypeEmission(model.SpecPath, model.Namespace, model.ClientName, type)))
            .WithTrackingName(TrackingNames.TypeEmissions);
        context.RegisterSourceOutput(types, static (output, emission) =>
            AddSource(output, emission.SpecPath, emission.Namespace + "." + emission.Type.HintName + ".g.cs", () => TypeEmitter.Emit(emission)));

        var jsonContexts = models
            .Where(static model => !model.Types.IsEmpty)
            .Select(static (model, _) => new JsonContextModel(
                model.SpecPath, model.Namespace, model.ClientName,
                model.Types.Select(type => new JsonContextEntry(type.Name, type is EnumModel)).ToEquatableArray()))
            .WithTrackingName(TrackingNames.JsonContexts);
        context.RegisterSourceOutput(jsonContexts, static (output, model) =>
            AddSource(output, model.SpecPath, model.Namespace + "." + model.ClientName + "JsonContext.g.cs", () => JsonContextEmitter.Emit(model)));
    }

    /// <summary>Adds one file; a failure becomes a diagnostic on the spec instead of crashing the compiler.</summary>
    private static void AddSource(SourceProductionContext output, string specPath, string hintName, Func<string> emit)
    {
        try
        {
            output.AddSource(hintName, emit());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reason = e is ArgumentException && e.Message.Contains("hintName")
                ? "two specs generate '" + hintName + "'; give them different Namespace metadata"
                : e.GetType().Name + ": " + e.Message;
            output.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SpecLocation.StartOf(specPath), specPath, reason).ToDiagnostic());
        }
    }
}
