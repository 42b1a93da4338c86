using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiCodegen.ContractTesting.Import;

/// <summary>
/// Reads a HAR file (HTTP Archive 1.2, as browsers, proxies and API tools export it): every entry of <c>log.entries</c>
/// with its request and response. A file that is not JSON or not HAR is one problem; an entry that cannot be read is
/// one problem naming its index, and the other entries are kept.
/// </summary>
public static class HarReader
{
    public static CaptureFile Read(string path)
    {
        string text;
        JsonNode? root;
        try
        {
            text = File.ReadAllText(path);
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1})" : "";
            return Failed($"{path}{where}: not valid JSON, so not a HAR file: {FirstSentence(e.Message)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed($"{path}: cannot be read: {e.Message}");
        }

        if (root?["log"]?["entries"] is not JsonArray entries)
        {
            return Failed($"{path}: not a HAR file: it has no log.entries array");
        }

        var exchanges = new List<CapturedExchange>();
        var problems = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var source = $"{Path.GetFileName(path)} entry {i}";
            try
            {
                exchanges.Add(Entry(source, entries[i] as JsonObject ?? throw new FormatException("it is not an object")));
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or JsonException)
            {
                problems.Add($"{path} entry {i}: skipped: {e.Message}");
            }
        }

        return new CaptureFile(exchanges, problems);
    }

    private static CapturedExchange Entry(string source, JsonObject entry)
    {
        var request = entry["request"] as JsonObject ?? throw new FormatException("it has no request");
        var response = entry["response"] as JsonObject ?? throw new FormatException("it has no response");
        var method = Text(request["method"]) ?? throw new FormatException("its request has no method");
        var url = Text(request["url"]) is { } u && Uri.TryCreate(u, UriKind.Absolute, out var absolute)
            ? absolute
            : throw new FormatException("its request has no absolute url");
        var status = response["status"] is JsonValue s && s.TryGetValue<int>(out var code) ? code : throw new FormatException("its response has no status");
        return new CapturedExchange(
            source,
            method.ToUpperInvariant(),
            url,
            Headers(request["headers"]),
            CapturedBody.OfText(Text(request["postData"]?["text"])),
            status,
            Headers(response["headers"]),
            Content(response["content"] as JsonObject));
    }

    /// <summary>The response content: text, or base64 when the capture says so (decoded, and kept as bytes when not text).</summary>
    private static CapturedBody? Content(JsonObject? content)
    {
        var text = Text(content?["text"]);
        if (text is null)
        {
            return null;
        }

        if (string.Equals(Text(content?["encoding"]), "base64", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return CapturedBody.OfBytes(Convert.FromBase64String(text));
            }
            catch (FormatException)
            {
                throw new FormatException("its response content says base64 but is not");
            }
        }

        return CapturedBody.OfText(text);
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Headers(JsonNode? node)
        => (node as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(h => Text(h["name"]) is { Length: > 0 } && !Text(h["name"])!.StartsWith(':'))
            .Select(h => new KeyValuePair<string, string>(Text(h["name"])!, Text(h["value"]) ?? ""))
            .ToList();

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string FirstSentence(string message) => message.Split(" LineNumber:")[0].Split(" Path:")[0];

    private static CaptureFile Failed(string problem) => new([], [problem]);
}
