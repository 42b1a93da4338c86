using System.Text.Json.Nodes;

namespace OpenApiCodegen.ContractTesting.Recorder;

/// <summary>
/// Makes a mapping WireMock.Net's proxy wrote stable from one recording session to the next: volatile
/// headers get fixed values, hop-by-hop headers and cookies go, and bookkeeping fields (update time,
/// proxy priority, HTTP version) are dropped, so a re-recording only shows a diff where the API changed.
/// </summary>
public static class MappingNormalizer
{
    public const string FixedDate = "Thu, 01 Jan 2026 00:00:00 GMT";

    /// <summary>Headers whose value changes on every call; kept, with a fixed value.</summary>
    private static readonly Dictionary<string, string> Volatile = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Date"] = FixedDate,
        ["Expires"] = FixedDate,
        ["Last-Modified"] = FixedDate,
        ["Age"] = "0",
        ["ETag"] = "\"normalized\"",
        ["X-Request-Id"] = "00000000-0000-0000-0000-000000000000",
        ["Request-Id"] = "00000000-0000-0000-0000-000000000000",
        ["X-Amzn-RequestId"] = "00000000-0000-0000-0000-000000000000",
        ["X-Amzn-Trace-Id"] = "Root=normalized",
        ["X-Amz-Cf-Id"] = "normalized",
        ["CF-Ray"] = "normalized",
        ["X-Runtime"] = "0",
        ["traceparent"] = "00-00000000000000000000000000000000-0000000000000000-00",
        ["X-RateLimit-Reset"] = "0",
        ["RateLimit-Reset"] = "0",
    };

    /// <summary>Connection-level or secret-bearing headers that say nothing about the API's contract.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "Transfer-Encoding", "Connection", "Keep-Alive", "Content-Length", "Set-Cookie", "Alt-Svc", "NEL", "Report-To", "Strict-Transport-Security", "tracestate",
    };

    /// <summary>Request headers the proxy should not turn into matchers: the transport's, not the client's.</summary>
    public static readonly string[] ExcludedRequestHeaders =
    [
        "Host", "User-Agent", "Accept", "Accept-Encoding", "Content-Length", "Connection", "Expect", "traceparent", "tracestate", "Cookie",
    ];

    public static JsonObject Normalize(JsonObject mapping, string title, string description, Guid guid)
    {
        mapping.Remove("UpdatedAt");
        mapping.Remove("Priority");
        mapping["Guid"] = guid.ToString();
        mapping["Title"] = title;
        mapping["Description"] = description;
        if (mapping["Request"] is JsonObject request)
        {
            request.Remove("HttpVersion");
            if (request["Headers"] is JsonArray headers)
            {
                foreach (var header in headers.Where(h => ExcludedRequestHeaders.Contains(h?["Name"]?.ToString() ?? "", StringComparer.OrdinalIgnoreCase)).ToList())
                {
                    headers.Remove(header);
                }
            }
        }

        if (mapping["Response"]?["Headers"] is JsonObject responseHeaders)
        {
            foreach (var name in responseHeaders.Select(h => h.Key).ToList())
            {
                if (Dropped.Contains(name))
                {
                    responseHeaders.Remove(name);
                }
                else if (Volatile.TryGetValue(name, out var value))
                {
                    responseHeaders[name] = value;
                }
            }
        }

        return mapping;
    }
}
