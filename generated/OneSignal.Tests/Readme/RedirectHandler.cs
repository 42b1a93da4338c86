namespace OneSignal.Tests.Readme;

/// <summary>
/// Sends what a client addresses to OneSignal's real host to the fake instead, and records where it
/// was addressed: the configuration examples set no base address, and must not reach the network.
/// </summary>
internal sealed class RedirectHandler : DelegatingHandler
{
    private readonly Uri _target;
    private readonly List<Uri> _addressed = [];

    public RedirectHandler(Uri target)
        : base(new SocketsHttpHandler())
    {
        _target = target;
    }

    /// <summary>The URIs requests were sent to before redirection.</summary>
    public IReadOnlyList<Uri> Addressed
    {
        get
        {
            lock (_addressed)
            {
                return _addressed.ToList();
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var original = request.RequestUri!;
        lock (_addressed)
        {
            _addressed.Add(original);
        }

        request.RequestUri = new UriBuilder(original) { Scheme = _target.Scheme, Host = _target.Host, Port = _target.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
