using OpenApiCodegen.SpecDiff.Model;

namespace OpenApiCodegen.SpecDiff.Tests.Infrastructure;

/// <summary>Assertions on a diff that say, on failure, everything the diff reported.</summary>
internal static class ChangeAssertions
{
    /// <summary>The one change with <paramref name="ruleId"/>; fails listing the diff when there are none or several.</summary>
    public static SpecChange Single(DiffResult result, string ruleId)
    {
        var matches = result.Changes.Where(c => c.RuleId == ruleId).ToList();
        Assert.True(matches.Count == 1, $"expected one {ruleId}, found {matches.Count} in:\n{Describe(result)}");
        return matches[0];
    }

    public static void None(DiffResult result, string ruleId) =>
        Assert.False(result.Changes.Any(c => c.RuleId == ruleId), $"expected no {ruleId} in:\n{Describe(result)}");

    /// <summary>The rule ids reported, sorted, for comparing whole diffs.</summary>
    public static List<string> RuleIds(DiffResult result) => result.Changes.Select(c => c.RuleId).Order(StringComparer.Ordinal).ToList();

    public static string Describe(DiffResult result) =>
        result.Changes.Count == 0 ? "  (no changes)" : string.Join("\n", result.Changes.Select(c => "  " + c));
}
