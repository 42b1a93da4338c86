using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.Model;

/// <summary>
/// One difference between the old and the new spec, told the way a compiler would: the C# symbols
/// that change (<see cref="Symbols"/>), what happens to them (<see cref="Effect"/>), and the spec
/// change behind it (<see cref="Detail"/>).
/// </summary>
/// <param name="Rule">The rule that classified the change; it gives the id and the level.</param>
/// <param name="Old">Where the change is in the old spec, when it exists there.</param>
/// <param name="New">Where the change is in the new spec, when it exists there.</param>
/// <param name="Symbols">Generated C# types or members affected, e.g. <c>Users.FetchUserAsync</c>.</param>
/// <param name="Effect">What happens to them: "removed", "renamed to X", "type changes from int to long".</param>
/// <param name="Detail">The change in spec terms: "operation fetch_user renamed to get_user".</param>
public sealed record SpecChange(
    Rule Rule,
    ChangeLocation? Old,
    ChangeLocation? New,
    IReadOnlyList<string> Symbols,
    string Effect,
    string Detail)
{
    public string RuleId => Rule.Id;

    public ChangeLevel Level => Rule.Level;

    /// <summary>"Users.FetchUserAsync removed (operation fetch_user renamed to get_user)".</summary>
    public string Message => Symbols.Count == 0
        ? $"{Effect} ({Detail})"
        : $"{string.Join(", ", Symbols)} {Effect} ({Detail})";

    public override string ToString() => $"{Level} {RuleId}: {Message}";
}
