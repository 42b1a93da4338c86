namespace OpenApiCodegen.ContractTesting.Spec;

/// <summary>What the spec says about one operation: where it lives, what it takes and what it answers.</summary>
public sealed record OperationSpec(
    string OperationId,
    string Method,
    PathTemplate Path,
    IReadOnlyList<ParameterSpec> Parameters,
    RequestBodySpec? RequestBody,
    IReadOnlyList<ResponseSpec> Responses,
    IReadOnlyList<string> SecuritySchemes)
{
    /// <summary>GET and HEAD change nothing, so a live run may call them without --allow-writes.</summary>
    public bool IsReadOnly => Method is "GET" or "HEAD";

    public ParameterSpec? Parameter(string location, string name)
        => Parameters.FirstOrDefault(p => p.In == location && p.Name == name);

    /// <summary>
    /// The response the spec declares for a status: the exact code first, then a range such as <c>4XX</c>,
    /// then <c>default</c>, as OpenAPI resolves them. Null when none applies.
    /// </summary>
    public ResponseSpec? ResponseFor(int status)
    {
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Responses.FirstOrDefault(r => r.Status == code)
            ?? Responses.FirstOrDefault(r => r.Status.Length == 3 && r.Status[0] == code[0] && r.Status.EndsWith("XX", StringComparison.OrdinalIgnoreCase))
            ?? Responses.FirstOrDefault(r => r.Status == "default");
    }

    /// <summary>
    /// The response the generated client reads an answer of <paramref name="status"/> as: the declared one, except that a
    /// 2xx the spec does not list (or leaves to <c>default</c>) is read as the operation's first success answer with a body.
    /// </summary>
    public ResponseSpec? ResponseAsTheClientReads(int status)
    {
        var declared = ResponseFor(status);
        return status is >= 200 and < 300 && declared is null or { Status: "default" }
            ? Responses.FirstOrDefault(r => r.Status.StartsWith('2') && r.HasBody) ?? Responses.FirstOrDefault(r => r.Status.StartsWith('2')) ?? declared
            : declared;
    }

    /// <summary>The status codes the spec names explicitly (no ranges, no default): what coverage counts.</summary>
    public IEnumerable<string> DocumentedStatuses => Responses.Select(r => r.Status).Where(s => s.Length == 3 && s.All(char.IsDigit));
}

/// <summary>A path, query or header parameter. <see cref="Type"/> is the JSON type of its schema.</summary>
public sealed record ParameterSpec(string Name, string In, bool Required, string? Type, string? ItemType, IReadOnlyList<string> Enum);

/// <summary>The request body: whether it is required and which media types it may have.</summary>
public sealed record RequestBodySpec(bool Required, IReadOnlyList<string> MediaTypes);

/// <summary>One declared answer: its status key ("200", "4XX" or "default"), media types and headers.</summary>
public sealed record ResponseSpec(string Status, IReadOnlyList<string> MediaTypes, IReadOnlyList<HeaderSpec> Headers)
{
    public bool HasBody => MediaTypes.Count > 0;
}

/// <summary>A declared response header, such as <c>Retry-After</c> on a 429.</summary>
public sealed record HeaderSpec(string Name, bool Required, string? Type, decimal? Minimum);
