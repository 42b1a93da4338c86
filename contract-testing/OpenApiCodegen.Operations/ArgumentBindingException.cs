namespace OpenApiCodegen.Operations;

/// <summary>A recorded request does not carry what the operation takes; the message says what and where.</summary>
public sealed class ArgumentBindingException : Exception
{
    /// <summary>Creates the exception; <paramref name="message"/> says what is missing or malformed, and where.</summary>
    public ArgumentBindingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around the error that made the value unreadable.</summary>
    public ArgumentBindingException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
