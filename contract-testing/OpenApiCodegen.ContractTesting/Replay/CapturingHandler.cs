using System.Net.Http.Headers;

namespace OpenApiCodegen.ContractTesting.Replay;

/// <summary>
/// Sits between the generated client and the network and keeps a copy of the last request and response,
/// so the checks judge what really went over the wire rather than what the client meant to send.
/// </summary>
public sealed class CapturingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public SentRequest? LastRequest { get; private set; }

    public ReceivedResponse? LastResponse { get; private set; }

    public Exchange Take()
    {
        var exchange = new Exchange(LastRequest, LastResponse);
        LastRequest = null;
        LastResponse = null;
        return exchange;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = null;
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            body = await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }

        var uri = request.RequestUri!;
        LastRequest = new SentRequest(request.Method.Method, uri.AbsolutePath, ParseQuery(uri.Query), Headers(request.Headers, request.Content?.Headers), body);

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var responseBody = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        LastResponse = new ReceivedResponse((int)response.StatusCode, Headers(response.Headers, response.Content.Headers), responseBody);
        return response;
    }

    public static IReadOnlyList<KeyValuePair<string, string>> ParseQuery(string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? "" : part[(equals + 1)..];
            pairs.Add(new(Decode(name), Decode(value)));
        }

        return pairs;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static IReadOnlyList<KeyValuePair<string, string>> Headers(HttpHeaders headers, HttpHeaders? contentHeaders)
        => headers.Concat(contentHeaders ?? (IEnumerable<KeyValuePair<string, IEnumerable<string>>>)[])
            .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value)))
            .ToList();
}
