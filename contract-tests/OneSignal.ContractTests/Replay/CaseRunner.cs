using OneSignal.ContractTests.Invocation;
using OneSignal.ContractTests.Oracles;
using OneSignal.ContractTests.Recordings;
using OneSignal.ContractTests.Spec;

namespace OneSignal.ContractTests.Replay;

/// <summary>
/// Calls the generated client once per recording, through a <see cref="CapturingHandler"/>, and collects
/// what the oracles need. The same runner serves replays (a local WireMock.Net server) and live runs.
/// </summary>
public sealed class CaseRunner : IDisposable
{
    private readonly CapturingHandler _handler;
    private readonly HttpClient _http;
    private readonly OneSignalClient _client;
    private readonly Credentials _credentials;
    private readonly SpecDocument _spec;

    public CaseRunner(SpecDocument spec, Uri baseAddress, Credentials credentials, HttpMessageHandler? transport = null)
    {
        _spec = spec;
        _credentials = credentials;
        _handler = new CapturingHandler(transport ?? new SocketsHttpHandler { AllowAutoRedirect = false });
        _http = new HttpClient(_handler) { Timeout = TimeSpan.FromMinutes(2) };
        _client = new OneSignalClient(_http, credentials.Options(baseAddress));
    }

    public async Task<CaseResult> RunAsync(OperationSpec operation, Recording recording, CancellationToken cancellationToken)
    {
        ClientOutcome? outcome = null;
        Exception? error = null;
        try
        {
            if (!OperationInvokers.All.TryGetValue(operation.OperationId, out var invoke))
            {
                throw new ArgumentBindingException($"the generated client has no method for operation '{operation.OperationId}' (OperationInvokers has no entry)");
            }

            var path = operation.Path.Match(recording.Request.Path)
                ?? throw new ArgumentBindingException($"the recorded path {recording.Request.Path} does not fit {operation.Path}");
            outcome = await invoke(_client, new CallArguments(recording.Request, path.Values), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // Anything but an API answer: bad arguments, a missing credential, a dropped connection.
            error = e;
        }

        return new CaseResult(_spec, operation, recording, _handler.Take(), outcome, error, _credentials);
    }

    public void Dispose() => _http.Dispose();
}
