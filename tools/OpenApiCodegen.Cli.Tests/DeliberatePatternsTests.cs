using OpenApiCodegen.Cli.Parity;

namespace OpenApiCodegen.Cli.Tests;

public sealed class DeliberatePatternsTests
{
    private const string Readme = """
        # Spec

        - `operation list_items: missing in ours` is outside the section and must not count.

        ## Deliberate differences from the published spec

        1. **The export path has no query string.** Prose with `code` is not a pattern.
           - `operation delete_item: missing in ours`
           - `property list_items 200 $.count: type differs: ours *, theirs integer`

        ### A sub-heading stays inside the section

        2. **Another fix.**
           - `schema Extra: extra in ours`

        ## Next section

           - `operation list_items: extra in ours`
        """;

    [Fact]
    public void ReadsOnlyIndentedCodeSpanItemsOfTheSection()
    {
        var patterns = DeliberatePatterns.FromMarkdown(Readme).Patterns;

        Assert.Equal(
            [
                "operation delete_item: missing in ours",
                "property list_items 200 $.count: type differs: ours *, theirs integer",
                "schema Extra: extra in ours",
            ],
            patterns);
    }

    [Theory]
    [InlineData("a*c", "abc", true)]
    [InlineData("a*c", "ac", true)]
    [InlineData("a*c", "abd", false)]
    [InlineData("*", "", true)]
    [InlineData("property * $.errors: x", "property op 400 $.errors: x", true)]
    [InlineData("property * $.errors: x", "property op 400 $.errors: y", false)]
    [InlineData("array|object", "array|object", true)]
    public void GlobMatchesWholeLines(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, Glob.IsMatch(pattern, text));
    }
}
