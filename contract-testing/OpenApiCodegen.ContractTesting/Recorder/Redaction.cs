namespace OpenApiCodegen.ContractTesting.Recorder;

/// <summary>One value the redactor replaced: where (a path into the mapping) and what kind of secret. Never the value itself.</summary>
public sealed record Redaction(string Location, string Kind);
