namespace OpenApiCodegen.ContractTesting.Oracles;

/// <summary>How two JSON values differ at one place.</summary>
public enum JsonDifferenceKind
{
    /// <summary>The first document has a value the second lacks.</summary>
    Missing,

    /// <summary>The second document has a value the first lacks.</summary>
    Added,

    /// <summary>Both have a value there, and they are not equal.</summary>
    Changed,

    /// <summary>Both have the same date-time or UUID there, written differently.</summary>
    Reformatted,
}

/// <summary>One difference, at a JSON pointer, with both values as JSON text (null when absent).</summary>
public sealed record JsonDifference(JsonDifferenceKind Kind, string Pointer, string? Expected, string? Actual);
