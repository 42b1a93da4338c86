using System;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using OpenApiCodegen.Diagnostics;

namespace OpenApiCodegen.Parse;

/// <summary>
/// Turns what OpenAPI.NET throws or reports on a spec into a diagnostic that says what is wrong and where.
/// Whatever the reader fails on was written in the spec, so it is the spec's problem (OAC001, OAC010),
/// never an internal error of the generator.
/// </summary>
internal static class ReaderFailures
{
    /// <summary>The nesting limit of the JSON reader OpenAPI.NET reads every spec with (YAML is converted first).</summary>
    public const int MaxNesting = 64;

    public static DiagnosticInfo Describe(Exception e, string path, string text)
    {
        var root = e is AggregateException { InnerException: { } inner } ? inner : e;
        switch (root)
        {
            case OpenApiUnsupportedSpecVersionException:
                var version = VersionValue(text);
                return DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, VersionLocation(path, text),
                    "OpenAPI version '" + version + "' is not supported: the generator reads Swagger 2.0 and OpenAPI 3.0.x and 3.1.x ('openapi: 3.1.0')");
            case ArgumentException when root.Message.IndexOf("referenceId", StringComparison.Ordinal) >= 0:
                return DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, EmptyReferenceLocation(path, text),
                    "A $ref is empty: it must name what it refers to, such as '#/components/schemas/Pet'");
            case InvalidOperationException when IsCircularReference(root):
                return CircularReference(root, pointer => pointer is null ? SpecLocation.StartOf(path) : SourceMap.Build(path, text).Locate(pointer));
        }

        if (root is NullReferenceException && BooleanPropertySchema(text) is { } boolean)
        {
            // OpenAPI.NET 3 fails with a NullReferenceException on `properties: {name: true}` (valid OpenAPI 3.1).
            return DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, SourceMap.LocateAt(path, text, boolean.Index, boolean.Length),
                "OpenAPI.NET cannot read a boolean schema ('" + boolean.Value + "') as a property; write {} for true (any value) or {not: {}} for false (no value)");
        }

        if (IsDepthLimit(root.Message))
        {
            return TooDeep(SpecLocation.StartOf(path));
        }

        return DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, SpecLocation.StartOf(path),
            "OpenAPI.NET cannot read the spec: " + root.Message.TrimEnd('.'));
    }

    /// <summary>Whether OpenAPI.NET gave up on a $ref chain that comes back to where it started (<c>A: {$ref: A}</c>).</summary>
    public static bool IsCircularReference(Exception e)
        => e is InvalidOperationException && e.Message.IndexOf("Circular reference", StringComparison.Ordinal) >= 0;

    /// <summary>A $ref chain that never reaches a schema: the message names the pointer where OpenAPI.NET noticed.</summary>
    public static DiagnosticInfo CircularReference(Exception e, Func<string?, SpecLocation> locate)
    {
        var match = Regex.Match(e.Message, "#/[^\\s'\"]+");
        var pointer = match.Success ? match.Value.TrimEnd('.') : null;
        return DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, locate(pointer),
            "The $ref chain of '" + (pointer ?? "a schema") + "' leads back to itself without reaching a schema; give one of its links a schema");
    }

    /// <summary>The first property whose schema is a boolean (<c>name: true</c> under <c>properties:</c>, in YAML or JSON).</summary>
    private static Group? BooleanPropertySchema(string text)
    {
        var json = Regex.Match(text, "\"properties\"\\s*:\\s*\\{(?:\\s*\"[^\"]*\"\\s*:\\s*(?:\\{[^{}]*\\}|[^{},]+)\\s*,)*?\\s*\"[^\"]*\"\\s*:\\s*(?<value>true|false)\\b");
        if (json.Success)
        {
            return json.Groups["value"];
        }

        var lines = text.Split('\n');
        var offset = 0;
        for (var i = 0; i < lines.Length; offset += lines[i].Length + 1, i++)
        {
            var entry = Regex.Match(lines[i], "^(?<indent> +)[^\\s#:][^:#]*:[ \\t]+(?<value>true|false)[ \\t]*(#.*)?\\r?$");
            if (!entry.Success)
            {
                continue;
            }

            // The nearest line above with less indentation is the mapping this entry belongs to.
            var indent = entry.Groups["indent"].Length;
            for (var j = i - 1; j >= 0; j--)
            {
                var owner = lines[j].TrimEnd('\r');
                var ownerIndent = owner.Length - owner.TrimStart(' ').Length;
                if (owner.Trim().Length == 0 || owner.TrimStart().StartsWith("#", StringComparison.Ordinal) || ownerIndent >= indent)
                {
                    continue;
                }

                if (Regex.IsMatch(owner, "^ *[\"']?properties[\"']?:[ \\t]*(#.*)?$"))
                {
                    var value = entry.Groups["value"];
                    return FindAt(text, offset + value.Index, value.Value);
                }

                break;
            }
        }

        return null;
    }

    /// <summary>The boolean at an index of the text, as a match group of its own.</summary>
    private static Group FindAt(string text, int index, string value) => new Regex("(?<value>" + value + ")").Match(text, index).Groups["value"];

    /// <summary>Whether a reader message says the document nests deeper than it reads.</summary>
    public static bool IsDepthLimit(string message)
        => message.IndexOf("maximum nesting depth", StringComparison.OrdinalIgnoreCase) >= 0
           || message.IndexOf("MaxDepth", StringComparison.Ordinal) >= 0;

    public static DiagnosticInfo TooDeep(SpecLocation location)
        => DiagnosticInfo.Create(DiagnosticDescriptors.NestedTooDeep, location, MaxNesting.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string VersionValue(string text)
    {
        var match = Regex.Match(text, "[\"']?(openapi|swagger)[\"']?\\s*:\\s*[\"']?([^\"'\\s,}]*)");
        return match.Success ? match.Groups[2].Value : "?";
    }

    private static SpecLocation VersionLocation(string path, string text)
    {
        var match = Regex.Match(text, "[\"']?(openapi|swagger)[\"']?\\s*:");
        return match.Success ? SourceMap.LocateText(path, text, match.Value) : SpecLocation.StartOf(path);
    }

    /// <summary>The first empty $ref that is a key, not text in a comment or a description.</summary>
    private static SpecLocation EmptyReferenceLocation(string path, string text)
    {
        var pattern = new Regex("(?<=^|[\\s{,\\-])[\"']?\\$ref[\"']?[ \\t]*:[ \\t]*(\"\"|''|(?=[ \\t]*[\\r\\n,}#]))", RegexOptions.Multiline);
        foreach (Match match in pattern.Matches(text))
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1;
            if (text.IndexOf('#', lineStart, match.Index - lineStart) < 0)
            {
                return SourceMap.LocateAt(path, text, match.Index, match.Length);
            }
        }

        return SpecLocation.StartOf(path);
    }
}
