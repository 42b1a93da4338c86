using OpenApiCodegen.Operations;
using OpenApiCodegen.ContractTesting.Recordings;
using OpenApiCodegen.ContractTesting.Replay;
using OpenApiCodegen.ContractTesting.Spec;

namespace OpenApiCodegen.ContractTesting.Oracles;

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
    Credentials Credentials,
    IReadOnlyList<SecuritySchemeDescriptor> Schemes,
    OperationDescriptor? Descriptor)
{
    public Findings.Finding Finding(Findings.Rule rule, string pointer, string message, string? expected = null, string? actual = null)
        => Findings.Finding.Of(rule, Operation.OperationId, Recording.RelativePath, pointer, message, expected, actual);
}
