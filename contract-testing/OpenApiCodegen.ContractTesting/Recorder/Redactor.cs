using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiCodegen.ContractTesting.Recorder;

/// <summary>
/// Replaces secrets in a WireMock.Net mapping with stable placeholders: the same value gets the same
/// placeholder everywhere in a run (path, query, bodies, title), so a recording stays consistent and
/// replayable. Known keys map to their named placeholders; unknown keys, tokens, email addresses and phone
/// numbers are numbered in the order they are met. Redacting a redacted mapping changes nothing.
/// </summary>
public sealed class Redactor
{
    private readonly Dictionary<string, string> _known;
    private readonly IReadOnlyList<System.Text.RegularExpressions.Regex> _keyPatterns;
    private readonly HashSet<string> _credentialNames;
    private readonly Dictionary<string, string> _assigned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

    /// <param name="knownSecrets">Real values (such as the API keys in use) and the placeholder each becomes.</param>
    /// <param name="keyPatterns">The API's own key formats, found anywhere in text (the profile's secret patterns).</param>
    /// <param name="credentialNames">Headers, query parameters and cookies the spec's security schemes put a key in, whatever their name.</param>
    public Redactor(IReadOnlyDictionary<string, string>? knownSecrets = null, IReadOnlyList<System.Text.RegularExpressions.Regex>? keyPatterns = null, IEnumerable<string>? credentialNames = null)
    {
        _credentialNames = new HashSet<string>(credentialNames ?? [], StringComparer.OrdinalIgnoreCase);
        _known = knownSecrets?.Where(k => k.Key.Length > 0).ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal) ?? [];
        _keyPatterns = keyPatterns ?? [];
    }

    /// <summary>What the last <see cref="Redact"/> call replaced.</summary>
    public List<Redaction> Redactions { get; } = [];

    /// <summary>Redacts a mapping in place. <paramref name="pathParameters"/> names the path's segments by parameter, for secret ones such as <c>token</c>.</summary>
    public JsonObject Redact(JsonObject mapping, IReadOnlyDictionary<int, string>? pathParameters = null)
    {
        Redactions.Clear();
        if (mapping["Request"] is JsonObject request)
        {
            RedactPath(request, pathParameters ?? new Dictionary<int, string>());
            foreach (var param in request["Params"] as JsonArray ?? [])
            {
                var name = param?["Name"]?.ToString() ?? "";
                foreach (var matcher in param?["Matchers"] as JsonArray ?? [])
                {
                    RedactPattern(matcher, $"Request.Params.{name}", IsSecretName(name) ? "token" : null);
                }
            }

            foreach (var header in request["Headers"] as JsonArray ?? [])
            {
                var name = header?["Name"]?.ToString() ?? "";
                foreach (var matcher in header?["Matchers"] as JsonArray ?? [])
                {
                    RedactPattern(matcher, $"Request.Headers.{name}", string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase) ? "authorization" : IsSecretName(name) ? "key" : null);
                }
            }

            if (request["Body"]?["Matcher"] is JsonObject body && body["Pattern"] is { } pattern)
            {
                body["Pattern"] = RedactBody(pattern, "Request.Body");
            }
        }

        if (mapping["Response"] is JsonObject response)
        {
            if (response["Headers"] is JsonObject headers)
            {
                foreach (var name in headers.Select(h => h.Key).ToList())
                {
                    headers[name] = RedactValue(headers[name], $"Response.Headers.{name}", IsSecretName(name) ? "key" : null);
                }
            }

            if (response["BodyAsJson"] is { } json)
            {
                response["BodyAsJson"] = RedactJson(json, "Response.BodyAsJson");
            }

            if (response["Body"] is JsonValue text)
            {
                response["Body"] = RedactBody(text, "Response.Body");
            }
        }

        foreach (var field in new[] { "Title", "Description" })
        {
            if (mapping[field] is JsonValue value)
            {
                mapping[field] = RedactText(value.ToString(), field);
            }
        }

        return mapping;
    }

    /// <summary>A placeholder for a value, the same one each time the value comes back.</summary>
    public string Placeholder(string value, string kind)
    {
        if (_known.TryGetValue(value, out var named))
        {
            return named;
        }

        if (_assigned.TryGetValue(value, out var existing))
        {
            return existing;
        }

        var n = _counters[kind] = _counters.GetValueOrDefault(kind) + 1;
        var placeholder = kind switch
        {
            "email" => $"redacted-{n}@example.com",
            "phone" => $"+1202555{(100 + n):D4}",
            "key" => $"REDACTED_KEY_{n}",
            _ => $"redacted-{kind}-{n}",
        };
        _assigned[value] = placeholder;
        return placeholder;
    }

    private void RedactPath(JsonObject request, IReadOnlyDictionary<int, string> pathParameters)
    {
        foreach (var matcher in request["Path"]?["Matchers"] as JsonArray ?? [])
        {
            if (matcher?["Pattern"] is not JsonValue pattern)
            {
                continue;
            }

            var segments = pattern.ToString().Split('/');
            for (var i = 0; i < segments.Length; i++)
            {
                var decoded = Uri.UnescapeDataString(segments[i]);
                var redacted = pathParameters.TryGetValue(i, out var name) && IsSecretName(name) && !IsHarmless(decoded)
                    ? Replaced(decoded, "token", $"Request.Path.{name}")
                    : RedactText(decoded, $"Request.Path.{i}");
                segments[i] = redacted == decoded ? segments[i] : Uri.EscapeDataString(redacted);
            }

            matcher["Pattern"] = string.Join("/", segments);
        }
    }

    private void RedactPattern(JsonNode? matcher, string location, string? kind)
    {
        if (matcher?["Pattern"] is JsonValue pattern)
        {
            matcher["Pattern"] = RedactValue(pattern, location, kind);
        }
    }

    private JsonNode? RedactValue(JsonNode? value, string location, string? kind)
    {
        if (value is JsonArray array)
        {
            return new JsonArray(array.Select(v => RedactValue(v?.DeepClone(), location, kind)).ToArray());
        }

        if (value is not JsonValue scalar || scalar.GetValueKind() != JsonValueKind.String)
        {
            return value;
        }

        var text = scalar.ToString();
        return kind switch
        {
            "authorization" => RedactAuthorization(text, location),
            not null when !IsHarmless(text) => Replaced(text, kind, location),
            _ => RedactText(text, location),
        };
    }

    private string RedactAuthorization(string value, string location)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space < 0 ? "" : value[..(space + 1)];
        var token = space < 0 ? value : value[(space + 1)..];
        return IsHarmless(token) ? value : scheme + Replaced(token, "key", location);
    }

    /// <summary>A body is JSON (kept as JSON) or text that may hold JSON.</summary>
    private JsonNode? RedactBody(JsonNode pattern, string location)
    {
        if (pattern is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            try
            {
                var parsed = JsonNode.Parse(text.ToString());
                if (parsed is JsonObject or JsonArray)
                {
                    var redacted = RedactJson(parsed, location)!.ToJsonString();
                    return JsonValue.Create(redacted == parsed.ToJsonString() ? text.ToString() : redacted);
                }
            }
            catch (Exception e) when (e is JsonException or ArgumentException)
            {
                // Plain text, or JSON that repeats a property name (System.Text.Json's nodes refuse that):
                // redact what looks like a secret in the text.
            }

            return JsonValue.Create(RedactText(text.ToString(), location));
        }

        return RedactJson(pattern, location);
    }

    private JsonNode? RedactJson(JsonNode? node, string location)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    var child = obj[name];
                    var at = $"{location}/{name}";
                    obj[name] = IsSecretName(name) && child is JsonValue or JsonArray
                        ? RedactValue(child?.DeepClone(), at, "token")
                        : RedactJson(child?.DeepClone(), at);
                }

                return obj;
            case JsonArray array:
                return new JsonArray(array.Select((item, i) => RedactJson(item?.DeepClone(), $"{location}/{i}")).ToArray());
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.ToString();
                var redacted = RedactText(text, location);
                return redacted == text ? value : JsonValue.Create(redacted);
            default:
                return node;
        }
    }

    private bool IsSecretName(string name) => _credentialNames.Contains(name) || SecretPatterns.IsSecretName(name);

    /// <summary>Finds keys, email addresses and phone numbers inside free text.</summary>
    private string RedactText(string text, string location)
    {
        foreach (var (secret, placeholder) in _known)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, placeholder, StringComparison.Ordinal);
                Redactions.Add(new(location, "known key"));
            }
        }

        foreach (var pattern in _keyPatterns)
        {
            text = pattern.Replace(text, m => Replaced(m.Value, "key", location));
        }

        text = SecretPatterns.Email().Replace(text, m => SecretPatterns.IsSafeEmail(m.Value) ? m.Value : Replaced(m.Value, "email", location));
        text = SecretPatterns.Phone().Replace(text, m => SecretPatterns.IsSafePhone(m.Value) ? m.Value : Replaced(m.Value, "phone", location));
        return text;
    }

    private string Replaced(string value, string kind, string location)
    {
        Redactions.Add(new(location, kind));
        return Placeholder(value, kind);
    }

    /// <summary>Empty, already a placeholder, or a safe example address or number: nothing to hide.</summary>
    private bool IsHarmless(string value)
        => value.Length == 0
           || SecretPatterns.IsPlaceholder(value)
           || _known.ContainsValue(value)
           || (value.Contains('@', StringComparison.Ordinal) && SecretPatterns.IsSafeEmail(value))
           || SecretPatterns.IsSafePhone(value);
}
