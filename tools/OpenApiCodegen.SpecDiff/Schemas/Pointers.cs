namespace OpenApiCodegen.SpecDiff.Schemas;

/// <summary>Builds JSON pointers in the form the generator's source map reads (<c>#/paths/~1pets/get</c>).</summary>
internal static class Pointers
{
    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Append(string pointer, string segment) => pointer + "/" + Escape(segment);

    public static string Component(string schemaName) => "#/components/schemas/" + Escape(schemaName);

    public static string Operation(string path, string method) => "#/paths/" + Escape(path) + "/" + method.ToLowerInvariant();
}
