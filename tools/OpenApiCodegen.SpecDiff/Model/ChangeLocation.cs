namespace OpenApiCodegen.SpecDiff.Model;

/// <summary>
/// Where a change is written in one of the two specs: a JSON pointer in OpenAPI 3 form
/// (<c>#/components/schemas/Pet/properties/name</c>), and the 1-based line it maps to when known.
/// </summary>
public sealed record ChangeLocation(string Pointer, int? Line = null)
{
    public override string ToString() => Line is { } line ? $"{Pointer} (line {line})" : Pointer;
}
