using System.Text.RegularExpressions;

namespace OpenApiCodegen.ContractTesting.Findings;

/// <summary>
/// One accepted drift. Each field is matched exactly, or as a pattern where <c>*</c> matches any run of
/// characters; a field left out matches anything. <see cref="Reason"/> says why the drift is accepted.
/// </summary>
public sealed record BaselineEntry(string Rule, string Operation, string Recording, string Pointer, string Reason)
{
    public bool Matches(Finding finding)
        => Glob(Rule, finding.Rule.Id)
           && Glob(Operation, finding.Operation)
           && Glob(Recording, finding.Recording)
           && Glob(Pointer, finding.Pointer);

    /// <summary>The entry that accepts exactly this finding.</summary>
    public static BaselineEntry For(Finding finding, string reason)
        => new(finding.Rule.Id, finding.Operation, finding.Recording, finding.Pointer, reason);

    private static bool Glob(string pattern, string value)
        => pattern == "*" || (pattern.Contains('*', StringComparison.Ordinal)
            ? Regex.IsMatch(value, "^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$", RegexOptions.None, TimeSpan.FromSeconds(1))
            : string.Equals(pattern, value, StringComparison.Ordinal));
}
