using Microsoft.OpenApi;
using OpenApiCodegen.Parse;
using OpenApiCodegen.Diagnostics;

namespace OpenApiCodegen.SpecDiff.Schemas;

/// <summary>One property of an object after merging, with where it is declared.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Schema">The first declaration's schema (the generator also keeps the first).</param>
/// <param name="Pointer">Where that declaration is written: inside the part that declares it.</param>
/// <param name="Required">Listed in <c>required</c> by the object or any of its allOf parts.</param>
/// <param name="OwnerHint">
/// The name the generator gives inline types under this property: the hint of the referenced part
/// that declares it (<c>BasicNotification_allOf</c>), or null when the object itself (or an inline
/// part of it) declares it, and inline types are named after the object's own type.
/// </param>
internal sealed record MergedProperty(string Name, IOpenApiSchema Schema, string Pointer, bool Required, string? OwnerHint);

/// <summary>
/// The properties of an object schema as the generator collects them into one class, read with the generator's own walk
/// (<see cref="PropertyCollector"/>): its own, those of every allOf part, and, all optional, those of oneOf/anyOf
/// alternatives written inside an object (BasicNotification's anyOf of targets). The first declaration of each counts,
/// as in the generator.
/// </summary>
internal static class MergedObject
{
    // The walk names the object's own properties after the type being built; the diff has no type, so it passes none.
    private const string Self = "";

    public static IReadOnlyDictionary<string, MergedProperty> Collect(IOpenApiSchema schema, string pointer)
    {
        // Past the generator's depth bound the walk stops, as it does in a build; the diff has no diagnostic to report.
        var walk = new WalkGuard(new MapperDiagnostics(_ => SpecLocation.StartOf(pointer)));
        var collector = PropertyCollector.Collect(schema, pointer, Self, skipPart: null, walk);

        var result = new Dictionary<string, MergedProperty>(StringComparer.Ordinal);
        foreach (var name in collector.Order)
        {
            var first = collector.DeclarationsOf(name)[0];
            result[name] = new MergedProperty(name, first.Schema, first.Pointer, collector.Required.Contains(name), first.OwnerHint == Self ? null : first.OwnerHint);
        }

        return result;
    }
}
