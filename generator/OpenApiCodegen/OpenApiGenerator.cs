using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiCodegen.Diagnostics;
using OpenApiCodegen.Emit;
using OpenApiCodegen.Emit.Client;
using OpenApiCodegen.Model;
using OpenApiCodegen.Parse;
using OpenApiCodegen.Parse.Docs;

namespace OpenApiCodegen;

/// <summary>
/// Generates models and serialization from the OpenAPI specs in a project's AdditionalFiles.
/// The pipeline: read files -> split each spec into structure and docs -> parse and map the structure into a model
/// -> put the docs in -> emit one file per type.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
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

        // A spec is parsed and mapped from its structure, without its descriptions and summaries, and the docs are put
        // in afterwards: an edit that only rewords docs leaves the structure equal, so its model is kept, not rebuilt.
        var splits = inputs
            .Select(static (input, _) => DocSplit.Of(input))
            .WithTrackingName(TrackingNames.DocSplits);
        var structureModels = splits
            .Select(static (split, _) => split.Structure)
            .Select(static (input, _) => SpecModelBuilder.Build(input))
            .WithTrackingName(TrackingNames.StructureModels);
        var docs = splits
            .Select(static (split, _) => split.Docs)
            .Collect();
        var parsed = structureModels
            .Combine(docs)
            .Select(static (pair, _) => DocResolver.Resolve(pair.Left, SpecDocs.For(pair.Right, pair.Left.SpecPath)))
            .WithTrackingName(TrackingNames.Models);

        // Whether the project can compile generated code at all (C# 11, .NET 8); checked on every compilation, cheaply.
        var consumer = context.CompilationProvider
            .Select(static (compilation, _) => ConsumerCheck.Of(compilation))
            .WithTrackingName(TrackingNames.Consumer);

        // A spec is emitted only when the project can compile it and no other spec already generates into its namespace.
        var namespaces = parsed
            .Select(static (model, _) => new SpecNamespace(model.SpecPath, model.Namespace))
            .Collect()
            .Select(static (all, _) => all.ToEquatableArray());
        var models = parsed
            .Combine(namespaces)
            .Combine(consumer)
            .Select(static (pair, _) => SpecGate.Apply(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.GatedModels);

        // The runtime helpers go into projects that have a spec and can compile them; never into any other project.
        var needsRuntime = inputs
            .Collect()
            .Select(static (all, _) => all.Length > 0)
            .Combine(consumer)
            .Select(static (pair, _) => pair.Left && pair.Right.IsSupported)
            .WithTrackingName(TrackingNames.Runtime);
        context.RegisterSourceOutput(needsRuntime, static (output, needed) =>
        {
            if (!needed)
            {
                return;
            }

            foreach (var (hintName, source) in RuntimeSources.All())
            {
                output.AddSource(hintName, source);
            }
        });

        var diagnostics = models.Select(static (model, _) => model.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, items) =>
        {
            foreach (var item in items)
            {
                output.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        var types = models
            .SelectMany(static (model, _) => model.Types.Select(type => new TypeEmission(model.SpecPath, model.Namespace, type)))
            .WithTrackingName(TrackingNames.TypeEmissions);
        context.RegisterSourceOutput(types, static (output, emission) =>
            AddSource(output, emission.SpecPath, emission.Namespace + "." + emission.Type.HintName + ".g.cs", () => TypeEmitter.Emit(emission)));

        var jsonContexts = models
            .Where(static model => !model.Types.IsEmpty)
            .Select(static (model, _) => new JsonContextModel(model.SpecPath, model.Namespace, model.JsonContextName, model.JsonContextEntries))
            .WithTrackingName(TrackingNames.JsonContexts);
        context.RegisterSourceOutput(jsonContexts, static (output, model) =>
            AddSource(output, model.SpecPath, model.Namespace + "." + model.Name + ".g.cs", () => JsonContextEmitter.Emit(model)));

        // Dependency-injection registration is emitted only for projects that reference Microsoft.Extensions.Http.
        var hasHttpClientFactory = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(ServiceCollectionEmitter.HttpClientFactoryExtensions) is not null)
            .WithTrackingName(TrackingNames.HttpClientFactory);

        var clientShells = models
            .Where(static model => model.Client is not null)
            .Combine(hasHttpClientFactory)
            .Select(static (pair, _) => ClientShell(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ClientShells);
        context.RegisterSourceOutput(clientShells, static (output, shell) => EmitShell(output, shell));

        // The operation catalog is emitted only for projects that reference OpenApiCodegen.Operations (contract tests).
        var hasOperationCatalog = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(OperationCatalogEmitter.CatalogInterface) is not null)
            .WithTrackingName(TrackingNames.OperationCatalogReference);
        var catalogs = models
            .Where(static model => model.Client is not null)
            .Combine(hasOperationCatalog)
            .Select(static (pair, _) => pair.Right
                ? new CatalogModel(pair.Left.SpecPath, pair.Left.Namespace, pair.Left.Types.IsEmpty ? null : pair.Left.JsonContextName, pair.Left.Client!)
                : null)
            .WithTrackingName(TrackingNames.OperationCatalogs);
        context.RegisterSourceOutput(catalogs, static (output, catalog) =>
        {
            if (catalog is not null)
            {
                AddSource(output, catalog.SpecPath, catalog.Namespace + "." + catalog.Client.Names.Operations + ".g.cs", () => OperationCatalogEmitter.Emit(catalog));
            }
        });
        var catalogRuntime = catalogs.Collect().Select(static (all, _) => all.Any(c => c is not null)).WithTrackingName(TrackingNames.OperationCatalogRuntime);
        context.RegisterSourceOutput(catalogRuntime, static (output, needed) =>
        {
            if (!needed)
            {
                return;
            }

            foreach (var (hintName, source) in RuntimeSources.Catalog())
            {
                output.AddSource(hintName, source);
            }
        });

        var operationGroups = models
            .SelectMany(static (model, _) => model.Client is null
                ? Enumerable.Empty<ClientEmission>()
                : model.Client.Groups.Select(group => new ClientEmission(model.SpecPath, model.Namespace, model.Client.Names, group)))
            .WithTrackingName(TrackingNames.OperationGroups);
        context.RegisterSourceOutput(operationGroups, static (output, emission) =>
            AddSource(output, emission.SpecPath, emission.Namespace + "." + emission.Group.ClassName + (emission.Group.PropertyName is null ? ".Operations" : string.Empty) + ".g.cs",
                () => OperationGroupEmitter.Emit(emission)));
    }

    private static ClientShellModel ClientShell(SpecModel model, bool hasHttpClientFactory)
    {
        var client = model.Client!;
        var groups = client.Groups
            .Where(group => group.PropertyName is not null)
            .Select(group => new GroupReference(group.PropertyName!, group.ClassName, group.InterfaceName, group.Description))
            .ToEquatableArray();
        return new ClientShellModel(model.SpecPath, model.Namespace, client.Names, client.BaseUrl, client.ServerUrl, client.Title, client.SecuritySchemes, groups, client.UsesFiles, hasHttpClientFactory);
    }

    private static void EmitShell(SourceProductionContext output, ClientShellModel shell)
    {
        var prefix = shell.Namespace + ".";
        AddSource(output, shell.SpecPath, prefix + shell.Names.Client + ".g.cs", () => ClientShellEmitter.Emit(shell));
        AddSource(output, shell.SpecPath, prefix + shell.Names.Options + ".g.cs", () => OptionsEmitter.Emit(shell));
        AddSource(output, shell.SpecPath, prefix + shell.Names.ApiException + ".g.cs", () => ResponseTypesEmitter.EmitExceptions(shell));
        AddSource(output, shell.SpecPath, prefix + shell.Names.ApiResponse + ".g.cs", () => ResponseTypesEmitter.EmitResponses(shell));
        if (shell.UsesFiles)
        {
            AddSource(output, shell.SpecPath, prefix + shell.Names.File + ".g.cs", () => FileTypeEmitter.Emit(shell));
        }

        if (shell.HasHttpClientFactory)
        {
            AddSource(output, shell.SpecPath, prefix + shell.Names.ServiceCollectionExtensions + ".g.cs", () => ServiceCollectionEmitter.Emit(shell));
        }
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
