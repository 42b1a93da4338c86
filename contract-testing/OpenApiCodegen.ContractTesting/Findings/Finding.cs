namespace OpenApiCodegen.ContractTesting.Findings;

/// <summary>
/// One problem: which rule, how severe, where (operation, recording file relative to the recordings
/// folder, JSON pointer into the body or a location such as <c>header:Retry-After</c>), and what was
/// expected against what was found.
/// </summary>
public sealed record Finding(
    Rule Rule,
    Severity Severity,
    string Operation,
    string Recording,
    string Pointer,
    string Message,
    string? Expected = null,
    string? Actual = null)
{
    /// <summary>Whether the baseline accepts it; accepted findings are reported but never fail the run.</summary>
    public bool Accepted { get; init; }

    /// <summary>The baseline's reason for accepting it.</summary>
    public string? AcceptedReason { get; init; }

    /// <summary>1-based line in the recording file, for findings about the file itself (CT401); null otherwise.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column in the recording file, with <see cref="Line"/>.</summary>
    public int? Column { get; init; }

    public static Finding Of(Rule rule, string operation, string recording, string pointer, string message, string? expected = null, string? actual = null)
        => new(rule, rule.DefaultSeverity, operation, recording, pointer, message, expected, actual);
}
