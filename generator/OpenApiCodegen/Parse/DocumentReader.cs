using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using SharpYaml.Serialization;
using OpenApiCodegen.Diagnostics;

namespace OpenApiCodegen.Parse;

/// <summary>Reads a spec with OpenAPI.NET and turns its errors and warnings into located diagnostics.</summary>
internal static class DocumentReader
{
    public static (OpenApiDocument? Document, List<DiagnosticInfo> Diagnostics) Read(SpecInput input, LazySourceMap sourceMap)
    {
        var source = input.Source;
        var diagnostics = new List<DiagnosticInfo>();
        var format = LooksLikeJson(source.Text) ? OpenApiConstants.Json : OpenApiConstants.Yaml;

        var loader = new AdditionalFilesLoader(input.OtherFiles);
        var settings = new OpenApiReaderSettings
        {
            LoadExternalRefs = HasExternalReference(source.Text),
            CustomExternalLoader = loader,
            BaseUrl = ToFileUri(source.Path),
        };
        settings.AddYamlReader();

        ReadResult result;
        try
        {
            result = settings.LoadExternalRefs || format == OpenApiConstants.Json
                ? Load(source.Text, format, settings)
                : ReadYaml(source.Text, settings, sourceMap);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reader threw on what the spec says: that is the spec's problem to report, at its line.
            diagnostics.Add(ReaderFailures.Describe(e, source.Path, source.Text));
            return (null, diagnostics);
        }

        var errors = result.Diagnostic?.Errors ?? new List<OpenApiError>();
        var warnings = result.Diagnostic?.Warnings ?? new List<OpenApiError>();

        if (result.Document is null || (result.Document.Paths is null && result.Document.Components is null && errors.Count > 0))
        {
            var syntaxError = SourceMap.FindSyntaxError(source.Path, source.Text);
            if (syntaxError is { } found)
            {
                diagnostics.Add(ReaderFailures.IsDepthLimit(found.Message)
                    ? ReaderFailures.TooDeep(found.Location)
                    : DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, found.Location, "Invalid YAML/JSON: " + found.Message));
            }
            else
            {
                var first = errors.FirstOrDefault();
                var message = first?.Message ?? "The file is not an OpenAPI 2.0, 3.0 or 3.1 document";
                // OpenAPI.NET's "Version node not found." does not say that the file is not an OpenAPI document at all.
                if (first is not null && first.Message.IndexOf("Version node not found", StringComparison.Ordinal) >= 0)
                {
                    message = "The file is not an OpenAPI document: it has no 'openapi' or 'swagger' version field";
                }

                diagnostics.Add(first is not null && ReaderFailures.IsDepthLimit(first.Message)
                    ? ReaderFailures.TooDeep(sourceMap.Value.Locate(first.Pointer))
                    : DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, sourceMap.Value.Locate(first?.Pointer), message));
            }

            return (null, diagnostics);
        }

        foreach (var missing in loader.MissingFiles.Distinct())
        {
            var fileName = missing.Split('/').Last();
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingExternalFile, SourceMap.LocateText(source.Path, source.Text, fileName), missing));
        }

        foreach (var error in errors)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SpecWarning, sourceMap.Value.Locate(error.Pointer), error.Message));
        }

        foreach (var warning in warnings)
        {
            if (IsUnresolvedReference(warning, out var reference))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, sourceMap.Value.Locate(warning.Pointer), reference, LastSegment(warning.Pointer)));
                continue;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SpecWarning, sourceMap.Value.Locate(warning.Pointer), warning.Message));
        }

        return (result.Document, diagnostics);
    }

    private static ReadResult Load(string text, string format, OpenApiReaderSettings settings)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        // The loader answers synchronously from memory, so waiting here never blocks on I/O.
        return OpenApiDocument.LoadAsync(stream, format, settings).GetAwaiter().GetResult();
    }

    /// <summary>
    /// What OpenAPI.NET's YAML reader does (parse, convert to JSON nodes, read), with the parse kept as the source map,
    /// so a spec with diagnostics is parsed once instead of twice. External references need the loader's workspace.
    /// </summary>
    private static ReadResult ReadYaml(string text, OpenApiReaderSettings settings, LazySourceMap sourceMap)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (SharpYaml.YamlException e)
        {
            // Not YAML: no document, and the syntax error is located from the text.
            return Failed(e.Message);
        }

        if (yaml.Documents.Count == 0)
        {
            return Load(text, OpenApiConstants.Yaml, settings);
        }

        var root = yaml.Documents[0].RootNode;
        sourceMap.Parsed(root);
        JsonNode json;
        try
        {
            json = root.ToJsonNode();
        }
        catch (JsonException e)
        {
            // As OpenAPI.NET's YAML reader answers it (a document too deep for JSON nodes): no document, one error.
            return Failed(e.Message, "#line=" + e.LineNumber);
        }

        return new OpenApiJsonReader().Read(json, settings.BaseUrl!, settings);
    }

    private static ReadResult Failed(string message, string? pointer = null)
    {
        var diagnostic = new OpenApiDiagnostic();
        diagnostic.Errors.Add(new OpenApiError(pointer, message));
        return new ReadResult { Document = null, Diagnostic = diagnostic };
    }

    private static bool IsUnresolvedReference(OpenApiError warning, out string reference)
    {
        const string marker = "reference '";
        var start = warning.Message.IndexOf(marker, StringComparison.Ordinal);
        var end = start < 0 ? -1 : warning.Message.IndexOf('\'', start + marker.Length);
        if (start >= 0 && end > start && warning.Message.IndexOf("does not point", StringComparison.Ordinal) >= 0)
        {
            reference = warning.Message.Substring(start + marker.Length, end - start - marker.Length);
            return true;
        }

        reference = string.Empty;
        return false;
    }

    private static string LastSegment(string? pointer)
    {
        var segments = (pointer ?? string.Empty).Split('/').Where(s => s.Length > 0 && s != "$ref" && s != "#").ToList();
        return segments.Count == 0 ? "schema" : segments[segments.Count - 1];
    }

    internal static bool LooksLikeJson(string text)
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

    // Only external references need the loader; a quick scan avoids the workspace machinery otherwise.
    internal static bool HasExternalReference(string text)
    {
        var index = 0;
        while ((index = text.IndexOf("$ref", index, StringComparison.Ordinal)) >= 0)
        {
            index += 4;
            var colon = text.IndexOf(':', index);
            if (colon < 0)
            {
                break;
            }

            var value = colon + 1;
            while (value < text.Length && (text[value] == ' ' || text[value] == '"' || text[value] == '\''))
            {
                value++;
            }

            if (value < text.Length && text[value] != '#')
            {
                return true;
            }
        }

        return false;
    }

    internal static Uri ToFileUri(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (!normalized.StartsWith("/", StringComparison.Ordinal))
        {
            normalized = "/" + normalized;
        }

        return new Uri("file://" + normalized);
    }
}
