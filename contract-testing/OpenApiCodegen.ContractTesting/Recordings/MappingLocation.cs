using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenApiCodegen.ContractTesting.Recordings;

/// <summary>
/// Where in a mapping file something is: a JSON pointer into the file (<c>/Response/StatusCode</c>) and the
/// 1-based line and column an editor shows. Used to say where a malformed recording goes wrong, instead of
/// System.Text.Json's zero-based line and byte offset.
/// </summary>
public sealed record MappingLocation(string Pointer, int Line, int Column)
{
    /// <summary>As in compiler messages: <c>line 3, column 7</c>.</summary>
    public string LineAndColumn => string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}");

    /// <summary>
    /// Where <paramref name="json"/> stops being valid JSON: the innermost member or element being read and the
    /// position the reader stopped at. Null when the text is valid JSON.
    /// </summary>
    public static MappingLocation? OfSyntaxError(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var path = new List<Frame>();
        var reader = new Utf8JsonReader(bytes);
        try
        {
            while (reader.Read())
            {
                Step(ref reader, path);
            }

            return null;
        }
        catch (JsonException e)
        {
            // The reader's own position (zero-based line, byte in line) is where it gave up.
            var line = (int)(e.LineNumber ?? 0);
            var column = ColumnOf(bytes, line, (int)(e.BytePositionInLine ?? 0));
            return new MappingLocation(PointerWhileReading(path), line + 1, column);
        }
    }

    /// <summary>
    /// Where the value at <paramref name="pointer"/> is in <paramref name="json"/> (for a member, where its name
    /// is). When part of the pointer does not exist, the deepest part that does, with the pointer kept as given.
    /// </summary>
    public static MappingLocation Of(string json, string pointer)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var starts = new Dictionary<string, long>(StringComparer.Ordinal);
        var path = new List<Frame>();
        var reader = new Utf8JsonReader(bytes);
        try
        {
            while (reader.Read())
            {
                var at = reader.TokenStartIndex;
                Step(ref reader, path);
                var current = reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray ? null : PointerOfLastToken(path, reader.TokenType);
                if (current is not null)
                {
                    starts.TryAdd(current, at);
                }
            }
        }
        catch (JsonException)
        {
            // Not valid JSON after all: locate within what could be read.
        }

        var known = pointer;
        long offset;
        while (!starts.TryGetValue(known, out offset))
        {
            if (known.Length == 0)
            {
                offset = 0;
                break;
            }

            known = known[..known.LastIndexOf('/')];
        }

        var (line, column) = LineAndColumnOf(bytes, offset);
        return new MappingLocation(pointer, line, column);
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        /// <summary>Array: index of the element last started (-1 before the first).</summary>
        public int Index { get; set; } = -1;

        /// <summary>Object: the member last named.</summary>
        public string? Property { get; set; }

        /// <summary>Object: the value of <see cref="Property"/> has been read completely.</summary>
        public bool ValueDone { get; set; }
    }

    private static void Step(ref Utf8JsonReader reader, List<Frame> path)
    {
        var parent = path.Count > 0 ? path[^1] : null;
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                parent!.Property = reader.GetString();
                parent.ValueDone = false;
                return;
            case JsonTokenType.EndObject:
            case JsonTokenType.EndArray:
                path.RemoveAt(path.Count - 1);
                if (path.Count > 0 && !path[^1].IsArray)
                {
                    path[^1].ValueDone = true;
                }

                return;
        }

        // A value starts: it is the next element of an array, or the value of the member just named.
        if (parent is { IsArray: true })
        {
            parent.Index++;
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            path.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
        }
        else if (parent is { IsArray: false })
        {
            parent.ValueDone = true;
        }
    }

    /// <summary>The pointer of the token just stepped over: a member's name, an element, or a container just opened.</summary>
    private static string PointerOfLastToken(List<Frame> path, JsonTokenType token)
    {
        var opened = token is JsonTokenType.StartObject or JsonTokenType.StartArray;
        var owners = opened ? path.Count - 1 : path.Count;
        var text = new StringBuilder();
        for (var i = 0; i < owners; i++)
        {
            var frame = path[i];
            text.Append('/').Append(frame.IsArray ? frame.Index.ToString(CultureInfo.InvariantCulture) : Escape(frame.Property ?? ""));
        }

        return text.ToString();
    }

    /// <summary>The innermost place the reader was in when it failed: the member whose value it was reading, or the next element.</summary>
    private static string PointerWhileReading(List<Frame> path)
    {
        var text = new StringBuilder();
        for (var i = 0; i < path.Count; i++)
        {
            var frame = path[i];
            var last = i == path.Count - 1;
            if (frame.IsArray)
            {
                text.Append('/').Append((last ? frame.Index + 1 : frame.Index).ToString(CultureInfo.InvariantCulture));
            }
            else if (frame.Property is not null && !(last && frame.ValueDone))
            {
                text.Append('/').Append(Escape(frame.Property));
            }
        }

        return text.ToString();
    }

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>1-based column, in characters, of a zero-based byte position within a zero-based line.</summary>
    private static int ColumnOf(byte[] bytes, int line, int byteInLine)
    {
        var start = 0;
        for (var seen = 0; seen < line && start < bytes.Length; start++)
        {
            if (bytes[start] == (byte)'\n')
            {
                seen++;
            }
        }

        var length = Math.Clamp(byteInLine, 0, bytes.Length - start);
        return Encoding.UTF8.GetCharCount(bytes, start, length) + 1;
    }

    private static (int Line, int Column) LineAndColumnOf(byte[] bytes, long offset)
    {
        var end = (int)Math.Min(offset, bytes.Length);
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < end; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line + 1, Encoding.UTF8.GetCharCount(bytes, lineStart, end - lineStart) + 1);
    }
}
