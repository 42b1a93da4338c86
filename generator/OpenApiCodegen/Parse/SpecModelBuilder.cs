using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiCodegen.Diagnostics;
using OpenApiCodegen.Model;
using OpenApiCodegen.Naming;
using OpenApiCodegen.Parse.Client;

namespace OpenApiCodegen.Parse;

/// <summary>
/// The parse stage for one spec: reads it, maps its schemas to type models, and turns any
/// exception into a diagnostic naming the spec, so the compiler never sees the generator crash.
/// OpenAPI.NET objects never leave this stage.
/// </summary>
internal static class SpecModelBuilder
{
    public static SpecModel Build(SpecInput input)
    {
        var source = input.Source;
        SourceMap? map = null;
        SourceMap Map() => map ??= SourceMap.Build(source.Path, source.Text);

        var diagnostics = new MapperDiagnostics(pointer => Map().Locate(pointer));
        var @namespace = ValidNamespace(source, diagnostics);
        try
        {
            var (document, readDiagnostics) = DocumentReader.Read(input, Map);
            diagnostics.Items.AddRange(readDiagnostics);
            if (document is null)
            {
                return Result(source, @namespace, new List<TypeModel>(), null, diagnostics);
            }

            var clientNames = ClientNaming.For(source.ClientName);
            var reserved = ClientNaming.Reserved(clientNames).Concat(new[] { source.ClientName + "JsonContext" });
            // OpenAPI.NET drops if/then/else; only the text shows them, and the source map is built only when it may.
            Func<string, bool>? writtenAt = UnsupportedKeywords.MayBeDroppedIn(source.Text) ? pointer => Map().Contains(pointer) : null;
            var mapper = new SchemaMapper(document, @namespace, reserved, diagnostics, writtenAt);
            var client = new ClientBuilder(document, mapper, clientNames, diagnostics);
            mapper.NameComponents();
            client.Read();
            var types = mapper.BuildAll();
            return Result(source, @namespace, types, client.Finish(), diagnostics);
        }
        catch (Exception e)
        {
            diagnostics.Items.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError, SpecLocation.StartOf(source.Path), source.Path, Describe(e)));
            return Result(source, @namespace, new List<TypeModel>(), null, diagnostics);
        }
    }

    /// <summary>The exception and the generator frame it came from, enough to file a useful bug report.</summary>
    internal static string Describe(Exception e)
    {
        var frame = (e.StackTrace ?? string.Empty).Split('\n')
            .Select(line => line.Trim())
            .FirstOrDefault(line => line.Contains("OpenApiCodegen."));
        return e.GetType().Name + ": " + e.Message.TrimEnd('.') + (frame is null ? string.Empty : " (" + frame + ")");
    }

    private static SpecModel Result(SpecSource source, string @namespace, IEnumerable<TypeModel> types, ClientModel? client, MapperDiagnostics diagnostics)
        => new(source.Path, @namespace, source.ClientName, types.ToEquatableArray(), client, diagnostics.Items.Distinct().ToEquatableArray());

    /// <summary>The item's Namespace, made valid segment by segment; a warning says so when it had to change.</summary>
    private static string ValidNamespace(SpecSource source, MapperDiagnostics diagnostics)
    {
        var segments = source.Namespace.Split('.')
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .Select(s => Identifiers.IsKeyword(s) || !IsIdentifier(s) ? Identifiers.ToPascalCase(s) : s)
            .ToList();
        var result = segments.Count == 0 ? "OpenApi" : string.Join(".", segments);
        if (result != source.Namespace)
        {
            diagnostics.Items.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingNamespace, SpecLocation.StartOf(source.Path), source.Namespace, result));
        }

        return result;
    }

    private static bool IsIdentifier(string text)
        => text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_') && text.All(c => char.IsLetterOrDigit(c) || c == '_');
}
