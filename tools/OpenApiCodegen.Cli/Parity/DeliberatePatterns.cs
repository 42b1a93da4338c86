namespace OpenApiCodegen.Cli.Parity;

/// <summary>
/// The differences we mean to have, read from the spec's README: in the section whose heading starts
/// with <see cref="SectionHeading"/>, every indented list item whose whole text is one code span,
/// <c>  - `operation export_subscriptions: path differs: *`</c>, is a pattern for a whole difference
/// line. <c>*</c> matches any run of characters; everything else matches itself.
/// </summary>
public sealed class DeliberatePatterns
{
    public const string SectionHeading = "Deliberate differences";

    public DeliberatePatterns(IEnumerable<string> patterns) => Patterns = patterns.ToList();

    public IReadOnlyList<string> Patterns { get; }

    public static DeliberatePatterns None { get; } = new([]);

    public static DeliberatePatterns FromMarkdown(string markdown)
    {
        var patterns = new List<string>();
        var inSection = false;
        var sectionLevel = 0;
        foreach (var rawLine in markdown.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (HeadingLevel(line) is { } level)
            {
                var title = line.TrimStart('#').Trim();
                if (title.StartsWith(SectionHeading, StringComparison.OrdinalIgnoreCase))
                {
                    inSection = true;
                    sectionLevel = level;
                    continue;
                }

                // A heading of the same or a higher level ends the section; sub-headings stay inside it.
                if (inSection && level <= sectionLevel)
                {
                    inSection = false;
                }

                continue;
            }

            if (inSection && PatternOf(line) is { } pattern)
            {
                patterns.Add(pattern);
            }
        }

        return new DeliberatePatterns(patterns);
    }

    /// <summary>The first pattern that matches the whole line, or null.</summary>
    public string? Match(string line) => Patterns.FirstOrDefault(pattern => Glob.IsMatch(pattern, line));

    private static int? HeadingLevel(string line)
    {
        var level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        return level is > 0 and <= 6 && level < line.Length && line[level] == ' ' ? level : null;
    }

    // "  - `pattern`" (indented, so that top-level items can describe the fix in prose).
    private static string? PatternOf(string line)
    {
        if (line.Length == 0 || !char.IsWhiteSpace(line[0]))
        {
            return null;
        }

        var text = line.Trim();
        if (!text.StartsWith("- `", StringComparison.Ordinal) && !text.StartsWith("* `", StringComparison.Ordinal))
        {
            return null;
        }

        var span = text.Substring(2);
        if (span.Length < 3 || !span.EndsWith('`') || span.IndexOf('`', 1) != span.Length - 1)
        {
            return null;
        }

        return span.Substring(1, span.Length - 2);
    }
}
