namespace OpenApiCodegen;

/// <summary>Names of the pipeline steps, so tests can assert that each one is cached when it should be.</summary>
internal static class TrackingNames
{
    public const string AdditionalFiles = nameof(AdditionalFiles);
    public const string SpecInputs = nameof(SpecInputs);
    public const string DocSplits = nameof(DocSplits);
    public const string StructureModels = nameof(StructureModels);
    public const string Models = nameof(Models);
    public const string Consumer = nameof(Consumer);
    public const string GatedModels = nameof(GatedModels);
    public const string Runtime = nameof(Runtime);
    public const string Diagnostics = nameof(Diagnostics);
    public const string TypeEmissions = nameof(TypeEmissions);
    public const string JsonContexts = nameof(JsonContexts);
    public const string HttpClientFactory = nameof(HttpClientFactory);
    public const string ClientShells = nameof(ClientShells);
    public const string OperationGroups = nameof(OperationGroups);
    public const string OperationCatalogReference = nameof(OperationCatalogReference);
    public const string OperationCatalogs = nameof(OperationCatalogs);
    public const string OperationCatalogRuntime = nameof(OperationCatalogRuntime);
}
