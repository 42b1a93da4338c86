using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using OpenApiCodegen.Diagnostics;

namespace OpenApiCodegen.Parse;

/// <summary>Collects diagnostics for one spec, locating each JSON pointer in the spec text on demand.</summary>
internal sealed class MapperDiagnostics
{
    private readonly Func<string?, SpecLocation> _locate;

    public MapperDiagnostics(Func<string?, SpecLocation> locate) => _locate = locate;

    public List<DiagnosticInfo> Items { get; } = new();

    public void Report(DiagnosticDescriptor descriptor, string? pointer, params string[] arguments)
        => Items.Add(DiagnosticInfo.Create(descriptor, _locate(pointer), arguments));
}
