using System.Globalization;
using System.Text.Json;

namespace OpenApiCodegen.ContractTesting.Oracles;

/// <summary>
/// Compares two JSON documents as JSON: property order and number spelling (<c>1.50</c>, <c>1.5</c>,
/// <c>15e-1</c>) do not matter; a repeated property name counts once per occurrence, so a reader that keeps
/// only one of them shows up as a loss.
/// </summary>
public static class JsonDiff
{
    public static IReadOnlyList<JsonDifference> Compare(JsonElement expected, JsonElement actual)
    {
        var differences = new List<JsonDifference>();
        Compare(expected, actual, "", differences);
        return differences;
    }

    public static IReadOnlyList<JsonDifference> Compare(string expected, string actual)
    {
        using var left = JsonDocument.Parse(expected);
        using var right = JsonDocument.Parse(actual);
        return Compare(left.RootElement, right.RootElement);
    }

    private static void Compare(JsonElement expected, JsonElement actual, string pointer, List<JsonDifference> differences)
    {
        if (expected.ValueKind != actual.ValueKind && !(IsBoolean(expected) && IsBoolean(actual)))
        {
            differences.Add(new(JsonDifferenceKind.Changed, pointer, Text(expected), Text(actual)));
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                CompareObjects(expected, actual, pointer, differences);
                break;
            case JsonValueKind.Array:
                var left = expected.EnumerateArray().ToList();
                var right = actual.EnumerateArray().ToList();
                for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
                {
                    var at = JsonPointer.Append(pointer, i);
                    if (i >= right.Count)
                    {
                        differences.Add(new(JsonDifferenceKind.Missing, at, Text(left[i]), null));
                    }
                    else if (i >= left.Count)
                    {
                        differences.Add(new(JsonDifferenceKind.Added, at, null, Text(right[i])));
                    }
                    else
                    {
                        Compare(left[i], right[i], at, differences);
                    }
                }

                break;
            case JsonValueKind.Number:
                if (!NumbersEqual(expected, actual))
                {
                    differences.Add(new(JsonDifferenceKind.Changed, pointer, Text(expected), Text(actual)));
                }

                break;
            case JsonValueKind.String:
                var a = expected.GetString()!;
                var b = actual.GetString()!;
                if (!string.Equals(a, b, StringComparison.Ordinal))
                {
                    differences.Add(new(SameValue(a, b) ? JsonDifferenceKind.Reformatted : JsonDifferenceKind.Changed, pointer, Text(expected), Text(actual)));
                }

                break;
            default:
                if (expected.ValueKind != actual.ValueKind)
                {
                    differences.Add(new(JsonDifferenceKind.Changed, pointer, Text(expected), Text(actual)));
                }

                break;
        }
    }

    private static void CompareObjects(JsonElement expected, JsonElement actual, string pointer, List<JsonDifference> differences)
    {
        var left = expected.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToList(), StringComparer.Ordinal);
        var right = actual.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToList(), StringComparer.Ordinal);
        foreach (var (name, values) in left)
        {
            var at = JsonPointer.Append(pointer, name);
            var others = right.TryGetValue(name, out var found) ? found : [];
            for (var i = 0; i < values.Count; i++)
            {
                if (i < others.Count)
                {
                    Compare(values[i], others[i], at, differences);
                }
                else
                {
                    differences.Add(new(JsonDifferenceKind.Missing, at, Text(values[i]), null));
                }
            }

            for (var i = values.Count; i < others.Count; i++)
            {
                differences.Add(new(JsonDifferenceKind.Added, at, null, Text(others[i])));
            }
        }

        foreach (var (name, values) in right.Where(r => !left.ContainsKey(r.Key)))
        {
            differences.AddRange(values.Select(v => new JsonDifference(JsonDifferenceKind.Added, JsonPointer.Append(pointer, name), null, Text(v))));
        }
    }

    private static bool IsBoolean(JsonElement element) => element.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static bool NumbersEqual(JsonElement a, JsonElement b)
    {
        if (a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y))
        {
            return x == y;
        }

        return a.TryGetDouble(out var p) && b.TryGetDouble(out var q) ? p.Equals(q) : a.GetRawText() == b.GetRawText();
    }

    /// <summary>The same instant or the same UUID, spelled differently: a change of text, not of value.</summary>
    private static bool SameValue(string a, string b)
    {
        if (Guid.TryParseExact(a, "D", out var g1) && Guid.TryParseExact(b, "D", out var g2))
        {
            return g1 == g2;
        }

        return LooksLikeDate(a) && LooksLikeDate(b)
            && DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d1)
            && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d2)
            && d1 == d2;
    }

    private static bool LooksLikeDate(string text) => text.Length >= 10 && char.IsDigit(text[0]) && text[4] == '-' && text[7] == '-';

    private static string Text(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length > 200 ? raw[..200] + "..." : raw;
    }
}
