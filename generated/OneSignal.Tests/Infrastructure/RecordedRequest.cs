using System.Text.Json;
using WireMock;

namespace OneSignal.Tests.Infrastructure;

/// <summary>One request the fake OneSignal received, with the parts tests assert on.</summary>
internal sealed class RecordedRequest
{
    private readonly IRequestMessage _message;

    public RecordedRequest(IRequestMessage message) => _message = message;

    public string Method => _message.Method;

    public string Path => _message.Path;

    public DateTime At => _message.DateTime;

    /// <summary>The Authorization header as sent: "Key &lt;token&gt;".</summary>
    public string? Authorization => Header("Authorization");

    public string? Header(string name)
        => _message.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>A query parameter's value, or null when it was not sent.</summary>
    public string? Query(string name)
        => _message.Query is { } query && query.TryGetValue(name, out var values) ? string.Join(",", values) : null;

    /// <summary>The body, which must be JSON.</summary>
    public JsonElement Json
    {
        get
        {
            Assert.False(string.IsNullOrEmpty(_message.Body), $"{this} has no body");
            using var document = JsonDocument.Parse(_message.Body!);
            return document.RootElement.Clone();
        }
    }

    public bool HasBody => !string.IsNullOrEmpty(_message.Body);

    public override string ToString() => $"{Method} {_message.Url}";
}
