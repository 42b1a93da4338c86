using System.Text;

namespace OpenApiCodegen.SpecDiff.Schemas;

/// <summary>
/// Names a place in a spec in the spec's own words, from its JSON pointer:
/// <c>#/components/schemas/Pet/properties/tags/items</c> reads <c>Pet.tags[]</c>, and
/// <c>#/paths/~1pets/post/requestBody/content/application~1json/schema/properties/name</c> reads
/// <c>POST /pets request body.name</c>.
/// </summary>
internal static class SpecWords
{
    public static string Describe(string pointer)
    {
        var segments = Split(pointer);
        var text = new StringBuilder();
        var i = 0;
        if (segments.Count >= 3 && segments[0] == "components")
        {
            text.Append(segments[2]);
            i = 3;
        }
        else if (segments.Count >= 3 && segments[0] == "paths")
        {
            text.Append(segments[2].ToUpperInvariant()).Append(' ').Append(segments[1]);
            i = 3;
            i = DescribeOperationPart(segments, i, text);
        }
        else
        {
            return pointer;
        }

        for (; i < segments.Count; i++)
        {
            switch (segments[i])
            {
                case "properties" when i + 1 < segments.Count:
                    text.Append('.').Append(segments[++i]);
                    break;
                case "items":
                    text.Append("[]");
                    break;
                case "additionalProperties":
                    text.Append("[key]");
                    break;
                case "allOf" when i + 1 < segments.Count:
                    i++; // a merged part: its properties belong to the object itself
                    break;
                case "oneOf" or "anyOf" when i + 1 < segments.Count:
                    text.Append('<').Append(segments[i]).Append(' ').Append(segments[++i]).Append('>');
                    break;
                case "schema":
                    break;
                default:
                    text.Append('/').Append(segments[i]);
                    break;
            }
        }

        return text.ToString();
    }

    // "requestBody/content/application~1json/schema" and the like, after "METHOD /path".
    private static int DescribeOperationPart(List<string> segments, int i, StringBuilder text)
    {
        if (i >= segments.Count)
        {
            return i;
        }

        switch (segments[i])
        {
            case "requestBody":
                text.Append(" request body");
                i++;
                break;
            case "responses" when i + 1 < segments.Count:
                text.Append(" response ").Append(segments[i + 1]);
                i += 2;
                break;
            case "parameters" when i + 1 < segments.Count:
                text.Append(" parameter #").Append(segments[i + 1]);
                return i + 2;
            default:
                return i;
        }

        if (i + 1 < segments.Count && segments[i] == "content")
        {
            text.Append(" (").Append(segments[i + 1]).Append(')');
            i += 2;
        }

        return i;
    }

    private static List<string> Split(string pointer)
    {
        var trimmed = pointer.TrimStart('#').TrimStart('/');
        return trimmed.Length == 0
            ? []
            : trimmed.Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
    }
}
