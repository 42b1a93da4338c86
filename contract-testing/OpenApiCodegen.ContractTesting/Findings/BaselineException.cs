namespace OpenApiCodegen.ContractTesting.Findings;

/// <summary>The baseline file cannot be used; the message names the file and the problem.</summary>
public sealed class BaselineException(string message, Exception? inner = null) : Exception(message, inner);
