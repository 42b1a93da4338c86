using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenApiCodegen.ContractTesting.Recordings;

/// <summary>
/// Which matcher of a mapping WireMock.Net refused to load, so that its error points at the file's line and column
/// rather than at a position inside one pattern: a matcher whose name the error quotes, a regular expression that does
/// not compile, or a JSON pattern that is not JSON.
/// </summary>
public static class MatcherProblem
{
    /// <summary>The JSON pointer of the matcher part to blame, or null when none can be told.</summary>
    public static string? Locate(JsonObject mapping, string error)
    {
        var matchers = Matchers(mapping).ToList();
        foreach (var (pointer, matcher) in matchers)
        {
            if (matcher["Name"] is JsonValue name && error.Contains($"'{name}'", StringComparison.Ordinal))
            {
                return pointer + "/Name";
            }
        }

        foreach (var (pointer, matcher) in matchers)
        {
            var kind = matcher["Name"]?.ToString() ?? "";
            if (matcher["Pattern"] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                continue;
            }

            var pattern = value.ToString();
            if ((kind.StartsWith("Regex", StringComparison.Ordinal) && !IsRegex(pattern))
                || (kind.StartsWith("Json", StringComparison.Ordinal) && !kind.Contains("Path", StringComparison.Ordinal) && !IsJson(pattern)))
            {
                return pointer + "/Pattern";
            }
        }

        return null;
    }

    /// <summary>Every matcher object of the request, with its pointer.</summary>
    private static IEnumerable<(string Pointer, JsonObject Matcher)> Matchers(JsonObject mapping)
    {
        if (mapping["Request"] is not JsonObject request)
        {
            yield break;
        }

        foreach (var (name, part) in request)
        {
            switch (part)
            {
                case JsonObject { } single when single["Matcher"] is JsonObject matcher:
                    yield return ($"/Request/{name}/Matcher", matcher);
                    break;
                case JsonObject { } withList when withList["Matchers"] is JsonArray list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (list[i] is JsonObject item)
                        {
                            yield return ($"/Request/{name}/Matchers/{i}", item);
                        }
                    }

                    break;
                case JsonArray entries:
                    for (var i = 0; i < entries.Count; i++)
                    {
                        var matchers = (entries[i] as JsonObject)?["Matchers"] as JsonArray ?? [];
                        for (var j = 0; j < matchers.Count; j++)
                        {
                            if (matchers[j] is JsonObject item)
                            {
                                yield return ($"/Request/{name}/{i}/Matchers/{j}", item);
                            }
                        }
                    }

                    break;
            }
        }
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
