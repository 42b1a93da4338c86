using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiCodegen.Cli.Fuzzing;

/// <summary>Writes a mutated tree back as a spec: JSON, or block-style YAML with every string double-quoted.</summary>
internal static class SpecText
{
    /// <summary>Mutations nest trees far deeper than System.Text.Json's default of 64; the generator must meet that depth.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, MaxDepth = 4000, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(JsonNode? root)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            if (root is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                root.WriteTo(writer);
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Yaml(JsonNode? root)
    {
        var builder = new StringBuilder();
        // An explicit stack, not recursion: a mutated tree may nest thousands of levels.
        var stack = new Stack<(JsonNode? Node, int Indent, string Prefix)>();
        stack.Push((root, 0, string.Empty));
        while (stack.Count > 0)
        {
            var (node, indent, prefix) = stack.Pop();
            switch (node)
            {
                case JsonObject { Count: > 0 } obj:
                    if (prefix.Length > 0)
                    {
                        builder.Append(' ', indent * 2).Append(prefix).Append('\n');
                    }

                    var childIndent = prefix.Length > 0 ? indent + 1 : indent;
                    foreach (var property in obj.Reverse())
                    {
                        stack.Push((property.Value, childIndent, Quote(property.Key) + ":"));
                    }

                    break;
                case JsonArray { Count: > 0 } array:
                    if (prefix.Length > 0)
                    {
                        builder.Append(' ', indent * 2).Append(prefix).Append('\n');
                    }

                    var itemIndent = prefix.Length > 0 ? indent + 1 : indent;
                    for (var i = array.Count - 1; i >= 0; i--)
                    {
                        stack.Push((array[i], itemIndent, "-"));
                    }

                    break;
                default:
                    builder.Append(' ', indent * 2).Append(prefix).Append(prefix.Length > 0 ? " " : string.Empty).Append(Scalar(node)).Append('\n');
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Scalar(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        _ => node.GetValueKind() == JsonValueKind.String ? Quote(node.GetValue<string>()) : node.ToJsonString(),
    };

    /// <summary>A YAML double-quoted scalar: JSON's escapes are YAML's.</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
