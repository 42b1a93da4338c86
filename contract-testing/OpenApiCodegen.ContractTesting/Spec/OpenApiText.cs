using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace OpenApiCodegen.ContractTesting.Spec;

/// <summary>
/// Reads an OpenAPI document (YAML or JSON) with OpenAPI.NET, which reports what is malformed, and hands
/// back the document as OpenAPI 3.0 JSON: one normalized tree to read operations and schemas from.
/// </summary>
internal static class OpenApiText
{
    public static JsonObject Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SpecLoadException($"{path}: cannot be read: {e.Message}", e);
        }

        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        var format = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "yaml";
        ReadResult result;
        try
        {
            result = OpenApiDocument.Parse(text, format, settings);
        }
        catch (Exception e)
        {
            throw new SpecLoadException($"{path}: not a readable OpenAPI document: {e.Message}", e);
        }

        var errors = result.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}").ToList() ?? [];
        if (result.Document is null || errors.Count > 0)
        {
            throw new SpecLoadException($"{path}: not a valid OpenAPI document: {(errors.Count > 0 ? string.Join("; ", errors.Take(5)) : "no document")}");
        }

        using var writer = new StringWriter();
        result.Document.SerializeAsV3(new OpenApiJsonWriter(writer));
        return JsonNode.Parse(writer.ToString()) as JsonObject
            ?? throw new SpecLoadException($"{path}: the document did not serialize to a JSON object");
    }
}
