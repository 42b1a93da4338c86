namespace OpenApiCodegen.ContractTesting.Replay;

/// <summary>The request as the client put it on the wire: decoded path segments and query, headers, body text.</summary>
public sealed record SentRequest(
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}

/// <summary>The answer as the client received it, before it read it.</summary>
public sealed record ReceivedResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public string? ContentType => Header("Content-Type");
}

/// <summary>One call of the client: what it sent and what came back (null when it never got that far).</summary>
public sealed record Exchange(SentRequest? Request, ReceivedResponse? Response);
