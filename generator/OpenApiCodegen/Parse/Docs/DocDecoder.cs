using System.Collections.Generic;
using System.IO;
using System.Text;
using SharpYaml;
using SharpYaml.Serialization;

namespace OpenApiCodegen.Parse.Docs;

/// <summary>
/// Reads the docs the scanner found as YAML reads them. A one-line doc without escapes is read directly; the others
/// (folding, escapes, block scalars) all go through one small YAML document, where each doc's lines become the value of
/// a key of their own, shifted left together, which keeps what their indentation means.
/// </summary>
internal static class DocDecoder
{
    /// <summary>Each doc's text, in the order of <paramref name="spans"/>; null when YAML does not read them as strings.</summary>
    public static List<string>? Decode(TextLines lines, IReadOnlyList<DocSpan> spans)
    {
        var docs = new List<string?>(spans.Count);
        var rest = new List<int>();
        foreach (var span in spans)
        {
            var text = span.FirstLine == span.LastLine ? OneLine(lines[span.FirstLine], span.ValueColumn) : null;
            if (text is null)
            {
                rest.Add(docs.Count);
            }

            docs.Add(text);
        }

        if (rest.Count > 0 && !DecodeWithYaml(lines, spans, rest, docs))
        {
            return null;
        }

        return docs!;
    }

    /// <summary>
    /// A one-line doc YAML reads without folding: a plain scalar (trailing white space dropped), a single-quoted one
    /// ('' is a quote) or a double-quoted one without escapes. Anything else (null) goes to the YAML parser.
    /// </summary>
    private static string? OneLine(string line, int column)
    {
        var value = line.Substring(column).TrimEnd(' ', '\t');
        switch (value[0])
        {
            case '\'':
                return value.Length >= 2 && value[value.Length - 1] == '\'' ? value.Substring(1, value.Length - 2).Replace("''", "'") : null;
            case '"':
                return value.Length >= 2 && value[value.Length - 1] == '"' && value.IndexOf('\\') < 0 ? value.Substring(1, value.Length - 2) : null;
            case '|' or '>':
                return null;
            default:
                return value;
        }
    }

    private static bool DecodeWithYaml(TextLines lines, IReadOnlyList<DocSpan> spans, List<int> which, List<string?> docs)
    {
        var yaml = new StringBuilder();
        foreach (var index in which)
        {
            var span = spans[index];
            yaml.Append('d').Append(index).Append(": ").Append(lines[span.FirstLine], span.ValueColumn, lines[span.FirstLine].Length - span.ValueColumn).Append('\n');
            for (var j = span.FirstLine + 1; j <= span.LastLine; j++)
            {
                var line = lines[j];
                if (line.Length > span.KeyColumn)
                {
                    yaml.Append(line, span.KeyColumn, line.Length - span.KeyColumn);
                }

                yaml.Append('\n');
            }
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml.ToString()));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root || root.Children.Count != which.Count)
            {
                return false;
            }

            var position = 0;
            foreach (var entry in root.Children)
            {
                if (entry.Value is not YamlScalarNode { Value: { } text })
                {
                    return false;
                }

                docs[which[position++]] = text;
            }

            return true;
        }
        catch (YamlException)
        {
            return false;
        }
    }
}
