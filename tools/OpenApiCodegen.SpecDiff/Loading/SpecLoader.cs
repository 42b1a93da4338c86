using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using OpenApiCodegen.Parse;

namespace OpenApiCodegen.SpecDiff.Loading;

/// <summary>Reads an OpenAPI 2.0, 3.0 or 3.1 document, in YAML or JSON, with OpenAPI.NET.</summary>
public static class SpecLoader
{
    /// <summary>Reads and parses a file; throws <see cref="SpecLoadException"/> with a readable message.</summary>
    public static LoadedSpec LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message;
            throw new SpecLoadException($"{path}: cannot read the spec: {reason}", e);
        }

        return Parse(path, text);
    }

    /// <summary>Parses spec text; <paramref name="path"/> only names it in messages and reports.</summary>
    public static LoadedSpec Parse(string path, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SpecLoadException($"{path}: the file is empty, not an OpenAPI document");
        }

        var format = LooksLikeJson(text) ? OpenApiConstants.Json : OpenApiConstants.Yaml;
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();

        ReadResult result;
        try
        {
            result = OpenApiDocument.Parse(text, format, settings);
        }
        catch (Exception e) when (e is OpenApiException or OpenApiUnsupportedSpecVersionException)
        {
            // e.g. "OpenAPI specification version '9.0.0' is not supported", or a scalar document.
            throw new SpecLoadException($"{path}: not an OpenAPI 2.0, 3.0 or 3.1 document: {e.Message}", e);
        }

        var errors = result.Diagnostic?.Errors ?? [];
        // Like the generator: errors OpenAPI.NET could read past still leave a comparable document.
        if (result.Document is null || (result.Document.Paths is null && result.Document.Components is null && errors.Count > 0))
        {
            throw new SpecLoadException(Describe(path, text, errors));
        }

        if (ReferenceCycles.Find(result.Document) is { } cycle)
        {
            throw new SpecLoadException($"{path}: schemas refer to each other in a loop with no schema in it: {cycle}");
        }

        var warnings = errors.Concat(result.Diagnostic?.Warnings ?? []).Select(e => $"{e.Pointer}: {e.Message}").ToList();
        return new LoadedSpec(path, text, result.Document, warnings);
    }

    private static string Describe(string path, string text, IList<OpenApiError> errors)
    {
        if (SourceMap.FindSyntaxError(path, text) is { } syntax)
        {
            return $"{path}({syntax.Location.StartLine + 1},{syntax.Location.StartColumn + 1}): invalid YAML/JSON: {syntax.Message}";
        }

        var first = errors.FirstOrDefault()?.Message;
        if (first is null || first.Contains("Version node not found", StringComparison.Ordinal))
        {
            return $"{path}: not an OpenAPI document: it has no 'openapi' or 'swagger' version field";
        }

        return $"{path}: not a readable OpenAPI document: {first}";
    }

    private static bool LooksLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c == '{';
            }
        }

        return false;
    }
}
