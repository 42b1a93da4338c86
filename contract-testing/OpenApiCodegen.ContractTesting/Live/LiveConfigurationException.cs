namespace OpenApiCodegen.ContractTesting.Live;

/// <summary>A live run or a recording session lacks what it needs (a key, the app id); the message names the variable.</summary>
public sealed class LiveConfigurationException(string message) : Exception(message);
