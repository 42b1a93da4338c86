#if KIOTA_CLIENT
using BenchmarkDotNet.Attributes;
using KiotaOneSignal;
using OpenApiCodegen.Benchmarks.Client.Fixtures;
using OpenApiCodegen.Benchmarks.Client.Infrastructure;
using OpenApiCodegen.Benchmarks.Client.Kiota;

namespace OpenApiCodegen.Benchmarks.Client;

public partial class ClientViewNotificationsCallBenchmarks
{
    private KiotaOneSignalClient _kiota = null!;
    private KiotaOneSignalClient _kiotaWithMiddleware = null!;

    partial void SetupKiota()
    {
        _kiota = KiotaRequests.Client(_handler);
        _kiotaWithMiddleware = KiotaRequests.ClientWithDefaultMiddleware(_handler);

        var kiota = Kiota().GetAwaiter().GetResult() ?? throw new InvalidOperationException("Kiota read no page.");
        Expect.Request(_handler.LastRequest, "GET", Uri, body: null, "Kiota call");
        Expect.SameText(_expected, KiotaDigest.Of(kiota), "Kiota answer");

        var withMiddleware = KiotaDefaultMiddleware().GetAwaiter().GetResult() ?? throw new InvalidOperationException("Kiota read no page.");
        Expect.Request(_handler.LastRequest, "GET", Uri, body: null, "Kiota call with default middleware");
        Expect.SameText(_expected, KiotaDigest.Of(withMiddleware), "Kiota (default middleware) answer");
    }

    /// <summary>Kiota over the same bare HttpClient as the other two: the like-for-like row.</summary>
    [Benchmark]
    public Task<KiotaOneSignal.Models.NotificationSlice?> Kiota() => _kiota.Notifications.GetAsync(Query);

    /// <summary>Kiota as its documentation sets it up, with its default middleware in the HttpClient.</summary>
    [Benchmark]
    public Task<KiotaOneSignal.Models.NotificationSlice?> KiotaDefaultMiddleware() => _kiotaWithMiddleware.Notifications.GetAsync(Query);

    private static void Query(Microsoft.Kiota.Abstractions.RequestConfiguration<KiotaOneSignal.Notifications.NotificationsRequestBuilder.NotificationsRequestBuilderGetQueryParameters> request)
    {
        request.QueryParameters.AppId = Account.AppId;
        request.QueryParameters.Limit = NotificationListFixture.Count;
        request.QueryParameters.Offset = 0;
    }
}
#endif
