using System.Net;
using System.Net.Http.Headers;

namespace OpenApiCodegen.Benchmarks.Client.Infrastructure;

/// <summary>
/// The end of every client's HttpClient pipeline in the call benchmarks: it answers each request with the same
/// canned JSON, without a network. It reads the request body to the end, as sending it would, because a body can be
/// lazy (JsonContent serializes only when it is sent) and an unread body would not be measured at all.
/// </summary>
public sealed class CannedResponseHandler : HttpMessageHandler
{
    private readonly byte[] _body;

    public CannedResponseHandler(byte[] body) => _body = body;

    /// <summary>When set, the last request is kept (method, URI, headers, body) so the setup can check what was sent.</summary>
    public bool Capture { get; set; }

    public CapturedRequest? LastRequest { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Capture)
        {
            LastRequest = await CapturedRequest.FromAsync(request, cancellationToken).ConfigureAwait(false);
        }
        else if (request.Content is { } content)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var answer = new ByteArrayContent(_body);
        answer.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = answer, RequestMessage = request };
    }
}
