using System.Text.RegularExpressions;

namespace OpenApiCodegen.Cli.Fuzzing;

/// <summary>
/// Rewrites a few descriptions and summaries of a YAML spec's text into the many forms YAML has for a scalar (quoted
/// over several lines, folded, block scalars with indicators, values YAML reads as a boolean or a number, anchors,
/// aliases, comments, tabs), some of them broken. The generator splits the docs off a spec's text before parsing it
/// (DocSplit), and every fuzz case is checked for the split changing nothing: these are the texts it could get wrong.
/// </summary>
internal static partial class DocForms
{
    // {i} is the doc key's indentation: continuation lines go deeper ("{i}  "), or not, to break the spec on purpose.
    private static readonly string[] Forms =
    [
        "plain text", "text: with a colon", "text # and a comment", "'single ''quoted'''", "\"double \\\"escaped\\\" \\u00e9\"",
        "\"a\\nb\"", "|\n{i}  line one\n{i}    deeper\n{i}  line two", ">-\n{i}  folded\n{i}  text", "|+\n{i}  kept\n",
        "|2\n{i}   indented", "true", "123", "1e3", "~", "null", "Infinity", ".inf", "&anchor anchored", "*anchor",
        "\"multi\n{i}  line quoted\"", "'multi\n{i}  line single'", "plain\n{i}  continued\n{i}  again", "[a, b]", "{a: 1}",
        "\"\"", "''", "\"   \"", "@bad", "`bad", "!!str tagged", "text\twith a tab", "\u00e9t\u00e9", "- item", "'unterminated",
        "\"unterminated", "x\n{i}# a comment line\n{i}  more", "a\n\n{i}  after a blank line", "\"quoted\"\n{i}  then more",
    ];

    /// <summary>The text with up to three docs rewritten; each rewrite is added to <paramref name="applied"/>.</summary>
    public static string Rewrite(string yaml, Random random, List<string> applied)
    {
        var rewrites = 1 + random.Next(3);
        for (var n = 0; n < rewrites; n++)
        {
            var matches = DocLine().Matches(yaml);
            if (matches.Count == 0)
            {
                break;
            }

            var match = matches[random.Next(matches.Count)];
            var indent = match.Groups["indent"].Value + (match.Groups["item"].Success ? "  " : string.Empty);
            var form = Forms[random.Next(Forms.Length)];
            var end = EndOfValue(yaml, match.Index + match.Length, indent.Length);
            yaml = yaml[..match.Groups["value"].Index] + form.Replace("{i}", indent) + yaml[end..];
            applied.Add($"doc-form {match.Groups["key"].Value} at offset {match.Index}: {form.Replace("\n", "\\n")}");
        }

        return yaml;
    }

    /// <summary>Where the old value ends: after the lines indented deeper than its key that follow it.</summary>
    private static int EndOfValue(string yaml, int end, int keyIndent)
    {
        while (end + 1 < yaml.Length)
        {
            var lineEnd = yaml.IndexOf('\n', end + 1);
            if (lineEnd < 0)
            {
                lineEnd = yaml.Length;
            }

            var line = yaml[(end + 1)..lineEnd];
            var indent = line.Length - line.TrimStart(' ').Length;
            if (line.Trim().Length == 0 || indent <= keyIndent)
            {
                break;
            }

            end = lineEnd;
        }

        return end;
    }

    // The key plain or double-quoted (the fuzzer's own YAML writer quotes every key).
    [GeneratedRegex(@"(?m)^(?<indent> *)(?<item>- )?(?<quote>""?)(?<key>description|summary)\k<quote>: (?<value>.*)$")]
    private static partial Regex DocLine();
}
