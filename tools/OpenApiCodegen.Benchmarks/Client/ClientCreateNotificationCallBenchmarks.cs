using BenchmarkDotNet.Attributes;
using OneSignal;
using OpenApiCodegen.Benchmarks.Client.Fixtures;
using OpenApiCodegen.Benchmarks.Client.HandWritten;
using OpenApiCodegen.Benchmarks.Client.Infrastructure;
using OpenApiCodegen.Benchmarks.Client.Ours;

namespace OpenApiCodegen.Benchmarks.Client;

/// <summary>
/// A whole create_notification call through HttpClient, answered in memory by <see cref="CannedResponseHandler"/>:
/// build the request, write the body, send it (the handler reads it to the end), read and type the answer. The
/// baseline is HttpClient with JsonContent and ReadFromJsonAsync over a source-generated context.
/// </summary>
[MemoryDiagnoser]
public partial class ClientCreateNotificationCallBenchmarks
{
    private const string Uri = "https://api.onesignal.com/notifications";

    private readonly CannedResponseHandler _handler = new(CreateNotificationFixture.ResponseJson);
    private HandWrittenOneSignalClient _handWritten = null!;
    private NotificationRequest _handWrittenBody = null!;
    private OneSignalClient _ours = null!;
    private Notification _oursBody = null!;

    [GlobalSetup]
    public void Setup()
    {
        _handWritten = new HandWrittenOneSignalClient(new HttpClient(_handler) { BaseAddress = new System.Uri(Account.BaseAddress, "/") });
        _handWrittenBody = HandWrittenRequests.SpringSale();
        _ours = OurRequests.Client(_handler);
        _oursBody = OurRequests.SpringSale();

        _handler.Capture = true;
        var handWritten = HandWritten().GetAwaiter().GetResult();
        Expect.Request(_handler.LastRequest, "POST", Uri, CreateNotificationFixture.RequestJson, "hand-written call");
        Expect.Equal(CreateNotificationFixture.CreatedId, handWritten.Id, "hand-written answer id");

        var ours = OpenApiCodegen().GetAwaiter().GetResult();
        Expect.Request(_handler.LastRequest, "POST", Uri, CreateNotificationFixture.RequestJson, "OpenApiCodegen call");
        Expect.Equal(CreateNotificationFixture.CreatedId, ours.Id, "OpenApiCodegen answer id");

        SetupKiota();
        _handler.Capture = false;
    }

    /// <summary>Sets up and checks Kiota's clients, when the Kiota client was generated (ClientCreateNotificationCallBenchmarks.Kiota.cs).</summary>
    partial void SetupKiota();

    [Benchmark(Baseline = true)]
    public Task<CreateNotificationResult> HandWritten() => _handWritten.CreateNotificationAsync(_handWrittenBody);

    [Benchmark]
    public Task<CreateNotificationSuccessResponse> OpenApiCodegen() => _ours.Notifications.CreateNotificationAsync(_oursBody);
}
