using OpenApiCodegen.ContractTesting.Oracles;
using OpenApiCodegen.ContractTesting.Profiles;
using OpenApiCodegen.ContractTesting.Recordings;
using OpenApiCodegen.ContractTesting.Spec;
using OpenApiCodegen.Operations;

namespace OpenApiCodegen.ContractTesting.Replay;

/// <summary>
/// Calls the generated client once per recording, through a <see cref="CapturingHandler"/>, and collects
/// what the oracles need. The same runner serves replays (a local WireMock.Net server) and live runs.
/// </summary>
public sealed class CaseRunner : IDisposable
{
    private readonly CapturingHandler _handler;
    private readonly HttpClient _http;
    private readonly object _client;
    private readonly IOperationCatalog _catalog;

    // The generated operation catalog: a new operation in the spec is called without any code written for it.
    private readonly Dictionary<string, OperationDescriptor> _operations;
    private readonly Credentials _credentials;
    private readonly SpecDocument _spec;

    public CaseRunner(ContractProfile profile, SpecDocument spec, Uri baseAddress, Credentials credentials, HttpMessageHandler? transport = null)
    {
        _catalog = profile.Catalog;
        _operations = _catalog.Operations.ToDictionary(o => o.OperationId, StringComparer.Ordinal);
        _spec = spec;
        _credentials = credentials;
        _handler = new CapturingHandler(transport ?? new SocketsHttpHandler { AllowAutoRedirect = false });
        _http = new HttpClient(_handler) { Timeout = TimeSpan.FromMinutes(2) };
        _client = _catalog.CreateClient(_http, baseAddress, credentials.BySchemeName);
    }

    public async Task<CaseResult> RunAsync(OperationSpec operation, Recording recording, CancellationToken cancellationToken)
    {
        OperationOutcome? outcome = null;
        Exception? error = null;
        try
        {
            if (!_operations.TryGetValue(operation.OperationId, out var descriptor))
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

        return new CaseResult(_spec, operation, recording, _handler.Take(), outcome, error, _credentials, _catalog.SecuritySchemes, _operations.GetValueOrDefault(operation.OperationId));
    }

    public void Dispose() => _http.Dispose();
}
