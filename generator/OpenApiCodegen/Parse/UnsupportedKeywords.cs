using System;
using System.Collections.Generic;
using Microsoft.OpenApi;

namespace OpenApiCodegen.Parse;

/// <summary>
/// JSON Schema keywords that shape the data but have no C# counterpart here. The generator types such a
/// schema as if the keyword were absent; each one is reported (OAC004) so nobody mistakes that for support.
/// Pure validation keywords (pattern, minimum, maxLength...) are not reported: the server enforces those.
/// </summary>
internal static class UnsupportedKeywords
{
    /// <summary>OpenAPI 3.1 keywords that OpenAPI.NET keeps only as unrecognized keywords.</summary>
    private static readonly string[] Unrecognized =
    {
        "prefixItems", "contains", "dependentSchemas", "unevaluatedItems", "propertyNames",
    };

    /// <summary>Keywords OpenAPI.NET drops while reading; only the spec text shows them.</summary>
    private static readonly string[] Dropped = { "if", "then", "else" };

    /// <summary>
    /// Whether the text may hold a keyword OpenAPI.NET drops: a cheap scan (ordinal searches, no regex), so that the
    /// source map, which parses the text again, is only built for the specs that need it.
    /// </summary>
    public static bool MayBeDroppedIn(string text)
    {
        foreach (var keyword in Dropped)
        {
            if (IsKeyIn(text, keyword + ":") || IsKeyIn(text, "\"" + keyword + "\""))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="needle"/> occurs where a key can start (a YAML key, a JSON member name).</summary>
    private static bool IsKeyIn(string text, string needle)
    {
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '{' or ',' or '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The unsupported keywords present in <paramref name="schema"/> at <paramref name="pointer"/>, with what each
    /// means for the generated type. <paramref name="writtenAt"/> tells whether the spec text has a node at a pointer.
    /// </summary>
    public static IEnumerable<(string Keyword, string Consequence)> In(IOpenApiSchema schema, string pointer, Func<string, bool>? writtenAt)
    {
        if (writtenAt is not null)
        {
            foreach (var keyword in Dropped)
            {
                if (writtenAt(pointer + "/" + keyword))
                {
                    yield return (keyword, "the condition is not applied");
                }
            }
        }

        if (schema.Not is not null)
        {
            yield return ("not", "the excluded shapes are not rejected");
        }

        if (schema.Const is not null)
        {
            yield return ("const", "any value of the type is accepted");
        }

        if (schema.PatternProperties is { Count: > 0 })
        {
            yield return ("patternProperties", "matching properties are kept, untyped, in ExtensionData");
        }

        if (schema.UnrecognizedKeywords is { Count: > 0 } unrecognized)
        {
            foreach (var keyword in Unrecognized)
            {
                if (unrecognized.ContainsKey(keyword))
                {
                    yield return (keyword, "the schema is typed from its other keywords");
                }
            }
        }
    }
}
