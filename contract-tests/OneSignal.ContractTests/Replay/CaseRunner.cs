using OpenApiCodegen.Operations;
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
    // The generated operation catalog: a new operation in the spec is called without any code written for it.
    private static readonly IReadOnlyDictionary<string, OperationDescriptor> Operations =
        OneSignalClientOperations.Instance.Operations.ToDictionary(o => o.OperationId, StringComparer.Ordinal);

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
        OperationOutcome? outcome = null;
        Exception? error = null;
        try
        {
            if (!Operations.TryGetValue(operation.OperationId, out var descriptor))
            {
                throw new ArgumentBindingException($"the generated client has no operation '{operation.OperationId}' (its operation catalog does not list it)");
            }

            _ = operation.Path.Match(recording.Request.Path)
                ?? throw new ArgumentBindingException($"the recorded path {recording.Request.Path} does not fit {operation.Path}");
            outcome = await descriptor.InvokeAsync(_client, recording.Request.ToOperationRequest(), cancellationToken).ConfigureAwait(false);
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
