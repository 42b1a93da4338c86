using OpenApiCodegen.SpecDiff.Loading;
using OpenApiCodegen.SpecDiff.Model;
using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.Comparison;

/// <summary>
/// Gathers changes as the comparison finds them. The same spec change is often reached more than
/// once (a property of an allOf part is compared inside every type that merges the part): those
/// become one change, keyed by rule and location, that lists every C# symbol it affects.
/// </summary>
internal sealed class ChangeCollector
{
    private readonly Dictionary<ChangeKey, PendingChange> _changes = new();
    private readonly List<ChangeKey> _order = new();

    /// <summary>Records a change; returns its key, so a later finding can withdraw it.</summary>
    public ChangeKey Add(Rule rule, string? oldPointer, string? newPointer, string? symbol, string effect, string detail)
    {
        var key = new ChangeKey(rule.Id, oldPointer, newPointer);
        if (!_changes.TryGetValue(key, out var pending))
        {
            pending = new PendingChange(rule, oldPointer, newPointer, effect, detail);
            _changes[key] = pending;
            _order.Add(key);
        }

        if (symbol is not null && !pending.Symbols.Contains(symbol, StringComparer.Ordinal))
        {
            pending.Symbols.Add(symbol);
        }

        return key;
    }

    /// <summary>Withdraws a change a later finding explains better (a type change that is a schema rename).</summary>
    public void Remove(ChangeKey key)
    {
        if (_changes.Remove(key))
        {
            _order.Remove(key);
        }
    }

    /// <summary>The changes, worst first, then in spec order, with line numbers from both specs.</summary>
    public List<SpecChange> Build(LoadedSpec oldSpec, LoadedSpec newSpec)
    {
        return _order
            .Select((key, index) => (Change: _changes[key], Index: index))
            .OrderByDescending(entry => entry.Change.Rule.Level)
            .ThenBy(entry => entry.Index)
            .Select(entry => entry.Change.ToChange(oldSpec, newSpec))
            .ToList();
    }

    internal readonly record struct ChangeKey(string RuleId, string? OldPointer, string? NewPointer);

    private sealed class PendingChange(Rule rule, string? oldPointer, string? newPointer, string effect, string detail)
    {
        public Rule Rule { get; } = rule;

        public List<string> Symbols { get; } = new();

        public SpecChange ToChange(LoadedSpec oldSpec, LoadedSpec newSpec) => new(
            Rule,
            oldPointer is null ? null : new ChangeLocation(oldPointer, oldSpec.LineOf(oldPointer)),
            newPointer is null ? null : new ChangeLocation(newPointer, newSpec.LineOf(newPointer)),
            Symbols.ToList(),
            effect,
            detail);
    }
}
