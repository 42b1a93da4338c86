using OpenApiCodegen.Operations;
using OneSignal.ContractTests.Recordings;
using OneSignal.ContractTests.Replay;
using OneSignal.ContractTests.Spec;

namespace OneSignal.ContractTests.Oracles;

/// <summary>
/// Everything the oracles judge about one recording: the operation, the recording (the request that was
/// expected), what went over the wire, and what the client made of it.
/// </summary>
public sealed record CaseResult(
    SpecDocument Spec,
    OperationSpec Operation,
    Recording Recording,
    Exchange Exchange,
    OperationOutcome? Outcome,
    Exception? CallError,
    Credentials Credentials)
{
    public Findings.Finding Finding(Findings.Rule rule, string pointer, string message, string? expected = null, string? actual = null)
        => Findings.Finding.Of(rule, Operation.OperationId, Recording.RelativePath, pointer, message, expected, actual);
}
