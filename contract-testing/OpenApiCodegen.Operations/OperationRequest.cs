namespace OpenApiCodegen.Operations;

/// <summary>
/// A recorded HTTP request, as an operation's arguments are read from it: the path against the operation's template,
/// the query string, the headers and cookies, and the body as text.
/// </summary>
public sealed class OperationRequest
{
    private readonly Dictionary<string, List<string>> _headers = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="method">The HTTP method.</param>
    /// <param name="pathAndQuery">The path below the server's base path, with the query string if any (<c>/apps/1?limit=5</c>).</param>
    /// <param name="headers">Header names and values; a name may repeat.</param>
    /// <param name="body">The body as text; null or empty when there is none.</param>
    public OperationRequest(string method, string pathAndQuery, IEnumerable<KeyValuePair<string, string>> headers, string? body)
    {
        Method = method;
        var question = pathAndQuery.IndexOf('?');
        Path = question < 0 ? pathAndQuery : pathAndQuery.Substring(0, question);
        Query = question < 0 ? string.Empty : pathAndQuery.Substring(question + 1);
        Body = string.IsNullOrEmpty(body) ? null : body;
        foreach (var header in headers)
        {
            if (!_headers.TryGetValue(header.Key, out var values))
            {
                _headers[header.Key] = values = new List<string>();
            }

            values.Add(header.Value);
        }
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The path, still percent-encoded, without the query string.</summary>
    public string Path { get; }

    /// <summary>The query string without its '?', still percent-encoded.</summary>
    public string Query { get; }

    /// <summary>The body as text; null when there is none.</summary>
    public string? Body { get; }

    /// <summary>An <c>application/x-www-form-urlencoded</c> body's fields, unescaped, in order; empty without a body.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> FormFields() => Fields(Body ?? string.Empty);

    /// <summary>The name/value pairs of a query string or form body (<c>a=1&amp;b=x%20y</c>), unescaped, in order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Fields(string text)
        => ParameterParser.QueryPairs(text)
            .Select(p => new KeyValuePair<string, string>(ParameterParser.UnescapeQuery(p.Key), ParameterParser.UnescapeQuery(p.Value)))
            .ToList();

    /// <summary>A <c>multipart/form-data</c> body's parts, in order; empty without a body.</summary>
    /// <exception cref="ArgumentBindingException">The body is not laid out in parts of the boundary its Content-Type names.</exception>
    public IReadOnlyList<MultipartPart> Parts()
        => Body is null ? Array.Empty<MultipartPart>() : MultipartPart.Parse(Header("Content-Type").FirstOrDefault(), Body);

    /// <summary>The values of a header (case-insensitive name); empty when it is absent.</summary>
    public IReadOnlyList<string> Header(string name) => _headers.TryGetValue(name, out var values) ? values : Array.Empty<string>();

    /// <summary>
    /// The value of <paramref name="parameter"/> as <paramref name="operation"/> serializes it, or null when the request
    /// does not carry it.
    /// </summary>
    /// <exception cref="ArgumentBindingException">The request carries it in a form its style does not produce, or its path does not fit the template.</exception>
    public RawValue? Argument(OperationDescriptor operation, ParameterDescriptor parameter) => parameter.Location switch
    {
        ParameterLocation.Path => ParameterParser.Path(parameter, PathText(operation, parameter.Name)),
        ParameterLocation.Query => ParameterParser.Query(parameter, ParameterParser.QueryPairs(Query), operation),
        ParameterLocation.Header => ParameterParser.Header(parameter, Header(parameter.Name)),
        _ => ParameterParser.Cookie(parameter, Header("Cookie")),
    };

    private string PathText(OperationDescriptor operation, string name)
    {
        var values = PathTemplate.Match(operation.PathTemplate, Path)
            ?? throw new ArgumentBindingException("the recorded path " + Path + " does not fit " + operation.PathTemplate);
        return values.TryGetValue(name, out var text)
            ? text
            : throw new ArgumentBindingException("the path template " + operation.PathTemplate + " has no {" + name + "}");
    }
}
