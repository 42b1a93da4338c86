namespace OpenApiCodegen.ContractTesting.Recordings;

/// <summary>
/// A recording is not a usable mapping; the message says what is wrong (the caller adds the file), and
/// <see cref="Pointer"/> and <see cref="Location"/> where, when that can be told.
/// </summary>
public sealed class RecordingFormatException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The part at <paramref name="pointer"/> (a JSON pointer into the mapping file) is wrong.</summary>
    public static RecordingFormatException At(string pointer, string message) => new(message) { Pointer = pointer };

    /// <summary>JSON pointer into the mapping file of the part that is wrong; null when unknown.</summary>
    public string? Pointer { get; init; }

    /// <summary>The pointer and its 1-based line and column in the file; null until <see cref="MappingReader"/> locates it.</summary>
    public MappingLocation? Location { get; init; }

    /// <summary>The finding's message: the file, where in it when known (1-based line and column), and what is wrong.</summary>
    public string Describe(string relativePath)
        => Location is { } where ? $"{relativePath} ({where.LineAndColumn}): {Message}" : $"{relativePath}: {Message}";
}
