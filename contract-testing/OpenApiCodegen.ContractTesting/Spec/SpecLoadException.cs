namespace OpenApiCodegen.ContractTesting.Spec;

/// <summary>The spec cannot be used: the message names the file and says what is wrong with it.</summary>
public sealed class SpecLoadException(string message, Exception? inner = null) : Exception(message, inner);
