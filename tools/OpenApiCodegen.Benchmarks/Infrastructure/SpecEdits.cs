using System.Text.RegularExpressions;

namespace OpenApiCodegen.Benchmarks.Infrastructure;

/// <summary>
/// The edit a developer makes most often to a spec, rewording one schema's documentation, and a structural one for
/// comparison.
/// </summary>
internal static partial class SpecEdits
{
    /// <summary>
    /// Appends a sentence to the first single-line, plain (unquoted) <c>description</c> under
    /// <c>components/schemas</c>. Only that schema's doc comment should change in the output.
    /// </summary>
    public static string EditFirstSchemaDescription(string yaml)
    {
        var schemas = yaml.IndexOf("\n  schemas:\n", StringComparison.Ordinal);
        if (schemas < 0)
        {
            throw new InvalidOperationException("The spec has no components/schemas section in block YAML.");
        }

        for (var match = PlainDescription().Match(yaml, schemas); match.Success; match = match.NextMatch())
        {
            if (IsContinued(yaml, match))
            {
                continue; // a plain scalar folded over several lines: extending its first line would reword the middle
            }

            var end = match.Index + match.Length;
            return yaml[..end] + " Edited for the benchmark." + yaml[end..];
        }

        throw new InvalidOperationException("No plain one-line description under components/schemas to edit.");
    }

    /// <summary>
    /// Adds an optional string property in front of the first property of the first schema under
    /// <c>components/schemas</c>: a structural edit, which maps the spec again, to compare with a doc edit.
    /// </summary>
    public static string AddPropertyToFirstSchema(string yaml)
    {
        var schemas = yaml.IndexOf("\n  schemas:\n", StringComparison.Ordinal);
        var properties = schemas < 0 ? -1 : yaml.IndexOf("properties:\n", schemas, StringComparison.Ordinal);
        if (properties < 0)
        {
            throw new InvalidOperationException("The spec has no properties under components/schemas in block YAML.");
        }

        var firstProperty = properties + "properties:\n".Length;
        var indent = 0;
        while (yaml[firstProperty + indent] == ' ')
        {
            indent++;
        }

        var pad = new string(' ', indent);
        return yaml[..firstProperty] + pad + "addedForTheBenchmark:\n" + pad + "  type: string\n" + yaml[firstProperty..];
    }

    /// <summary>Whether the next line is indented deeper than the description key, i.e. continues its value.</summary>
    private static bool IsContinued(string yaml, Match match)
    {
        var keyIndent = match.Value.Length - match.Value.TrimStart(' ').Length;
        var next = match.Index + match.Length + 1;
        var nextIndent = 0;
        while (next + nextIndent < yaml.Length && yaml[next + nextIndent] == ' ')
        {
            nextIndent++;
        }

        return nextIndent > keyIndent;
    }

    // A plain scalar: not quoted, not a block scalar, and without ': ' or ' #' that would change its meaning when extended.
    [GeneratedRegex(@"(?m)^ +description: [A-Za-z][^\r\n""'#:]*[A-Za-z.]$")]
    private static partial Regex PlainDescription();
}
