using OpenApiCodegen.SpecDiff.Rules;

namespace OpenApiCodegen.SpecDiff.CSharp;

/// <summary>
/// Compares two compiled public APIs symbol by symbol. A type or member that is gone is a rename when the new API has
/// one of the same role at a linked spec node (<see cref="PointerLinks"/>); otherwise it is removed.
/// </summary>
internal sealed class ApiComparer(CSharpView view, PointerLinks links)
{
    private readonly List<CSharpChange> _changes = [];

    // Members gone from, and new in, types both versions have; paired across types (a method that moved to another
    // group) once every type is compared.
    private readonly List<ApiMember> _removed = [];
    private readonly List<ApiMember> _added = [];

    // Operation methods of types that are gone (a group whose tag no operation uses any more): told only if they moved.
    private readonly List<ApiMember> _orphans = [];

    public IReadOnlyList<CSharpChange> Compare()
    {
        var old = view.OldApi.Types;
        var current = view.NewApi.Types;
        var added = current.Keys.Where(name => !old.ContainsKey(name)).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, type) in old.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (current.TryGetValue(name, out var now))
            {
                CompareType(type, now);
            }
            else if (Counterpart(name, added, view.OldSources.Of(name), view.NewSources.Of) is { } renamed)
            {
                added.Remove(renamed);
                Add(CSharpRules.TypeRenamed, name, name, name, renamed, $"renamed to {renamed}");
            }
            else
            {
                Add(CSharpRules.TypeRemoved, name, name, name, null, "removed");
                _orphans.AddRange(type.Members.Values.Where(m => view.OldSources.Of(m.Symbol)?.Role is "method" or "with-response" or "pager"));
            }
        }

        foreach (var name in added.Order(StringComparer.Ordinal))
        {
            Add(CSharpRules.TypeAdded, name, name, null, name, "added");
        }

        PairMoves(added.SelectMany(name => current[name].Members.Values).ToList());
        return _changes;
    }

    /// <summary>
    /// A member gone from one type and one of the same role at a linked node in another (a type of both versions, or a
    /// new one) moved: one line. The rest are removed and added.
    /// </summary>
    private void PairMoves(List<ApiMember> inNewTypes)
    {
        var candidates = _added.Concat(inNewTypes).DistinctBy(member => member.Symbol).ToDictionary(member => member.Symbol, StringComparer.Ordinal);
        var moved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (member, orphan) in _removed.Select(m => (m, false)).Concat(_orphans.Select(m => (m, true))))
        {
            var pool = candidates.Values.Where(c => c.Kind == member.Kind && !moved.Contains(c.Symbol)).Select(c => c.Symbol).ToList();
            if (Counterpart(member.Symbol, pool, view.OldSources.Of(member.Symbol), view.NewSources.Of) is { } target)
            {
                moved.Add(target);
                Add(CSharpRules.MemberRenamed, member.Owner, member.Symbol, member.Symbol, target, $"moved to {target}");
            }
            else if (!orphan)
            {
                Add(CSharpRules.MemberRemoved, member.Owner, member.Symbol, member.Symbol, null, "removed");
            }
        }

        foreach (var member in _added.Where(m => !moved.Contains(m.Symbol)))
        {
            // A new required property breaks every object initializer of the type.
            if (member.IsRequired)
            {
                Add(CSharpRules.RequiredAdded, member.Owner, member.Symbol, null, member.Symbol, "added, and required");
            }
            else
            {
                Add(CSharpRules.MemberAdded, member.Owner, member.Symbol, null, member.Symbol, "added");
            }
        }
    }

    private void CompareType(ApiType old, ApiType now)
    {
        if (old.Kind != now.Kind || old.Modifiers != now.Modifiers && now.Modifiers.Length > 0)
        {
            Add(CSharpRules.TypeKindChanged, old.Name, old.Name, old.Name, now.Name, $"changes from {old.Display} to {now.Display}");
            return;
        }

        if (old.BaseType != now.BaseType && old.BaseType is not null)
        {
            Add(CSharpRules.TypeKindChanged, old.Name, old.Name, old.Name, now.Name,
                now.BaseType is null ? $"no longer derives from {old.BaseType}" : $"derives from {now.BaseType} instead of {old.BaseType}");
        }

        var addedKeys = now.Members.Keys.Where(key => !old.Members.ContainsKey(key)).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, member) in old.Members)
        {
            if (now.Members.TryGetValue(key, out var same))
            {
                CompareMember(member, same);
                continue;
            }

            // Moved up to a base type the type now derives from: still a member of the type.
            if (Inherited(view.NewApi, now, key) is { } inherited)
            {
                CompareMember(member, inherited);
                continue;
            }

            // One overload on each side under the same name: the same method with a new parameter list.
            var sameName = addedKeys.Where(k => now.Members[k].Name == member.Name).ToList();
            if (sameName.Count == 1 && old.Members.Values.Count(m => m.Name == member.Name) == 1)
            {
                addedKeys.Remove(sameName[0]);
                CompareMember(member, now.Members[sameName[0]]);
                continue;
            }

            var candidates = addedKeys.Where(k => now.Members[k].Kind == member.Kind).Select(k => now.Members[k].Symbol).ToHashSet(StringComparer.Ordinal);
            if (Counterpart(member.Symbol, candidates, view.OldSources.Of(member.Symbol), view.NewSources.Of) is { } renamed)
            {
                addedKeys.RemoveWhere(k => now.Members[k].Symbol == renamed);
                Add(CSharpRules.MemberRenamed, old.Name, member.Symbol, member.Symbol, renamed, $"renamed to {renamed[(now.Name.Length + 1)..]}");
            }
            else
            {
                _removed.Add(member);
            }
        }

        // Declared on the type now, inherited before (a base it no longer has): the same member, compared.
        foreach (var key in addedKeys.ToList())
        {
            if (Inherited(view.OldApi, old, key) is { } was)
            {
                addedKeys.Remove(key);
                CompareMember(was with { Owner = old.Name }, now.Members[key]);
            }
        }

        _added.AddRange(addedKeys.Order(StringComparer.Ordinal).Select(key => now.Members[key]));
    }

    /// <summary>The member of <paramref name="type"/> with <paramref name="key"/> declared on one of its base types, if any.</summary>
    private static ApiMember? Inherited(ApiSurface api, ApiType type, string key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var name = type.BaseType; name is not null && seen.Add(name) && api.Types.TryGetValue(name, out var baseType); name = baseType.BaseType)
        {
            if (baseType.Members.TryGetValue(key, out var member) && member.Kind != ApiMemberKind.Constructor && !member.IsStatic)
            {
                return member;
            }
        }

        return null;
    }

    private void CompareMember(ApiMember old, ApiMember now)
    {
        var symbol = old.Symbol;
        if (old.Kind != now.Kind || old.IsStatic != now.IsStatic)
        {
            Add(CSharpRules.MemberKindChanged, old.Owner, symbol, symbol, symbol, $"changes from {old.Display} to {now.Display}");
            return;
        }

        if (old.Type != now.Type)
        {
            Add(CSharpRules.TypeChanged, old.Owner, symbol, symbol, symbol, $"{What(old)} changes from {old.AnnotatedType} to {now.AnnotatedType}");
        }
        else if (old.AnnotatedType != now.AnnotatedType)
        {
            Add(CSharpRules.NullabilityChanged, old.Owner, symbol, symbol, symbol, $"{What(old)} changes from {old.AnnotatedType} to {now.AnnotatedType}");
        }

        if (old.CanWrite && !now.CanWrite)
        {
            Add(CSharpRules.NoLongerSettable, old.Owner, symbol, symbol, symbol, "can no longer be set");
        }
        else if (!old.CanWrite && now.CanWrite && old.Kind == ApiMemberKind.Property)
        {
            Add(CSharpRules.NowSettable, old.Owner, symbol, symbol, symbol, "can now be set");
        }

        if (!old.IsRequired && now.IsRequired)
        {
            Add(CSharpRules.RequiredAdded, old.Owner, symbol, symbol, symbol, "becomes required");
        }
        else if (old.IsRequired && !now.IsRequired)
        {
            Add(CSharpRules.RequiredRemoved, old.Owner, symbol, symbol, symbol, "is no longer required");
        }

        // One line per rule: a method whose list changed in several ways says them all.
        foreach (var group in ParameterChanges.Compare(old.Parameters, now.Parameters).GroupBy(change => change.Rule))
        {
            Add(group.Key, old.Owner, symbol, symbol, symbol, string.Join("; ", group.Select(change => change.Effect)));
        }
    }

    private static string What(ApiMember member) => member.Kind switch
    {
        ApiMemberKind.Method => "return type",
        ApiMemberKind.Property => "type",
        _ => "type",
    };

    /// <summary>The one symbol among <paramref name="candidates"/> with the same role at a linked node, if exactly one.</summary>
    private string? Counterpart(string symbol, ICollection<string> candidates, SymbolSource? oldSource, Func<string, SymbolSource?> newSource)
    {
        if (oldSource is null || oldSource.Pointer == "#")
        {
            return null;
        }

        var matches = candidates
            .Where(candidate => newSource(candidate) is { } source && source.Role == oldSource.Role && links.Linked(oldSource.Pointer, source.Pointer))
            .Take(2)
            .ToList();
        return matches.Count == 1 && matches[0] != symbol ? matches[0] : null;
    }

    private void Add(Rule rule, string owner, string symbol, string? oldSymbol, string? newSymbol, string effect)
    {
        var oldSource = oldSymbol is null ? null : view.OldSources.OfSymbolOrOwner(oldSymbol);
        var newSource = newSymbol is null ? null : view.NewSources.OfSymbolOrOwner(newSymbol);
        _changes.Add(new CSharpChange(rule, owner, symbol, oldSource, newSource, effect));
    }
}
