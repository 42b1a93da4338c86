using System.Text.Json.Serialization.Metadata;

namespace OpenApiCodegen.Operations;

/// <summary>
/// What a generated method did: returned (with the value and the metadata to write it back as JSON) or threw its
/// API exception for an error status (with the typed error body, when the spec declares one and it was read) or for
/// a body it could not read.
/// </summary>
public sealed class OperationOutcome
{
    private OperationOutcome(bool returned, int? status, object? value, JsonTypeInfo? valueType, Exception? exception)
    {
        Returned = returned;
        Status = status;
        Value = value;
        ValueType = valueType;
        Exception = exception;
    }

    /// <summary>Whether the method returned normally.</summary>
    public bool Returned { get; }

    /// <summary>The HTTP status the method returned or threw with.</summary>
    public int? Status { get; }

    /// <summary>The value it returned, or the typed error body its exception carries; null when there is none.</summary>
    public object? Value { get; }

    /// <summary>How to write <see cref="Value"/> back as JSON; null when it is not a JSON value of the spec.</summary>
    public JsonTypeInfo? ValueType { get; }

    /// <summary>The client's API exception, when it threw one.</summary>
    public Exception? Exception { get; }

    /// <summary>The method returned with <paramref name="status"/> and <paramref name="value"/>.</summary>
    public static OperationOutcome Of(int status, object? value, JsonTypeInfo? valueType) => new(true, status, value, valueType, null);

    /// <summary>
    /// The method threw its API exception for <paramref name="status"/>, carrying <paramref name="error"/> (the declared
    /// error body as read, or null) that <paramref name="errorType"/> writes back as JSON.
    /// </summary>
    public static OperationOutcome Threw(Exception exception, int status, object? error, JsonTypeInfo? errorType)
        => new(false, status, error, errorType, exception);
}
