namespace OpenApiCodegen.ContractTesting.Findings;

/// <summary>Text as findings quote it: one line, and short, so that a whole body never floods a report.</summary>
public static class Excerpt
{
    /// <summary>Line breaks and runs of white space become one space; beyond <paramref name="max"/> characters, an ellipsis.</summary>
    public static string Of(string? text, int max = 160)
    {
        if (text is null)
        {
            return "(none)";
        }

        var line = string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return line.Length > max ? line[..max] + "..." : line;
    }

    /// <summary>"a key", "an email": the article for a noun.</summary>
    public static string A(string noun) => (noun.Length > 0 && "aeiou".Contains(char.ToLowerInvariant(noun[0])) ? "an " : "a ") + noun;
}
