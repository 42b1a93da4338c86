using System;
using System.Collections.Generic;
using System.IO;
using OpenApiCodegen.Diagnostics;
using SharpYaml;
using SharpYaml.Serialization;

namespace OpenApiCodegen.Parse;

/// <summary>
/// Maps a JSON pointer in a spec (for example <c>#/components/schemas/Pet/properties/id</c>) to the
/// line and column where it is written, so diagnostics point into the YAML or JSON file itself.
/// A YAML spec's map comes from the same parse that feeds OpenAPI.NET; a JSON spec's is built only when a
/// diagnostic needs a location, since it parses the text a second time.
/// </summary>
internal sealed class SourceMap
{
    private readonly string _path;
    private readonly YamlNode? _root;

    private SourceMap(string path, YamlNode? root)
    {
        _path = path;
        _root = root;
    }

    /// <summary>The map of a document already parsed.</summary>
    public static SourceMap Of(string path, YamlNode? root) => new(path, root);

    public static SourceMap Build(string path, string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return new SourceMap(path, stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null);
        }
        catch (YamlException)
        {
            return new SourceMap(path, null);
        }
    }

    /// <summary>The YAML syntax error in <paramref name="text"/>, with its location, or null when it parses.</summary>
    public static (string Message, SpecLocation Location)? FindSyntaxError(string path, string text)
    {
        try
        {
            new YamlStream().Load(new StringReader(text));
            return null;
        }
        catch (YamlException e)
        {
            var message = e.Message;
            var close = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(", StringComparison.Ordinal) && close > 0)
            {
                message = message.Substring(close + 3); // drop SharpYaml's own "(Lin: .., Col: ..)" prefix
            }

            message = message.Trim();
            var open = message.IndexOf("flow sequence", StringComparison.Ordinal) >= 0 ? '['
                : message.IndexOf("flow mapping", StringComparison.Ordinal) >= 0 ? '{'
                : '\0';
            var opening = open == '\0' ? -1 : FlowBrackets.Unclosed(text, e.Start.Index, open);
            if (opening >= 0)
            {
                // Reported where the parser gave up (often the end of the file); the mistake is the bracket left open.
                var at = LocateAt(path, text, opening, 1);
                var closing = open == '[' ? ']' : '}';
                return ("The '" + open + "' at line " + (at.StartLine + 1) + ", column " + (at.StartColumn + 1) + " is never closed: "
                        + "a '" + closing + "' or ',' was expected before line " + (e.Start.Line + 1) + ", column " + (e.Start.Column + 1), at);
            }

            return (message, ToLocation(path, e.Start, e.End));
        }
    }

    /// <summary>
    /// The location of the deepest node on <paramref name="pointer"/>'s path that exists: a key
    /// when the pointer names a mapping entry. Swagger 2.0 pointers that OpenAPI.NET rewrote to
    /// 3.0 form (<c>/components/schemas</c>) are mapped back to <c>/definitions</c>.
    /// </summary>
    public SpecLocation Locate(string? pointer)
    {
        if (_root is null || string.IsNullOrEmpty(pointer))
        {
            return SpecLocation.StartOf(_path);
        }

        var segments = SplitPointer(pointer!);
        if (!TryWalk(segments, out var found) && segments.Count >= 2 && segments[0] == "components")
        {
            var legacy = new List<string>(segments);
            legacy.RemoveAt(0);
            legacy[0] = legacy[0] == "schemas" ? "definitions" : legacy[0];
            if (TryWalk(legacy, out var legacyFound) && legacyFound.Depth >= found.Depth)
            {
                found = legacyFound;
            }
        }

        return ToLocation(_path, found.Node.Start, found.Node.End);
    }

    /// <summary>Whether the spec text has a node at exactly <paramref name="pointer"/>.</summary>
    public bool Contains(string pointer) => _root is not null && TryWalk(SplitPointer(pointer), out _);

    /// <summary>The first place <paramref name="needle"/> appears in the text, for problems that have no pointer.</summary>
    public static SpecLocation LocateText(string path, string text, string needle)
    {
        var index = needle.Length == 0 ? -1 : text.IndexOf(needle, StringComparison.Ordinal);
        return index < 0 ? SpecLocation.StartOf(path) : LocateAt(path, text, index, needle.Length);
    }

    /// <summary>The location of <paramref name="length"/> characters at <paramref name="index"/> of the text.</summary>
    public static SpecLocation LocateAt(string path, string text, int index, int length)
    {

        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = index - lineStart;
        return new SpecLocation(path, index, length, line, column, line, column + length);
    }

    private bool TryWalk(IReadOnlyList<string> segments, out (YamlNode Node, int Depth) found)
    {
        var current = _root!;
        found = (current, 0);
        for (var i = 0; i < segments.Count; i++)
        {
            YamlNode? next = null;
            YamlNode? key = null;
            switch (current)
            {
                case YamlMappingNode mapping:
                    foreach (var entry in mapping.Children)
                    {
                        if (entry.Key is YamlScalarNode scalar && scalar.Value == segments[i])
                        {
                            key = entry.Key;
                            next = entry.Value;
                            break;
                        }
                    }

                    break;
                case YamlSequenceNode sequence when int.TryParse(segments[i], out var index) && index >= 0 && index < sequence.Children.Count:
                    next = sequence.Children[index];
                    break;
            }

            if (next is null)
            {
                return false;
            }

            current = next;
            found = (key ?? next, i + 1);
        }

        return true;
    }

    private static List<string> SplitPointer(string pointer)
    {
        var trimmed = pointer.TrimStart('#').TrimStart('/');
        var segments = new List<string>();
        if (trimmed.Length == 0)
        {
            return segments;
        }

        foreach (var raw in trimmed.Split('/'))
        {
            segments.Add(Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~"));
        }

        return segments;
    }

    private static SpecLocation ToLocation(string path, Mark start, Mark end)
    {
        var length = Math.Max(0, end.Index - start.Index);
        var endLine = end.Line;
        var endColumn = end.Column;
        if (endLine < start.Line || (endLine == start.Line && endColumn < start.Column))
        {
            endLine = start.Line;
            endColumn = start.Column;
        }

        return new SpecLocation(path, start.Index, length, start.Line, start.Column, endLine, endColumn);
    }
}
