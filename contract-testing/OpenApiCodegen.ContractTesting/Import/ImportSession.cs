using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiCodegen.ContractTesting.Profiles;
using OpenApiCodegen.ContractTesting.Recorder;
using OpenApiCodegen.ContractTesting.Replay;
using OpenApiCodegen.ContractTesting.Spec;
using OpenApiCodegen.Operations;

namespace OpenApiCodegen.ContractTesting.Import;

/// <summary>
/// <c>import</c>: turns captured exchanges into recordings in our layout (<c>&lt;operationId&gt;/&lt;status&gt;-imported.json</c>).
/// Each exchange is matched to an operation by method and path template, with the server's base path or leading
/// version segments taken off when the full path matches nothing; its credentials become the scheme placeholders, the
/// profile's identifiers their placeholders, and every other secret is redacted with the recorder's rules before
/// anything is written. Volatile headers are normalized. An existing recording is never overwritten.
/// </summary>
public static class ImportSession
{
    /// <summary>Request headers kept as matchers besides credentials and the operation's header parameters.</summary>
    private static readonly HashSet<string> KeptRequestHeaders = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Content-Type" };

    public static ImportResult Run(IEnumerable<CaptureFile> captures, SpecDocument spec, ContractProfile profile, string outputDirectory, string format)
    {
        var written = new List<string>();
        var unmatched = new List<string>();
        var problems = new List<string>();
        var notes = new List<string>();
        var redactions = 0;
        foreach (var capture in captures)
        {
            problems.AddRange(capture.Problems);
            foreach (var exchange in capture.Exchanges)
            {
                if (Match(spec, exchange) is not var (operation, path, prefix))
                {
                    unmatched.Add($"{exchange.Source}: {exchange.Method} {exchange.Url.AbsolutePath} matches no operation of the spec");
                    continue;
                }

                var mapping = Mapping(exchange, operation, path, profile);
                if (exchange.ResponseBody?.Bytes is not null || exchange.RequestBody?.Bytes is not null)
                {
                    notes.Add($"{exchange.Source}: a binary body is kept as bytes");
                }

                var relative = FreeName(outputDirectory, operation.OperationId, exchange.Status);
                var origin = prefix.Length > 0 ? $" (base path {prefix} taken off)" : "";
                MappingNormalizer.Normalize(mapping, $"{operation.OperationId} {exchange.Status}: imported", $"Imported by 'import {format}' from {exchange.Source}{origin}.", StableGuid(relative));
                var redactor = profile.Redactor(KnownSecrets(exchange, operation, path, profile));
                redactor.Redact(mapping, operation.Path.ParameterPositions);
                redactions += redactor.Redactions.Count;

                var file = Path.Combine(outputDirectory, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, mapping.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
                written.Add(relative.Replace('\\', '/'));
            }
        }

        return new ImportResult(written, unmatched, problems, notes, redactions);
    }

    /// <summary>
    /// The operation for an exchange: the most specific template (most literal segments) that fits the path, first as
    /// captured, then without the spec server's base path, then without one or two leading segments (<c>/api</c>, <c>/v1</c>).
    /// </summary>
    private static (OperationSpec Operation, string Path, string Prefix)? Match(SpecDocument spec, CapturedExchange exchange)
    {
        var path = exchange.Url.AbsolutePath;
        var candidates = new List<(string Path, string Prefix)> { (path, "") };
        if (spec.Server is { } server && server.AbsolutePath.TrimEnd('/') is { Length: > 0 } basePath && path.StartsWith(basePath + "/", StringComparison.Ordinal))
        {
            candidates.Add((path[basePath.Length..], basePath));
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var drop = 1; drop <= Math.Min(2, segments.Length - 1); drop++)
        {
            var prefix = "/" + string.Join("/", segments.Take(drop));
            candidates.Add((path[prefix.Length..], prefix));
        }

        foreach (var (candidate, prefix) in candidates)
        {
            if (spec.FindOperation(exchange.Method, candidate) is { } operation)
            {
                return (operation, candidate, prefix);
            }
        }

        return null;
    }

    private static JsonObject Mapping(CapturedExchange exchange, OperationSpec operation, string path, ContractProfile profile)
    {
        var slots = profile.Catalog.SecuritySchemes.Select(CredentialSlot.For).ToList();
        var keep = new HashSet<string>(KeptRequestHeaders, StringComparer.OrdinalIgnoreCase);
        keep.UnionWith(slots.Where(s => s.Location == "header").Select(s => s.Name));
        keep.UnionWith(operation.Parameters.Where(p => p.In == "header").Select(p => p.Name));

        var request = new JsonObject
        {
            ["Path"] = new JsonObject { ["Matchers"] = new JsonArray(Matcher("WildcardMatcher", path, ignoreCase: false)) },
            ["Methods"] = new JsonArray(exchange.Method),
        };
        var headers = exchange.RequestHeaders.Where(h => keep.Contains(h.Key)).DistinctBy(h => h.Key, StringComparer.OrdinalIgnoreCase).ToList();
        if (headers.Count > 0)
        {
            request["Headers"] = new JsonArray(headers.Select(h => (JsonNode)new JsonObject
            {
                ["Name"] = h.Key,
                ["Matchers"] = new JsonArray(Matcher("WildcardMatcher", h.Value, ignoreCase: true)),
                ["IgnoreCase"] = true,
            }).ToArray());
        }

        var query = OperationRequest.Fields(exchange.Url.Query.TrimStart('?'));
        if (query.Count > 0)
        {
            request["Params"] = new JsonArray(query.GroupBy(q => q.Key).Select(g => (JsonNode)new JsonObject
            {
                ["Name"] = g.Key,
                ["Matchers"] = new JsonArray(g.Select(q => (JsonNode)Matcher("ExactMatcher", q.Value, ignoreCase: false)).ToArray()),
            }).ToArray());
        }

        if (exchange.RequestBody is { } body)
        {
            request["Body"] = new JsonObject
            {
                ["Matcher"] = body.Text is { } text && Json(text) is { } json
                    ? new JsonObject { ["Name"] = "JsonMatcher", ["Pattern"] = json, ["IgnoreCase"] = false, ["Regex"] = false }
                    : Matcher("ExactMatcher", body.Text ?? Convert.ToBase64String(body.Bytes!), ignoreCase: false),
            };
        }

        var response = new JsonObject { ["StatusCode"] = exchange.Status };
        var responseHeaders = new JsonObject();
        foreach (var group in exchange.ResponseHeaders.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            responseHeaders[group.First().Key] = string.Join(", ", group.Select(h => h.Value));
        }

        if (responseHeaders.Count > 0)
        {
            response["Headers"] = responseHeaders;
        }

        switch (exchange.ResponseBody)
        {
            case { Text: { } text } when Json(text) is { } json:
                response["BodyAsJson"] = json;
                break;
            case { Text: { } text }:
                response["Body"] = text;
                break;
            case { Bytes: { } bytes }:
                response["BodyAsBytes"] = Convert.ToBase64String(bytes);
                break;
        }

        return new JsonObject { ["Request"] = request, ["Response"] = response };
    }

    /// <summary>
    /// Real values to placeholders: each security scheme's credential where the scheme puts it, and the profile's
    /// identifiers where the path or query carries them.
    /// </summary>
    private static Dictionary<string, string> KnownSecrets(CapturedExchange exchange, OperationSpec operation, string path, ContractProfile profile)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Header(string name) => exchange.RequestHeaders.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        var query = OperationRequest.Fields(exchange.Url.Query.TrimStart('?'));
        string? Query(string name) => query.FirstOrDefault(q => q.Key == name).Value;

        // The operation's own schemes first: where two share a header (OneSignal's keys both go in Authorization), the
        // placeholder is the one the operation is called with.
        var schemes = operation.SecuritySchemes.Concat(profile.SchemeNames).Distinct().ToList();
        foreach (var scheme in profile.Catalog.SecuritySchemes.OrderBy(s => schemes.IndexOf(s.Name) is var i and >= 0 ? i : int.MaxValue))
        {
            var slot = CredentialSlot.For(scheme);
            if (slot.In(Header, Query) is { Length: > 0 } sent)
            {
                var placeholder = slot.Expected(ContractProfile.CredentialPlaceholder(scheme.Name));
                var (value, stand) = slot.Prefix is null ? (sent, placeholder) : (After(sent), After(placeholder));
                known.TryAdd(value, stand);
            }
        }

        var values = operation.Path.Match(path)?.Values ?? new Dictionary<string, string>();
        foreach (var identifier in profile.Identifiers)
        {
            var found = new[] { values.GetValueOrDefault(identifier.Parameter), Query(identifier.Parameter) }
                .Concat(Properties(exchange.RequestBody?.Text, identifier.Parameter))
                .Concat(Properties(exchange.ResponseBody?.Text, identifier.Parameter));
            foreach (var real in found.Where(v => v is { Length: > 0 } && v != identifier.Placeholder))
            {
                known.TryAdd(real!, identifier.Placeholder);
            }
        }

        return known;
    }

    /// <summary>The string values of every property named <paramref name="name"/> in a JSON body, at any depth.</summary>
    private static IEnumerable<string?> Properties(string? body, string name)
    {
        var stack = new Stack<JsonNode?>();
        stack.Push(body is null ? null : Json(body));
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        if (key == name && value is JsonValue scalar && scalar.TryGetValue<string>(out var text))
                        {
                            yield return text;
                        }

                        stack.Push(value);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        stack.Push(item);
                    }

                    break;
            }
        }
    }

    private static string After(string authorization) => authorization.Contains(' ', StringComparison.Ordinal) ? authorization[(authorization.IndexOf(' ', StringComparison.Ordinal) + 1)..] : authorization;

    /// <summary><c>get_user/200-imported.json</c>, or <c>-2</c>, <c>-3</c>... when that file exists: nothing is overwritten.</summary>
    private static string FreeName(string outputDirectory, string operationId, int status)
    {
        for (var n = 1; ; n++)
        {
            var name = Path.Combine(operationId, $"{status}-imported{(n == 1 ? "" : $"-{n}")}.json");
            if (!File.Exists(Path.Combine(outputDirectory, name)))
            {
                return name;
            }
        }
    }

    private static JsonObject Matcher(string name, string pattern, bool ignoreCase)
        => new() { ["Name"] = name, ["Pattern"] = pattern, ["IgnoreCase"] = ignoreCase };

    private static JsonNode? Json(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Guid StableGuid(string name) => new(MD5.HashData(Encoding.UTF8.GetBytes(name.Replace('\\', '/'))));
}

/// <summary>
/// What an import did: the recordings written (relative to the output folder), the exchanges that matched no operation,
/// the parts of the captures that could not be read, notes (binary bodies), and how many values were redacted.
/// </summary>
public sealed record ImportResult(IReadOnlyList<string> Written, IReadOnlyList<string> Unmatched, IReadOnlyList<string> Problems, IReadOnlyList<string> Notes, int Redactions);
