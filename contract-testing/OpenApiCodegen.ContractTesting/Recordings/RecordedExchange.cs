namespace OpenApiCodegen.ContractTesting.Recordings;

/// <summary>The request side of a recording: what the real call sent, as WireMock.Net's request matchers describe it.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public IReadOnlyList<string>? QueryValues(string name) => Query.FirstOrDefault(q => q.Key == name).Value;

    /// <summary>The request as the generated operation catalog reads arguments from it: the query escaped again.</summary>
    public OpenApiCodegen.Operations.OperationRequest ToOperationRequest()
    {
        var query = string.Join("&", Query.SelectMany(q => q.Value.Select(v => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(v))));
        return new OpenApiCodegen.Operations.OperationRequest(Method, query.Length == 0 ? Path : Path + "?" + query, Headers, Body);
    }
}

/// <summary>The response side of a recording: what the API answered.</summary>
public sealed record RecordedResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
