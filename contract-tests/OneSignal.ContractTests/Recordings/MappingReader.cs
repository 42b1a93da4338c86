using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneSignal.ContractTests.Recordings;

/// <summary>
/// Reads the parts of a WireMock.Net mapping file the checks need: the request matchers (method, path,
/// query, headers, JSON body) and the response (status, headers, body). It reads the JSON itself, so that a
/// broken file gets a message that says which part is wrong.
/// </summary>
public static class MappingReader
{
    public static (string Title, RecordedRequest Request, RecordedResponse Response) Read(string json)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new RecordingFormatException("the file is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new RecordingFormatException($"not valid JSON: {e.Message}", e);
        }

        var request = root["Request"] as JsonObject ?? throw new RecordingFormatException("it has no \"Request\" object");
        var response = root["Response"] as JsonObject ?? throw new RecordingFormatException("it has no \"Response\" object");
        return (root["Title"]?.ToString() ?? "", ReadRequest(request), ReadResponse(response));
    }

    private static RecordedRequest ReadRequest(JsonObject request)
    {
        var methods = request["Methods"] as JsonArray;
        if (methods is not { Count: 1 } || methods[0]?.ToString() is not { Length: > 0 } method)
        {
            throw new RecordingFormatException("Request.Methods must list exactly one HTTP method");
        }

        var path = request["Path"] switch
        {
            JsonValue value => value.ToString(),
            JsonObject matcher => SinglePattern(matcher, "Request.Path"),
            _ => throw new RecordingFormatException("Request.Path is missing"),
        };
        if (!path.StartsWith('/'))
        {
            throw new RecordingFormatException($"Request.Path '{path}' does not start with '/'");
        }

        var query = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (var param in request["Params"] as JsonArray ?? [])
        {
            var name = param?["Name"]?.ToString() ?? throw new RecordingFormatException("a Request.Params entry has no Name");
            var values = (param["Matchers"] as JsonArray ?? []).Select(m => m?["Pattern"]?.ToString() ?? "").ToList();
            query.Add(new(name, values));
        }

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in request["Headers"] as JsonArray ?? [])
        {
            var name = header?["Name"]?.ToString() ?? throw new RecordingFormatException("a Request.Headers entry has no Name");
            headers.Add(new(name, SinglePattern(header.AsObject(), $"Request.Headers '{name}'")));
        }

        string? body = null;
        if (request["Body"]?["Matcher"] is JsonObject bodyMatcher)
        {
            // A JsonMatcher pattern is the JSON itself, or JSON written as a string; other matchers hold text.
            var pattern = bodyMatcher["Pattern"];
            var isJsonMatcher = bodyMatcher["Name"]?.ToString() == "JsonMatcher";
            body = isJsonMatcher && pattern is not JsonValue { } ? pattern?.ToJsonString()
                : isJsonMatcher && pattern is JsonValue value && value.GetValueKind() != JsonValueKind.String ? value.ToJsonString()
                : pattern?.ToString();
        }

        return new RecordedRequest(method.ToUpperInvariant(), path, query, headers, body);
    }

    private static RecordedResponse ReadResponse(JsonObject response)
    {
        var statusNode = response["StatusCode"];
        var status = statusNode switch
        {
            null => 200, // WireMock's default
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<int>(),
            JsonValue v when int.TryParse(v.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw new RecordingFormatException($"Response.StatusCode '{statusNode}' is not a number"),
        };
        if (status is < 100 or > 599)
        {
            throw new RecordingFormatException($"Response.StatusCode {status} is not an HTTP status");
        }

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in response["Headers"] as JsonObject ?? new JsonObject())
        {
            headers.Add(new(name, value is JsonArray values ? string.Join(", ", values.Select(v => v?.ToString())) : value?.ToString() ?? ""));
        }

        if (response["BodyAsFile"] is not null)
        {
            throw new RecordingFormatException("Response.BodyAsFile is not supported: keep the body in the mapping (Body or BodyAsJson)");
        }

        var body = response["BodyAsJson"] is { } json ? json.ToJsonString() : response["Body"]?.ToString();
        return new RecordedResponse(status, headers, body);
    }

    private static string SinglePattern(JsonObject owner, string what)
    {
        if (owner["Matchers"] is not JsonArray { Count: > 0 } matchers || matchers[0]?["Pattern"]?.ToString() is not { } pattern)
        {
            throw new RecordingFormatException($"{what} has no matcher with a Pattern");
        }

        return pattern;
    }
}
