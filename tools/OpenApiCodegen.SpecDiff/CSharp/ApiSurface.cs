namespace OpenApiCodegen.SpecDiff.CSharp;

/// <summary>
/// The public API a generated client exposes, read from the compiled output (never re-derived from the spec): every
/// public type and its public or protected members, with types written twice, with and without nullable annotations.
/// </summary>
internal sealed class ApiSurface(IReadOnlyDictionary<string, ApiType> types)
{
    public static readonly ApiSurface Empty = new(new Dictionary<string, ApiType>());

    /// <summary>Types by name (containing types included: <c>Outer.Inner</c>; namespaces left out).</summary>
    public IReadOnlyDictionary<string, ApiType> Types { get; } = types;

    /// <summary>Whether <paramref name="symbol"/> (<c>Type</c> or <c>Type.Member</c>) is part of this API.</summary>
    public bool Contains(string symbol)
    {
        if (Types.ContainsKey(symbol))
        {
            return true;
        }

        var dot = symbol.LastIndexOf('.');
        return dot > 0 && Types.TryGetValue(symbol[..dot], out var owner) && owner.Members.Values.Any(member => member.Name == symbol[(dot + 1)..]);
    }

    /// <summary>Lines in the style of PublicAPI.Shipped.txt, one per type and member, in ordinal order.</summary>
    public IEnumerable<string> Lines => Types.Values
        .SelectMany(type => type.Members.Values.Select(member => member.Display).Prepend(type.Display))
        .Order(StringComparer.Ordinal);
}

/// <summary>A public type: <see cref="Kind"/> is "class", "interface", "enum", "struct" or "delegate".</summary>
internal sealed record ApiType(string Name, string Kind, string Modifiers, string? BaseType, IReadOnlyDictionary<string, ApiMember> Members, string Display);

internal enum ApiMemberKind
{
    Constructor,
    Method,
    Property,
    Field,
    Event,
}

/// <summary>
/// A public or protected member. <see cref="Key"/> tells overloads apart (name and parameter types);
/// <see cref="Type"/> is the property, field or return type without nullable reference annotations, and
/// <see cref="AnnotatedType"/> with them.
/// </summary>
internal sealed record ApiMember(
    string Owner,
    string Name,
    string Key,
    ApiMemberKind Kind,
    string Type,
    string AnnotatedType,
    bool IsStatic,
    bool IsRequired,
    bool CanWrite,
    IReadOnlyList<ApiParameter> Parameters,
    string Display)
{
    /// <summary><c>OnesignalClient.GetUserAsync</c>, the symbol as a report names it.</summary>
    public string Symbol => Owner + "." + Name;
}

internal sealed record ApiParameter(string Name, string Type, string AnnotatedType, bool IsOptional, string RefKind);
