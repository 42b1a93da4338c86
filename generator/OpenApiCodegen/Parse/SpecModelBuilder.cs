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
        var sourceMap = new LazySourceMap(source.Path, source.Text);
        SourceMap Map() => sourceMap.Value;

        var diagnostics = new MapperDiagnostics(pointer => Map().Locate(pointer));
        var @namespace = ValidNamespace(source, diagnostics);
        try
        {
            var (document, readDiagnostics) = DocumentReader.Read(input, sourceMap);
            diagnostics.Items.AddRange(readDiagnostics);
            if (document is null)
            {
                return Empty(source, @namespace, diagnostics);
            }

            // Type names are unique ignoring case too: each type's file is named after it, and hint names ignore case.
            var typeNames = new NameScope(TypeNameReservations(@namespace), StringComparer.OrdinalIgnoreCase);
            var clientNames = ClientNaming.Claim(source.ClientName, typeNames);
            var jsonContext = typeNames.Claim(clientNames.Client + FixedNames.ClientTypes.JsonContextSuffix);
            // OpenAPI.NET drops if/then/else; only the text shows them, and the source map is built only when it may.
            Func<string, bool>? writtenAt = UnsupportedKeywords.MayBeDroppedIn(source.Text) ? pointer => Map().Contains(pointer) : null;
            var mapper = new SchemaMapper(document, @namespace, typeNames, diagnostics, writtenAt);
            var client = new ClientBuilder(document, mapper, clientNames, diagnostics);
            mapper.NameComponents();
            client.Read();
            var types = mapper.BuildAll();
            return Result(source, @namespace, jsonContext, types, client.Finish(), diagnostics);
        }
        catch (Exception e) when (ReaderFailures.IsCircularReference(e))
        {
            // OpenAPI.NET resolves $refs lazily, so a chain that loops is only noticed when the mapper follows it.
            diagnostics.Items.Add(ReaderFailures.CircularReference(e, pointer => Map().Locate(pointer)));
            return Empty(source, @namespace, diagnostics);
        }
        catch (InsufficientExecutionStackException)
        {
            // The walks are bounded; this is the backstop for a host thread with an unusually small stack.
            diagnostics.Items.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaTooDeep, SpecLocation.StartOf(source.Path),
                WalkGuard.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), "the spec"));
            return Empty(source, @namespace, diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Items.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError, SpecLocation.StartOf(source.Path), source.Path, Describe(e)));
            return Empty(source, @namespace, diagnostics);
        }
    }

    /// <summary>The exception and the generator frame it came from, enough to file a useful bug report.</summary>
    internal static string Describe(Exception e)
    {
        // The innermost generator frames (at most three), without file paths: enough to find the bug, short enough to read.
        var frames = (e.StackTrace ?? string.Empty).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains("OpenApiCodegen."))
            .Select(line => line.IndexOf(" in ", StringComparison.Ordinal) is var cut and > 0 ? line.Substring(0, cut) : line)
            .Take(3)
            .ToList();
        return e.GetType().Name + ": " + e.Message.TrimEnd('.') + (frames.Count == 0 ? string.Empty : " (" + string.Join(" <- ", frames) + ")");
    }

    private static SpecModel Result(SpecSource source, string @namespace, string jsonContext, IReadOnlyList<TypeModel> types, ClientModel? client, MapperDiagnostics diagnostics)
    {
        var contextMembers = new NameScope(FixedNames.JsonContext.Reserved.Concat(new[] { jsonContext }));
        var entries = types.Select(type => new JsonContextEntry(type.Name, contextMembers.Claim(type.Name))).ToEquatableArray();
        return new(source.Path, @namespace, jsonContext, types.ToEquatableArray(), entries, client, diagnostics.Items.Distinct().ToEquatableArray());
    }

    private static SpecModel Empty(SpecSource source, string @namespace, MapperDiagnostics diagnostics)
        => Result(source, @namespace, string.Empty, new List<TypeModel>(), null, diagnostics);

    /// <summary>
    /// A type named like the last part of the runtime helpers' namespace would hide it from generated code
    /// (<c>global::OpenApiCodegen.Runtime</c> would name the type); nothing else is off limits.
    /// </summary>
    private static IEnumerable<string> TypeNameReservations(string @namespace)
    {
        var runtime = FixedNames.RuntimeNamespace;
        var dot = runtime.LastIndexOf('.');
        return @namespace == runtime.Substring(0, dot) ? new[] { runtime.Substring(dot + 1) } : Array.Empty<string>();
    }

    /// <summary>The item's Namespace, made valid segment by segment; a warning says so when it had to change.</summary>
    private static string ValidNamespace(SpecSource source, MapperDiagnostics diagnostics)
    {
        var segments = source.Namespace.Split('.')
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .Select(s => Identifiers.IsKeyword(s) || s == "global" || !IsIdentifier(s) ? Identifiers.ToPascalCase(s) : s)
            .ToList();
        var result = segments.Count == 0 ? "OpenApi" : string.Join(".", segments);
        if (result == FixedNames.RuntimeNamespace)
        {
            result += "Api"; // the runtime helpers' own namespace: generated types would meet them
        }

        if (result != source.Namespace)
        {
            diagnostics.Items.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingNamespace, SpecLocation.StartOf(source.Path), source.Namespace, result));
        }

        return result;
    }

    private static bool IsIdentifier(string text)
        => text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_') && text.All(c => char.IsLetterOrDigit(c) || c == '_');
}
