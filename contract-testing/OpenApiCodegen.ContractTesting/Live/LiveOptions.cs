namespace OpenApiCodegen.ContractTesting.Live;

/// <summary>How a live run may behave: which account, and whether it may change data.</summary>
public sealed record LiveOptions(LiveEnvironment Environment, bool AllowWrites);
