using BenchmarkDotNet.Attributes;
using OneSignal;
using OpenApiCodegen.Benchmarks.Client.Fixtures;
using OpenApiCodegen.Benchmarks.Client.HandWritten;
using OpenApiCodegen.Benchmarks.Client.Infrastructure;
using OpenApiCodegen.Benchmarks.Client.Ours;

namespace OpenApiCodegen.Benchmarks.Client;

/// <summary>
/// A whole get_notifications call (view notifications: GET with app_id, limit and offset in the query) through
/// HttpClient, answered in memory by <see cref="CannedResponseHandler"/> with the 50-message page of
/// <see cref="NotificationListFixture"/>. The baseline is HttpClient with ReadFromJsonAsync over a source-generated context.
/// </summary>
[MemoryDiagnoser]
public partial class ClientViewNotificationsCallBenchmarks
{
    private const string Uri = "https://api.onesignal.com/notifications?app_id=" + Account.AppId + "&limit=50&offset=0";

    private readonly CannedResponseHandler _handler = new(NotificationListFixture.Json);
    private readonly string _expected = NotificationDigest.Of(NotificationListFixture.Json);
    private HandWrittenOneSignalClient _handWritten = null!;
    private OneSignalClient _ours = null!;

    [GlobalSetup]
    public void Setup()
    {
        _handWritten = new HandWrittenOneSignalClient(new HttpClient(_handler) { BaseAddress = new System.Uri(Account.BaseAddress, "/") });
        _ours = OurRequests.Client(_handler);

        _handler.Capture = true;
        var handWritten = HandWritten().GetAwaiter().GetResult();
        Expect.Request(_handler.LastRequest, "GET", Uri, body: null, "hand-written call");
        Expect.SameText(_expected, HandWrittenDigest.Of(handWritten), "hand-written answer");

        var ours = OpenApiCodegen().GetAwaiter().GetResult();
        Expect.Request(_handler.LastRequest, "GET", Uri, body: null, "OpenApiCodegen call");
        Expect.SameText(_expected, OurDigest.Of(ours), "OpenApiCodegen answer");

        SetupKiota();
        _handler.Capture = false;
    }

    /// <summary>Sets up and checks Kiota's clients, when the Kiota client was generated (ClientViewNotificationsCallBenchmarks.Kiota.cs).</summary>
    partial void SetupKiota();

    [Benchmark(Baseline = true)]
    public Task<NotificationPage> HandWritten() => _handWritten.ViewNotificationsAsync(Account.AppId, limit: NotificationListFixture.Count, offset: 0);

    [Benchmark]
    public Task<NotificationSlice> OpenApiCodegen() => _ours.Analytics.GetNotificationsAsync(Account.AppId, limit: NotificationListFixture.Count, offset: 0);
}
