using Microsoft.CodeAnalysis;

namespace OpenApiCodegen.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable: never reuse or renumber one
/// (see AnalyzerReleases.Shipped.md / Unshipped.md).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "OpenApiCodegen";

    public static readonly DiagnosticDescriptor InvalidDocument = new(
        "OAC001", "The spec cannot be read",
        "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The file is not valid YAML or JSON, or is not an OpenAPI 2.0, 3.0 or 3.1 document.");

    public static readonly DiagnosticDescriptor SpecWarning = new(
        "OAC002", "The spec has a problem the reader could work around",
        "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        "OAC003", "A $ref cannot be resolved",
        "The reference '{0}' does not point to anything in this spec or in the other AdditionalFiles; '{1}' is generated as a raw JSON value",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        "OAC004", "A schema construct is not supported",
        "{0}; '{1}' is generated as {2}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NameCollision = new(
        "OAC005", "Two names map to the same C# identifier",
        "'{0}' and '{1}' both become '{2}' in C#; '{1}' is named '{3}'",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ConflictingAllOf = new(
        "OAC006", "allOf parts declare a property differently",
        "allOf parts of '{0}' declare property '{1}' as {2} and as {3}; it is generated as {4}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InternalError = new(
        "OAC007", "The generator failed on this spec",
        "The generator failed on '{0}': {1}. Please report this with the spec attached.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingNamespace = new(
        "OAC008", "The spec item has no usable namespace",
        "'{0}' is not a valid C# namespace; the generated code uses '{1}'. Set Namespace on the OpenApiSpec item.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingExternalFile = new(
        "OAC009", "An external $ref names a file that is not an AdditionalFile",
        "'{0}' is not one of the project's AdditionalFiles, so references into it cannot be resolved; add <AdditionalFiles Include=\"...\" /> for it. What refers to it is generated as raw JSON.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NestedTooDeep = new(
        "OAC010", "The spec nests deeper than the reader allows",
        "The spec nests more than {0} levels deep here, which is as deep as OpenAPI.NET reads; flatten it with $refs to components",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The document is valid, but OpenAPI.NET reads it through System.Text.Json, whose reader stops at 64 levels of nesting.");

    public static readonly DiagnosticDescriptor SchemaTooDeep = new(
        "OAC011", "A schema nests too deep to generate",
        "Schemas nest more than {0} levels deep here (through $refs, allOf, items or base types); the generator stops at '{1}', and what lies deeper is generated as raw JSON or without its base type",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The generator bounds every walk over a spec so that no spec can exhaust the compiler's stack.");

    public static readonly DiagnosticDescriptor SharedNamespace = new(
        "OAC012", "Two specs generate into one namespace",
        "'{0}' and '{1}' both generate into namespace '{2}'; nothing is generated from '{1}'. Give one of them its own Namespace metadata.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedConsumer = new(
        "OAC013", "The project cannot compile generated clients",
        "The generated code needs {0}, and this project has {1}; {2}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Generated code uses C# 11 (required members, UTF-8 literals) and APIs from .NET 8 (System.Text.Json 8).");

    public static readonly DiagnosticDescriptor ConventionApplied = new(
        "OAC014", "A client convenience follows from a convention",
        "{0}",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The spec does not declare it with an extension, but a convention says what it is (a header named Idempotency-Key); the message says how to opt out.");

    /// <summary>Finds a descriptor by id, to rebuild a diagnostic from its equatable description.</summary>
    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "OAC001" => InvalidDocument,
        "OAC002" => SpecWarning,
        "OAC003" => UnresolvedReference,
        "OAC004" => UnsupportedConstruct,
        "OAC005" => NameCollision,
        "OAC006" => ConflictingAllOf,
        "OAC008" => MissingNamespace,
        "OAC009" => MissingExternalFile,
        "OAC010" => NestedTooDeep,
        "OAC011" => SchemaTooDeep,
        "OAC012" => SharedNamespace,
        "OAC013" => UnsupportedConsumer,
        "OAC014" => ConventionApplied,
        _ => InternalError,
    };
}
