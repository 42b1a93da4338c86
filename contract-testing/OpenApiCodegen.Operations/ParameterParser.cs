namespace OpenApiCodegen.Operations;

/// <summary>
/// Takes parameter values back out of a request: the inverse of the generated client's <c>ParameterSerializer</c>,
/// for every location, style and explode setting OpenAPI defines. Texts come back unescaped; what the value means
/// (a number, a date, an enum) is for the generated code to read.
/// </summary>
internal static class ParameterParser
{
    public static RawValue Path(ParameterDescriptor parameter, string text)
    {
        switch (parameter.Style)
        {
            case ParameterStyle.Label:
                if (!text.StartsWith(".", StringComparison.Ordinal))
                {
                    throw Mismatch(parameter, text, "a label-style value starts with '.'");
                }

                return Items(parameter, text.Substring(1), parameter.Explode ? '.' : ',', Unescape);
            case ParameterStyle.Matrix:
                return Matrix(parameter, text);
            default:
                return Items(parameter, text, ',', Unescape);
        }
    }

    /// <summary>The query string's name/value pairs in order, still percent-encoded.</summary>
    public static List<KeyValuePair<string, string>> QueryPairs(string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in query.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            pairs.Add(equals < 0
                ? new KeyValuePair<string, string>(part, string.Empty)
                : new KeyValuePair<string, string>(part.Substring(0, equals), part.Substring(equals + 1)));
        }

        return pairs;
    }

    public static RawValue? Query(ParameterDescriptor parameter, List<KeyValuePair<string, string>> pairs, OperationDescriptor operation)
    {
        var values = pairs.Where(p => UnescapeQuery(p.Key) == parameter.Name).Select(p => p.Value).ToList();
        switch (parameter.Style)
        {
            case ParameterStyle.DeepObject when parameter.Shape == ValueShape.Object:
                var prefix = parameter.Name + "[";
                var properties = pairs
                    .Select(p => (Name: UnescapeQuery(p.Key), p.Value))
                    .Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal) && p.Name.EndsWith("]", StringComparison.Ordinal))
                    .Select(p => new KeyValuePair<string, string>(p.Name.Substring(prefix.Length, p.Name.Length - prefix.Length - 1), UnescapeQuery(p.Value)))
                    .ToList();
                return properties.Count == 0 ? null : RawValue.OfProperties(properties);
            case ParameterStyle.SpaceDelimited when parameter.Shape == ValueShape.List:
            case ParameterStyle.PipeDelimited when parameter.Shape == ValueShape.List:
                if (values.Count == 0)
                {
                    return null;
                }

                var separator = parameter.Style == ParameterStyle.SpaceDelimited ? ' ' : '|';
                return RawValue.OfList(values.SelectMany(v => UnescapeQuery(v).Split(separator)).ToList());
        }

        if (parameter.Shape == ValueShape.Object && parameter.Explode)
        {
            // form, exploded: the object's properties are query parameters of their own, beside the declared ones.
            var declared = new HashSet<string>(operation.Parameters.Where(p => p.Location == ParameterLocation.Query).Select(p => p.Name), StringComparer.Ordinal);
            var own = pairs
                .Select(p => new KeyValuePair<string, string>(UnescapeQuery(p.Key), UnescapeQuery(p.Value)))
                .Where(p => !declared.Contains(p.Key))
                .ToList();
            return own.Count == 0 ? null : RawValue.OfProperties(own);
        }

        if (values.Count == 0)
        {
            return null;
        }

        if (parameter.Shape == ValueShape.List && parameter.Explode)
        {
            return RawValue.OfList(values.Select(UnescapeQuery).ToList());
        }

        if (values.Count > 1)
        {
            throw new ArgumentBindingException("query parameter '" + parameter.Name + "' has " + values.Count + " values where the operation takes one");
        }

        // Not exploded: items are escaped one by one and joined with ',', so the split comes before unescaping.
        return Items(parameter, values[0], ',', UnescapeQuery);
    }

    public static RawValue? Header(ParameterDescriptor parameter, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        // Headers are not escaped; several lines of one header are one comma-separated value.
        var text = string.Join(",", values);
        return Items(parameter, text, ',', t => t.Trim());
    }

    public static RawValue? Cookie(ParameterDescriptor parameter, IReadOnlyList<string> cookieHeaders)
    {
        foreach (var pair in cookieHeaders.SelectMany(h => h.Split(';')))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0 && pair.Substring(0, equals).Trim() == parameter.Name)
            {
                var value = Unescape(pair.Substring(equals + 1).Trim());
                return Items(parameter, value, ',', t => t);
            }
        }

        return null;
    }

    private static RawValue Matrix(ParameterDescriptor parameter, string text)
    {
        if (!text.StartsWith(";", StringComparison.Ordinal))
        {
            throw Mismatch(parameter, text, "a matrix-style value starts with ';'");
        }

        var pairs = text.Substring(1).Split(';').Select(part =>
        {
            var equals = part.IndexOf('=');
            return equals < 0
                ? new KeyValuePair<string, string>(Unescape(part), string.Empty)
                : new KeyValuePair<string, string>(Unescape(part.Substring(0, equals)), part.Substring(equals + 1));
        }).ToList();

        if (parameter.Shape == ValueShape.Object && parameter.Explode)
        {
            return RawValue.OfProperties(pairs.Select(p => new KeyValuePair<string, string>(p.Key, Unescape(p.Value))).ToList());
        }

        var own = pairs.Where(p => p.Key == parameter.Name).ToList();
        if (own.Count == 0)
        {
            throw Mismatch(parameter, text, "a matrix-style value names its parameter (;" + parameter.Name + "=...)");
        }

        if (parameter.Shape == ValueShape.List && parameter.Explode)
        {
            return RawValue.OfList(own.Select(p => Unescape(p.Value)).ToList());
        }

        return Items(parameter, own[0].Value, ',', Unescape);
    }

    /// <summary>A value made of items joined with <paramref name="separator"/>: split, then unescape each item.</summary>
    private static RawValue Items(ParameterDescriptor parameter, string text, char separator, Func<string, string> unescape)
    {
        switch (parameter.Shape)
        {
            case ValueShape.Scalar:
                return RawValue.Of(unescape(text));
            case ValueShape.List:
                return RawValue.OfList(text.Length == 0 ? Array.Empty<string>() : text.Split(separator).Select(unescape).ToList());
        }

        var items = text.Length == 0 ? Array.Empty<string>() : text.Split(separator);
        var properties = new List<KeyValuePair<string, string>>();
        if (parameter.Explode && separator != '.')
        {
            // k1=v1,k2=v2
            foreach (var item in items)
            {
                var equals = item.IndexOf('=');
                if (equals < 0)
                {
                    throw Mismatch(parameter, text, "an exploded object is written as name=value pairs");
                }

                properties.Add(new KeyValuePair<string, string>(unescape(item.Substring(0, equals)), unescape(item.Substring(equals + 1))));
            }
        }
        else if (parameter.Explode)
        {
            // label, exploded: .k1=v1.k2=v2
            foreach (var item in items)
            {
                var equals = item.IndexOf('=');
                properties.Add(equals < 0
                    ? new KeyValuePair<string, string>(unescape(item), string.Empty)
                    : new KeyValuePair<string, string>(unescape(item.Substring(0, equals)), unescape(item.Substring(equals + 1))));
            }
        }
        else
        {
            // k1,v1,k2,v2
            if (items.Length % 2 != 0)
            {
                throw Mismatch(parameter, text, "an object is written as name,value pairs");
            }

            for (var i = 0; i < items.Length; i += 2)
            {
                properties.Add(new KeyValuePair<string, string>(unescape(items[i]), unescape(items[i + 1])));
            }
        }

        return RawValue.OfProperties(properties);
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text);

    // Clients that write HTML forms send a space as '+'; the generated client escapes a '+' as %2B.
    public static string UnescapeQuery(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static ArgumentBindingException Mismatch(ParameterDescriptor parameter, string text, string expected)
        => new(parameter.Location.ToString().ToLowerInvariant() + " parameter '" + parameter.Name + "' is '" + text + "': " + expected);
}
