using Microsoft.OpenApi;
using OpenApiCodegen.Parse;

namespace OpenApiCodegen.SpecDiff.Loading;

/// <summary>A parsed spec with its file path and text, able to map a JSON pointer to a line.</summary>
public sealed class LoadedSpec
{
    private readonly Lazy<SourceMap> _sourceMap;

    internal LoadedSpec(string path, string text, OpenApiDocument document, IReadOnlyList<string> warnings)
    {
        Path = path;
        Text = text;
        Document = document;
        Warnings = warnings;
        // Parsing the text a second time is only worth it when a report asks for lines.
        _sourceMap = new Lazy<SourceMap>(() => SourceMap.Build(path, text));
    }

    public string Path { get; }

    public string Text { get; }

    public OpenApiDocument Document { get; }

    /// <summary>Problems OpenAPI.NET worked around while reading (the comparison still runs).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// The 1-based line of the deepest node on <paramref name="pointer"/>'s path, or null when not
    /// even the first segment exists. Swagger 2.0 pointers in 3.0 form are mapped back by the source map.
    /// </summary>
    public int? LineOf(string pointer)
    {
        var location = _sourceMap.Value.Locate(pointer);
        return location.Start == 0 && location.StartLine == 0 && location.Length == 0 ? null : location.StartLine + 1;
    }
}
