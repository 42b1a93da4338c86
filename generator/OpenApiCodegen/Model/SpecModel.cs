using OpenApiCodegen.Diagnostics;

namespace OpenApiCodegen.Model;

/// <summary>Everything generated from one spec: its types, and the problems found on the way.</summary>
internal sealed record SpecModel(
    string SpecPath,
    string Namespace,
    string JsonContextName,
    EquatableArray<TypeModel> Types,
    EquatableArray<JsonContextEntry> JsonContextEntries,
    ClientModel? Client,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One unit of emission: a type and where it goes.</summary>
internal sealed record TypeEmission(string SpecPath, string Namespace, TypeModel Type);

/// <summary>The JSON context of a spec: it only needs the type names, so editing one schema leaves it unchanged.</summary>
internal sealed record JsonContextModel(
    string SpecPath,
    string Namespace,
    string Name,
    EquatableArray<JsonContextEntry> Types);

/// <summary>
/// A type of the context, the property that gives its metadata (claimed beside the context's own members) and the
/// field that caches it (a helper name: an underscore and the property in camelCase).
/// </summary>
internal sealed record JsonContextEntry(string TypeName, string PropertyName);

/// <summary>One unit of client emission: a group of operations (or the client's shared types) and where it goes.</summary>
internal sealed record ClientEmission(string SpecPath, string Namespace, ClientNames Names, OperationGroupModel Group);

/// <summary>The operation catalog of a spec's client; <see cref="JsonContextName"/> is null when the spec has no types.</summary>
internal sealed record CatalogModel(string SpecPath, string Namespace, string? JsonContextName, ClientModel Client);

/// <summary>The client's shared types (root client, options, exceptions, responses), which do not depend on operation details.</summary>
internal sealed record ClientShellModel(
    string SpecPath,
    string Namespace,
    ClientNames Names,
    string? BaseUrl,
    string? ServerUrl,
    string? Title,
    EquatableArray<SecuritySchemeModel> SecuritySchemes,
    EquatableArray<GroupReference> Groups,
    bool UsesFiles,
    bool HasHttpClientFactory);

/// <summary>A group as the root client sees it: the property and the types behind it.</summary>
internal sealed record GroupReference(string PropertyName, string ClassName, string InterfaceName, string? Description);
