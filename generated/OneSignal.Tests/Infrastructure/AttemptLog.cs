using System.Collections.Concurrent;

namespace OneSignal.Tests.Infrastructure;

/// <summary>
/// Records every attempt a client makes, as "METHOD /path". Placed inside the resilience pipeline, it
/// counts retries exactly when the call returns, where the fake's own log may still be catching up.
/// </summary>
internal sealed class AttemptLog
{
    private readonly ConcurrentQueue<string> _attempts = new();

    public IReadOnlyList<string> Attempts => _attempts.ToList();

    public void Clear() => _attempts.Clear();

    public DelegatingHandler Handler() => new Recorder(this);

    private sealed class Recorder(AttemptLog log) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            log._attempts.Enqueue($"{request.Method} {request.RequestUri!.AbsolutePath}");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
