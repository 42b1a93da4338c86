using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly.Timeout;

namespace OneSignal;

/// <summary>
/// The outermost handler of the client <see cref="OneSignalServiceCollectionExtensions.AddOneSignal"/>
/// registers. The resilience pipeline reports an attempt that ran out of time as Polly's
/// <see cref="TimeoutRejectedException"/>; callers get the <see cref="TimeoutException"/> that the client
/// documents, and throws itself when it runs without the pipeline, instead of a type of a library they
/// never referenced.
/// </summary>
internal sealed class AttemptTimeoutHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            throw new TimeoutException($"{request.Method} {request.RequestUri?.AbsolutePath} got no answer within {e.Timeout} (OneSignalClientOptions.Timeout), on its last attempt.", e);
        }
    }
}
