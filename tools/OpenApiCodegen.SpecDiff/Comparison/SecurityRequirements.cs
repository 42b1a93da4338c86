using Microsoft.OpenApi;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>
/// The ways an operation can authenticate: each alternative is a set of schemes used together,
/// each with its OAuth scopes. Old scheme names are mapped through detected renames first, so a
/// renamed scheme does not read as one requirement removed and another added.
/// </summary>
internal sealed class SecurityRequirements
{
    private SecurityRequirements(List<Dictionary<string, HashSet<string>>> alternatives, string pointer)
    {
        Alternatives = alternatives;
        Pointer = pointer;
    }

    public List<Dictionary<string, HashSet<string>>> Alternatives { get; }

    /// <summary>Where the requirements in effect are written: the operation's own, or the document's.</summary>
    public string Pointer { get; }

    /// <summary>True when a call needs no credentials: no requirement, or an empty alternative (<c>{}</c>).</summary>
    public bool AllowsAnonymous => Alternatives.Count == 0 || Alternatives.Any(a => a.Count == 0);

    /// <summary>All scheme names used by any alternative.</summary>
    public IEnumerable<string> Schemes => Alternatives.SelectMany(a => a.Keys).Distinct(StringComparer.Ordinal);

    /// <summary>The operation's own requirements, or the document's when it has none (<c>security: []</c> is its own: none).</summary>
    public static SecurityRequirements Of(OperationRef operation, OpenApiDocument document, IReadOnlyDictionary<string, string>? renames = null)
    {
        var own = operation.Operation.Security;
        var requirements = own ?? document.Security ?? [];
        var pointer = own is not null ? operation.Pointer + "/security" : "#/security";
        var alternatives = requirements
            .Select(requirement => requirement.ToDictionary(
                entry => Rename(entry.Key.Reference?.Id ?? string.Empty, renames),
                entry => new HashSet<string>(entry.Value ?? [], StringComparer.Ordinal),
                StringComparer.Ordinal))
            .ToList();
        return new SecurityRequirements(alternatives, pointer);
    }

    /// <summary>A stable name for an alternative: its schemes, sorted, joined with " + ".</summary>
    public static string KeyOf(Dictionary<string, HashSet<string>> alternative) =>
        alternative.Count == 0 ? "(none)" : string.Join(" + ", alternative.Keys.Order(StringComparer.Ordinal));

    private static string Rename(string name, IReadOnlyDictionary<string, string>? renames) =>
        renames is not null && renames.TryGetValue(name, out var renamed) ? renamed : name;
}
