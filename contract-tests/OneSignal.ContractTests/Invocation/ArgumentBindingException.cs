namespace OneSignal.ContractTests.Invocation;

/// <summary>The recorded request does not give what the client method needs (a required parameter, a parsable value, a body).</summary>
public sealed class ArgumentBindingException(string message, Exception? inner = null) : Exception(message, inner);
