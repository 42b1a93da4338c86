using OpenApiCodegen.SpecDiff.Loading;
using OpenApiCodegen.SpecDiff.Model;
using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.CSharp;

/// <summary>
/// Joins the two views of a new version: the changes to the compiled public API (one line per symbol, whatever the
/// spec change behind it) and the wire-level changes. Each C# change is attributed to the wire change behind it and
/// shown at its line; a wire change that a C# change already tells, at no lower a level, is not repeated; the rest
/// name only symbols the generator emits.
/// </summary>
internal static class CSharpImpact
{
    public static List<SpecChange> Apply(IReadOnlyList<SpecChange> wire, CSharpView view, LoadedSpec oldSpec, LoadedSpec newSpec)
    {
        var links = new PointerLinks(wire.Where(c => c.Old is not null && c.New is not null).Select(c => (c.Old!.Pointer, c.New!.Pointer)));
        var code = new ApiComparer(view, links).Compare();
        var ledger = new Ledger();

        var lines = CodeLines(code, wire, view, ledger, oldSpec, newSpec);
        ExplainCodeOnly(code, wire, ledger);
        lines.AddRange(WireLines(wire, view, ledger));

        // Worst first, then grouped by the type they concern.
        return lines
            .Select((entry, index) => (entry.Change, entry.Owner, Index: index))
            .OrderByDescending(entry => entry.Change.Level)
            .ThenBy(entry => entry.Owner, StringComparer.Ordinal)
            .ThenBy(entry => entry.Index)
            .Select(entry => entry.Change)
            .ToList();
    }

    /// <summary>
    /// Which wire changes a C# line stands for: <see cref="Explained"/> ones change generated C#; <see cref="Told"/> ones
    /// need no line of their own.
    /// </summary>
    private sealed class Ledger
    {
        public HashSet<SpecChange> Explained { get; } = new(ReferenceEqualityComparer.Instance);

        public HashSet<SpecChange> Told { get; } = new(ReferenceEqualityComparer.Instance);

        public void Mark(SpecChange change, bool told)
        {
            Explained.Add(change);
            if (told)
            {
                Told.Add(change);
            }
        }
    }

    /// <summary>One line per C# change (a client interface's change on its class's line), at the spec change behind it.</summary>
    private static List<(SpecChange Change, string Owner)> CodeLines(
        IReadOnlyList<CSharpChange> code, IReadOnlyList<SpecChange> wire, CSharpView view, Ledger ledger, LoadedSpec oldSpec, LoadedSpec newSpec)
    {
        var lines = new List<(SpecChange Change, string Owner)>();
        foreach (var group in code.GroupBy(c => (c.Rule, Symbol: view.ClassTwin(c.Symbol) ?? c.Symbol, c.Effect)))
        {
            var members = group.OrderBy(c => c.Symbol == group.Key.Symbol ? 0 : 1).ToList();
            var change = members[0];
            var cause = Cause(change, wire);
            MarkTold(change, cause, wire, ledger);
            lines.Add((new SpecChange(
                change.Rule,
                cause?.Old ?? Locate(oldSpec, change.OldSource),
                cause?.New ?? Locate(newSpec, change.NewSource),
                members.Select(c => c.Symbol).ToList(),
                change.Effect,
                cause?.Detail ?? Unexplained(change)), change.Owner));
        }

        return lines;
    }

    private static void MarkTold(CSharpChange change, SpecChange? cause, IReadOnlyList<SpecChange> wire, Ledger ledger)
    {
        // The same spec change is often judged once per direction (request, response): this line tells them all.
        foreach (var same in cause is null ? [] : wire.Where(c => SamePlace(c, cause)))
        {
            ledger.Mark(same, same.Level <= change.Rule.Level || RuleCatalog.IsCodeOnly(same.Rule));
        }

        // A method's return type is read from every success answer, its body parameter from the request body: a change
        // of either is told by this line.
        if (change.OldSource is { Role: "method" or "with-response" or "pager" } method && MethodPart(change.Rule) is { } part)
        {
            foreach (var answer in wire.Where(c => c.RuleId == part.RuleId && c.Level <= change.Rule.Level
                         && c.Old?.Pointer.StartsWith(method.Pointer + part.Under, StringComparison.Ordinal) == true))
            {
                ledger.Mark(answer, told: true);
            }
        }
    }

    /// <summary>
    /// A rename or restructure changes generated C# when any C# change sits at, under or above its place, even when
    /// another spec change there was the closer cause (an operation both moved and retagged).
    /// </summary>
    private static void ExplainCodeOnly(IReadOnlyList<CSharpChange> code, IReadOnlyList<SpecChange> wire, Ledger ledger)
    {
        foreach (var change in wire.Where(c => RuleCatalog.IsCodeOnly(c.Rule) && !ledger.Explained.Contains(c)))
        {
            if (code.Any(c => Math.Max(Score(change.Old?.Pointer, c.OldSource), Score(change.New?.Pointer, c.NewSource)) > 0))
            {
                ledger.Mark(change, told: true);
            }
        }
    }

    /// <summary>
    /// The wire changes no C# line tells, once per place and effect at the worse of its directions' levels, naming the
    /// public symbols at their place. A code-only one that changes no symbol is non-breaking.
    /// </summary>
    private static IEnumerable<(SpecChange Change, string Owner)> WireLines(IReadOnlyList<SpecChange> wire, CSharpView view, Ledger ledger)
    {
        var remaining = wire
            .Where(c => !ledger.Told.Contains(c) && !IsRestructure(c, view))
            .GroupBy(c => (c.Old?.Pointer, c.New?.Pointer, c.Effect, c.Detail))
            .Select(group => group.MaxBy(c => c.Level)!);
        foreach (var change in remaining)
        {
            var symbols = Symbols(change, view);
            var stands = RuleCatalog.IsCodeOnly(change.Rule) && !ledger.Explained.Contains(change)
                ? change with { Rule = change.Rule with { Level = ChangeLevel.NonBreaking }, Effect = "changes no generated C#" }
                : change with { Effect = WireEffect(change) };
            yield return (stands with { Symbols = symbols }, symbols.Count == 0 ? "" : OwnerOf(symbols[0]));
        }
    }

    /// <summary>
    /// The wire comparison phrases some effects with C# types it derives itself ("type changes from A to B"); beside the
    /// compiled APIs those could name types the generator does not emit, so they say what happens on the wire instead.
    /// </summary>
    private static string WireEffect(SpecChange change) => change.RuleId switch
    {
        _ when change.RuleId.EndsWith("-" + RuleCatalog.TypeChanged.Suffix, StringComparison.Ordinal) => "carries values of another type",
        _ when change.RuleId.EndsWith("-" + RuleCatalog.VariantAdded.Suffix, StringComparison.Ordinal) => "may carry one more shape",
        _ when change.RuleId.EndsWith("-" + RuleCatalog.VariantRemoved.Suffix, StringComparison.Ordinal) => "no longer carries one of its shapes",
        _ => change.Effect,
    };

    private static (string RuleId, string Under)? MethodPart(Rule rule)
        => rule == CSharpRules.TypeChanged ? ("response-type-changed", "/responses/2")
            : rule == CSharpRules.ParametersChanged ? ("request-type-changed", "/requestBody")
            : null;

    private static bool SamePlace(SpecChange a, SpecChange b) => a.Old?.Pointer == b.Old?.Pointer && a.New?.Pointer == b.New?.Pointer;

    /// <summary>
    /// A removal the compiled APIs contradict: every type that had the member (the component it was declared in being an
    /// allOf part, say) still has it, or is gone altogether (a cs- line tells that). The spec moved the declaration; the
    /// values travel as before.
    /// </summary>
    private static bool IsRestructure(SpecChange change, CSharpView view)
    {
        if (change.New is not null || change.Old is null || change.Rule.IsCSharp())
        {
            return false;
        }

        var members = view.OldSources.SymbolsAt(change.Old.Pointer).Where(symbol => symbol.Contains('.', StringComparison.Ordinal)).ToList();
        return members.Count > 0 && members.All(symbol => !view.NewApi.Types.ContainsKey(OwnerOf(symbol)) || view.NewApi.Contains(symbol));
    }

    /// <summary>The wire change at, under or above the symbol's spec node, the closest one first.</summary>
    private static SpecChange? Cause(CSharpChange change, IReadOnlyList<SpecChange> wire)
    {
        SpecChange? best = null;
        var bestScore = 0;
        foreach (var candidate in wire)
        {
            var score = Math.Max(Score(candidate.Old?.Pointer, change.OldSource), Score(candidate.New?.Pointer, change.NewSource));
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    /// <summary>0 when unrelated; otherwise higher for a wire change nearer the symbol's node (under it beats above it).</summary>
    private static int Score(string? pointer, SymbolSource? source)
    {
        if (pointer is null || source is null || source.Pointer.Length < 3)
        {
            return 0;
        }

        var node = source.Pointer;
        if (pointer == node)
        {
            return 100_000;
        }

        if (pointer.StartsWith(node + "/", StringComparison.Ordinal))
        {
            return 50_000 - pointer.Length;
        }

        return node.StartsWith(pointer + "/", StringComparison.Ordinal) && pointer.Count(c => c == '/') >= 2 ? pointer.Length : 0;
    }

    private static ChangeLocation? Locate(LoadedSpec spec, SymbolSource? source)
        => source is null || source.Pointer == "#" ? null : new ChangeLocation(source.Pointer, spec.LineOf(source.Pointer));

    private static string Unexplained(CSharpChange change) => (change.NewSource ?? change.OldSource) switch
    {
        { Role: var role } when role.StartsWith("group", StringComparison.Ordinal) => "the operations' first tags changed",
        { Pointer: not "#" } source => $"generated from {source.Pointer}",
        _ => "generated code",
    };

    /// <summary>The symbols the generator emits for the spec nodes a wire change is at.</summary>
    private static List<string> Symbols(SpecChange change, CSharpView view)
    {
        var symbols = new List<string>();
        if (change.Old is { } old)
        {
            symbols.AddRange(view.OldSources.SymbolsAt(old.Pointer));
        }

        if (change.New is { } current)
        {
            symbols.AddRange(view.NewSources.SymbolsAt(current.Pointer).Where(s => !symbols.Contains(s)));
        }

        // Only public symbols (a tag's group class is not; its interface is), and of a class and its interface, the class.
        var visible = symbols.Where(symbol => view.OldApi.Contains(symbol) || view.NewApi.Contains(symbol)).ToList();
        return visible.Where(s => view.ClassTwin(s) is not { } @class || !visible.Contains(@class)).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string OwnerOf(string symbol)
    {
        var dot = symbol.LastIndexOf('.');
        return dot < 0 ? symbol : symbol[..dot];
    }
}
