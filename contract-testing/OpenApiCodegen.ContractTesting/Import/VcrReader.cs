using SharpYaml;
using SharpYaml.Serialization;

namespace OpenApiCodegen.ContractTesting.Import;

/// <summary>
/// Reads a VCR-style YAML cassette: vcrpy's (<c>interactions</c>, bodies as text, <c>{string: ...}</c> or
/// <c>!!binary</c>) and Ruby VCR's (<c>http_interactions</c>, bodies as <c>{string: ...}</c> or
/// <c>{base64_string: ...}</c>). A file that is not YAML or not a cassette is one problem with its line and column;
/// an interaction that cannot be read is one problem naming its index, and the others are kept.
/// </summary>
public static class VcrReader
{
    private const string BinaryTag = "tag:yaml.org,2002:binary";

    public static CaptureFile Read(string path)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlException e)
        {
            // SharpYaml counts from 0 and prefixes its message with the marks ("(Lin: 3, Col: 9, Chr: 50) - (...): ").
            var reason = e.Message.Split('\n')[0];
            reason = reason.Contains("): ", StringComparison.Ordinal) ? reason[(reason.LastIndexOf("): ", StringComparison.Ordinal) + 3)..] : reason;
            return Failed($"{path} (line {e.Start.Line + 1}, column {e.Start.Column + 1}): not valid YAML, so not a cassette: {reason}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed($"{path}: cannot be read: {e.Message}");
        }

        var root = yaml.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        if ((Child(root, "interactions") ?? Child(root, "http_interactions")) is not YamlSequenceNode interactions)
        {
            return Failed($"{path}: not a cassette: it has no 'interactions' (vcrpy) or 'http_interactions' (VCR) list");
        }

        var exchanges = new List<CapturedExchange>();
        var problems = new List<string>();
        for (var i = 0; i < interactions.Children.Count; i++)
        {
            try
            {
                exchanges.Add(Interaction($"{Path.GetFileName(path)} interaction {i}", interactions.Children[i] as YamlMappingNode ?? throw new FormatException("it is not a mapping")));
            }
            catch (FormatException e)
            {
                problems.Add($"{path} interaction {i} (line {interactions.Children[i].Start.Line + 1}): skipped: {e.Message}");
            }
        }

        return new CaptureFile(exchanges, problems);
    }

    private static CapturedExchange Interaction(string source, YamlMappingNode interaction)
    {
        var request = Child(interaction, "request") as YamlMappingNode ?? throw new FormatException("it has no request");
        var response = Child(interaction, "response") as YamlMappingNode ?? throw new FormatException("it has no response");
        var method = Scalar(Child(request, "method")) ?? throw new FormatException("its request has no method");
        var url = Scalar(Child(request, "uri")) is { } u && Uri.TryCreate(u, UriKind.Absolute, out var absolute)
            ? absolute
            : throw new FormatException("its request has no absolute uri");
        var statusNode = Child(response, "status");
        var statusText = statusNode is YamlMappingNode status ? Scalar(Child(status, "code")) : Scalar(statusNode);
        var code = int.TryParse(statusText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new FormatException("its response has no status code");
        return new CapturedExchange(
            source,
            method.ToUpperInvariant(),
            url,
            Headers(Child(request, "headers")),
            Body(Child(request, "body")),
            code,
            Headers(Child(response, "headers")),
            Body(Child(response, "body")));
    }

    /// <summary>A body: plain text, <c>!!binary</c>, or a mapping with <c>string</c> or <c>base64_string</c>.</summary>
    private static CapturedBody? Body(YamlNode? node)
    {
        switch (node)
        {
            case YamlScalarNode scalar when scalar.Tag == BinaryTag:
                return CapturedBody.OfBytes(Base64(scalar.Value));
            case YamlScalarNode scalar:
                return IsNull(scalar) ? null : CapturedBody.OfText(scalar.Value);
            case YamlMappingNode mapping when Child(mapping, "base64_string") is YamlScalarNode encoded:
                return CapturedBody.OfBytes(Base64(encoded.Value));
            case YamlMappingNode mapping when Child(mapping, "string") is YamlScalarNode text:
                return text.Tag == BinaryTag ? CapturedBody.OfBytes(Base64(text.Value)) : CapturedBody.OfText(text.Value);
            default:
                return null;
        }
    }

    private static byte[] Base64(string? text)
    {
        try
        {
            return Convert.FromBase64String(string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c))));
        }
        catch (FormatException)
        {
            throw new FormatException("a body marked base64 or binary is not base64");
        }
    }

    /// <summary>Headers as a mapping of a name to one value or a list of values.</summary>
    private static IReadOnlyList<KeyValuePair<string, string>> Headers(YamlNode? node)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (node is not YamlMappingNode mapping)
        {
            return headers;
        }

        foreach (var header in mapping.Children)
        {
            var name = Scalar(header.Key) ?? "";
            var values = header.Value is YamlSequenceNode list ? list.Children.Select(Scalar) : [Scalar(header.Value)];
            headers.AddRange(values.Where(v => v is not null).Select(v => new KeyValuePair<string, string>(name, v!)));
        }

        return headers;
    }

    private static YamlNode? Child(YamlMappingNode? mapping, string key)
        => mapping?.Children.FirstOrDefault(c => c.Key is YamlScalarNode s && s.Value == key).Value;

    private static string? Scalar(YamlNode? node) => node is YamlScalarNode scalar && !IsNull(scalar) ? scalar.Value : null;

    private static bool IsNull(YamlScalarNode scalar)
        => scalar.Style == SharpYaml.ScalarStyle.Plain && scalar.Value is null or "" or "null" or "~";

    private static CaptureFile Failed(string problem) => new([], [problem]);
}
