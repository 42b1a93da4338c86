using System.Text.RegularExpressions;
using OneSignal.Tests.Infrastructure;

namespace OneSignal.Tests.Readme;

/// <summary>One ```csharp block of generated/README.md, named by the <c>&lt;!-- example: name --&gt;</c> comment before it.</summary>
/// <param name="Name">The name in the comment.</param>
/// <param name="Code">The block's lines, without the fences.</param>
/// <param name="Line">The README line (1-based) of the block's first line of code, so compiler errors point into the README.</param>
internal sealed record ReadmeExample(string Name, string Code, int Line)
{
    public const string RelativePath = "generated/README.md";

    private static readonly Regex Marker = new(@"^<!--\s*example:\s*(?<name>[a-z0-9-]+)\s*-->\s*$", RegexOptions.CultureInvariant);

    /// <summary>Every example of the README; reading it again for every test keeps edits visible to a running test session.</summary>
    public static IReadOnlyList<ReadmeExample> All() => Parse(File.ReadAllLines(RepositoryRoot.File("generated", "README.md")));

    public static ReadmeExample Get(string name)
        => All().SingleOrDefault(e => e.Name == name) ?? throw new InvalidOperationException($"{RelativePath} has no block marked <!-- example: {name} -->.");

    /// <summary>
    /// The marked blocks. A ```csharp block without a marker, a marker not followed by one, or a name used
    /// twice is an error: every C# block of the README must be one that a test compiles and runs.
    /// </summary>
    public static IReadOnlyList<ReadmeExample> Parse(IReadOnlyList<string> lines)
    {
        var examples = new List<ReadmeExample>();
        string? pending = null;
        var pendingLine = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            var marker = Marker.Match(line);
            if (marker.Success)
            {
                pending = marker.Groups["name"].Value;
                pendingLine = i + 1;
                continue;
            }

            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var language = line[3..].Trim();
                var end = FindClosingFence(lines, i);
                if (language is "csharp" or "cs" or "c#")
                {
                    if (pending is null)
                    {
                        throw new FormatException($"{RelativePath}({i + 1}): a C# block without an <!-- example: name --> comment before it; every C# block is compiled and run by a test.");
                    }

                    if (examples.Any(e => e.Name == pending))
                    {
                        throw new FormatException($"{RelativePath}({pendingLine}): the example name '{pending}' is used twice.");
                    }

                    examples.Add(new ReadmeExample(pending, string.Join("\n", lines.Skip(i + 1).Take(end - i - 1)), i + 2));
                    pending = null;
                }

                i = end;
                continue;
            }

            if (pending is not null && line.Length > 0)
            {
                throw new FormatException($"{RelativePath}({pendingLine}): <!-- example: {pending} --> must come right before a ```csharp block.");
            }
        }

        if (pending is not null)
        {
            throw new FormatException($"{RelativePath}({pendingLine}): <!-- example: {pending} --> is not followed by a ```csharp block.");
        }

        return examples;
    }

    private static int FindClosingFence(IReadOnlyList<string> lines, int open)
    {
        for (var i = open + 1; i < lines.Count; i++)
        {
            if (lines[i].Trim() == "```")
            {
                return i;
            }
        }

        throw new FormatException($"{RelativePath}({open + 1}): a code block that is never closed.");
    }
}
