using OpenApiCodegen.ContractTesting.Live;

namespace OpenApiCodegen.ContractTesting.Recorder;

/// <summary>
/// What <c>record</c> does: call the API for the requests of <paramref name="RecordingsDirectory"/> through
/// a WireMock.Net proxy, and write the redacted mappings into <paramref name="OutputDirectory"/> (the same
/// layout; it may be the same folder).
/// </summary>
public sealed record RecordOptions(string RecordingsDirectory, string OutputDirectory, string SpecPath, LiveOptions Live);

/// <summary>The files written, the requests left out and why, and what the redactor replaced (kinds and places, never values).</summary>
public sealed record RecordResult(IReadOnlyList<string> Written, IReadOnlyList<string> Skipped, int Redactions);
