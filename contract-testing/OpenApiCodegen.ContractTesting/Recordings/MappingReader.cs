using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiCodegen.ContractTesting.Recordings;

/// <summary>
/// Reads the parts of a WireMock.Net mapping file the checks need: the request matchers (method, path,
/// query, headers, JSON body) and the response (status, headers, body). It reads the JSON itself, so that a
/// broken file gets a message that says which part is wrong.
/// </summary>
public static class MappingReader
{
    /// <exception cref="RecordingFormatException">
    /// The text is not such a mapping; <see cref="RecordingFormatException.Location"/> says where, as a JSON pointer
    /// into the file and a 1-based line and column.
    /// </exception>
    public static (string Title, RecordedRequest Request, RecordedResponse Response) Read(string json)
    {
        try
        {
            return ReadMapping(json);
        }
        catch (RecordingFormatException e) when (e.Location is null && e.Pointer is { } pointer)
        {
            throw new RecordingFormatException(e.Message, e) { Pointer = pointer, Location = MappingLocation.Of(json, pointer) };
        }
    }

    private static (string Title, RecordedRequest Request, RecordedResponse Response) ReadMapping(string json)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw RecordingFormatException.At("", "the file is not a JSON object");
        }
        catch (JsonException e)
        {
            // System.Text.Json says where with a zero-based line and a byte offset; say it as an editor would, with the member it was in.
            var where = MappingLocation.OfSyntaxError(json) ?? MappingLocation.Of(json, "");
            throw new RecordingFormatException($"not valid JSON: {WithoutPosition(e.Message)}", e) { Pointer = where.Pointer, Location = where };
        }

        var request = root["Request"] as JsonObject ?? throw RecordingFormatException.At("/Request", "it has no \"Request\" object");
        var response = root["Response"] as JsonObject ?? throw RecordingFormatException.At("/Response", "it has no \"Response\" object");
        return (root["Title"]?.ToString() ?? "", ReadRequest(request), ReadResponse(response));
    }

    /// <summary>Drops System.Text.Json's " LineNumber: 0 | BytePositionInLine: 0." (zero-based) from its message.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at].TrimEnd();
    }

    private static RecordedRequest ReadRequest(JsonObject request)
    {
        var methods = request["Methods"] as JsonArray;
        if (methods is not { Count: 1 } || methods[0]?.ToString() is not { Length: > 0 } method)
        {
            throw RecordingFormatException.At("/Request/Methods", "Request.Methods must list exactly one HTTP method");
        }

        var path = request["Path"] switch
        {
            JsonValue value => value.ToString(),
            JsonObject matcher => SinglePattern(matcher, "/Request/Path", "Request.Path"),
            _ => throw RecordingFormatException.At("/Request/Path", "Request.Path is missing"),
        };
        if (!path.StartsWith('/'))
        {
            throw RecordingFormatException.At(request["Path"] is JsonObject ? "/Request/Path/Matchers/0/Pattern" : "/Request/Path", $"Request.Path '{path}' does not start with '/'");
        }

        var query = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        var index = 0;
        foreach (var param in request["Params"] as JsonArray ?? [])
        {
            var name = param?["Name"]?.ToString() ?? throw RecordingFormatException.At($"/Request/Params/{index}", "a Request.Params entry has no Name");
            index++;
            var values = (param["Matchers"] as JsonArray ?? []).Select(m => m?["Pattern"]?.ToString() ?? "").ToList();
            query.Add(new(name, values));
        }

        var headers = new List<KeyValuePair<string, string>>();
        index = 0;
        foreach (var header in request["Headers"] as JsonArray ?? [])
        {
            var pointer = $"/Request/Headers/{index}";
            var name = header?["Name"]?.ToString() ?? throw RecordingFormatException.At(pointer, "a Request.Headers entry has no Name");
            headers.Add(new(name, SinglePattern(header.AsObject(), pointer, $"Request.Headers '{name}'")));
            index++;
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
            _ => throw RecordingFormatException.At("/Response/StatusCode", $"Response.StatusCode '{statusNode}' is not a number"),
        };
        if (status is < 100 or > 599)
        {
            throw RecordingFormatException.At("/Response/StatusCode", $"Response.StatusCode {status} is not an HTTP status");
        }

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in response["Headers"] as JsonObject ?? new JsonObject())
        {
            headers.Add(new(name, value is JsonArray values ? string.Join(", ", values.Select(v => v?.ToString())) : value?.ToString() ?? ""));
        }

        if (response["BodyAsFile"] is not null)
        {
            throw RecordingFormatException.At("/Response/BodyAsFile", "Response.BodyAsFile is not supported: keep the body in the mapping (Body or BodyAsJson)");
        }

        var body = response["BodyAsJson"] is { } json ? json.ToJsonString() : response["Body"]?.ToString();
        return new RecordedResponse(status, headers, body);
    }

    private static string SinglePattern(JsonObject owner, string pointer, string what)
    {
        if (owner["Matchers"] is not JsonArray { Count: > 0 } matchers || matchers[0]?["Pattern"]?.ToString() is not { } pattern)
        {
            throw RecordingFormatException.At(pointer + "/Matchers/0/Pattern", $"{what} has no matcher with a Pattern");
        }

        return pattern;
    }
}
