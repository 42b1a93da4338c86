using OpenApiCodegen.Diagnostics;

namespace OpenApiCodegen.Model;

/// <summary>Everything generated from one spec: its types, and the problems found on the way.</summary>
internal sealed record SpecModel(
    string SpecPath,
    string Namespace,
    string ClientName,
    EquatableArray<TypeModel> Types,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One unit of emission: a type and where it goes.</summary>
internal sealed record TypeEmission(string SpecPath, string Namespace, string ClientName, TypeModel Type);

/// <summary>The JSON context of a spec: it only needs the type names, so editing one schema leaves it unchanged.</summary>
internal sealed record JsonContextModel(
    string SpecPath,
    string Namespace,
    string ClientName,
    EquatableArray<JsonContextEntry> Types);

internal sealed record JsonContextEntry(string Name, bool IsValueType);
