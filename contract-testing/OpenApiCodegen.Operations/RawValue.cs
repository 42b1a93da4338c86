namespace OpenApiCodegen.Operations;

/// <summary>
/// A parameter's value taken back out of a request, before it is read as its C# type: one text, a list of texts,
/// or an object's properties. The inverse of what the generated client's parameter serializer writes.
/// </summary>
public sealed class RawValue
{
    private RawValue(string? scalar, IReadOnlyList<string>? list, IReadOnlyList<KeyValuePair<string, string>>? properties)
    {
        Scalar = scalar;
        List = list;
        Properties = properties;
    }

    /// <summary>The one text of a scalar value.</summary>
    public string? Scalar { get; }

    /// <summary>The items of an array value.</summary>
    public IReadOnlyList<string>? List { get; }

    /// <summary>The properties of an object value, in the order they were sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Properties { get; }

    /// <summary>A scalar value.</summary>
    public static RawValue Of(string scalar) => new(scalar, null, null);

    /// <summary>An array value.</summary>
    public static RawValue OfList(IReadOnlyList<string> items) => new(null, items, null);

    /// <summary>An object value.</summary>
    public static RawValue OfProperties(IReadOnlyList<KeyValuePair<string, string>> properties) => new(null, null, properties);

    /// <summary>The value as a report shows it.</summary>
    public override string ToString()
        => Scalar ?? (List is not null ? "[" + string.Join(", ", List) + "]" : "{" + string.Join(", ", Properties!.Select(p => p.Key + "=" + p.Value)) + "}");
}
