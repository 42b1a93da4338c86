namespace OpenApiCodegen.SpecDiff.Schemas;

/// <summary>
/// Names a place inside a component schema in the spec's own words, from its JSON pointer:
/// <c>#/components/schemas/Pet/properties/tags/items</c> reads <c>Pet.tags[]</c>. The same words
/// come out whichever type merges the component, so a change reached from several types reads once.
/// </summary>
internal static class SpecWords
{
    public static string Describe(string pointer)
    {
        var segments = pointer.TrimStart('#').TrimStart('/').Split('/')
            .Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .ToList();
        if (segments.Count < 3 || segments[0] != "components")
        {
            return pointer;
        }

        var text = new System.Text.StringBuilder(segments[2]);
        for (var i = 3; i < segments.Count; i++)
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
                default:
                    text.Append('/').Append(segments[i]);
                    break;
            }
        }

        return text.ToString();
    }
}
