using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OneSignal.ContractTests.Recordings;

namespace OneSignal.ContractTests.Invocation;

/// <summary>
/// The arguments of a client method, read from a recorded request: path parameters by the operation's
/// path template, query parameters by name, and the JSON body read with the generated converters (so that
/// the client then writes it back exactly as it would any value of that type).
/// </summary>
public sealed class CallArguments(RecordedRequest request, IReadOnlyDictionary<string, string> pathValues)
{
    public string Path(string name)
        => pathValues.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new ArgumentBindingException($"the recorded path has no value for path parameter '{name}'");

    public string Query(string name)
        => OptionalQuery(name) ?? throw new ArgumentBindingException($"the recorded request has no value for required query parameter '{name}'");

    public string? OptionalQuery(string name)
        => request.QueryValues(name) switch
        {
            null or { Count: 0 } => null,
            { Count: 1 } values => values[0],
            var values => throw new ArgumentBindingException($"query parameter '{name}' has {values.Count} values where the operation takes one"),
        };

    public long? QueryInt64(string name)
        => OptionalQuery(name) is not { } text ? null
            : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
            : throw new ArgumentBindingException($"query parameter '{name}' is '{text}', not an integer");

    public bool? QueryBoolean(string name)
        => OptionalQuery(name) is not { } text ? null
            : bool.TryParse(text, out var value) ? value
            : throw new ArgumentBindingException($"query parameter '{name}' is '{text}', not true or false");

    /// <summary>An array parameter (form style, exploded: <c>name=a&amp;name=b</c>).</summary>
    public List<string>? QueryList(string name)
        => request.QueryValues(name) is { Count: > 0 } values ? values.ToList() : null;

    public T Body<T>(JsonTypeInfo<T> type)
        => OptionalBody(type) ?? throw new ArgumentBindingException("the recorded request has no body, and the operation requires one");

    public T? OptionalBody<T>(JsonTypeInfo<T> type)
    {
        if (string.IsNullOrEmpty(request.Body))
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize(request.Body, type);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new ArgumentBindingException($"the recorded request body does not read as {typeof(T).Name}: {e.Message}", e);
        }
    }
}
