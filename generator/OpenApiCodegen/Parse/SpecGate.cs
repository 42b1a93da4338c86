using System;
using System.Linq;
using OpenApiCodegen.Diagnostics;
using OpenApiCodegen.Model;

namespace OpenApiCodegen.Parse;

/// <summary>A spec's path and the namespace it generates into: all the gate needs to know about the other specs.</summary>
internal sealed record SpecNamespace(string SpecPath, string Namespace);

/// <summary>
/// Decides whether a spec's model is emitted. Not when the project cannot compile generated code (OAC013),
/// and not when an earlier spec (by path) already generates into the same namespace (OAC012): the two would
/// declare the same types, and the user would meet hundreds of errors in files they cannot edit.
/// </summary>
internal static class SpecGate
{
    public static SpecModel Apply(SpecModel model, EquatableArray<SpecNamespace> namespaces, ConsumerCheck consumer)
    {
        if (!consumer.IsSupported)
        {
            var unsupported = DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConsumer, SpecLocation.StartOf(model.SpecPath),
                consumer.Needs!, consumer.Has!, consumer.Fix!);
            return Withheld(model, unsupported);
        }

        var owner = namespaces
            .Where(other => other.Namespace == model.Namespace)
            .OrderBy(other => other.SpecPath, StringComparer.Ordinal)
            .First();
        if (owner.SpecPath != model.SpecPath)
        {
            var shared = DiagnosticInfo.Create(DiagnosticDescriptors.SharedNamespace, SpecLocation.StartOf(model.SpecPath),
                owner.SpecPath, model.SpecPath, model.Namespace);
            return Withheld(model, shared);
        }

        return model;
    }

    /// <summary>The model with nothing to emit, and the reason first among its diagnostics.</summary>
    private static SpecModel Withheld(SpecModel model, DiagnosticInfo reason)
        => model with
        {
            Types = EquatableArray<TypeModel>.Empty,
            JsonContextEntries = EquatableArray<JsonContextEntry>.Empty,
            Client = null,
            Diagnostics = new[] { reason }.Concat(model.Diagnostics).ToEquatableArray(),
        };
}
