#if KIOTA_CLIENT
using BenchmarkDotNet.Attributes;
using KiotaOneSignal;
using OpenApiCodegen.Benchmarks.Client.Fixtures;
using OpenApiCodegen.Benchmarks.Client.Infrastructure;
using OpenApiCodegen.Benchmarks.Client.Kiota;

namespace OpenApiCodegen.Benchmarks.Client;

public partial class ClientCreateNotificationCallBenchmarks
{
    private KiotaOneSignalClient _kiota = null!;
    private KiotaOneSignalClient _kiotaWithMiddleware = null!;
    private KiotaOneSignal.Models.Notification _kiotaBody = null!;

    partial void SetupKiota()
    {
        _kiota = KiotaRequests.Client(_handler);
        _kiotaWithMiddleware = KiotaRequests.ClientWithDefaultMiddleware(_handler);
        _kiotaBody = KiotaRequests.SpringSale();

        var kiota = Kiota().GetAwaiter().GetResult();
        Expect.Request(_handler.LastRequest, "POST", Uri, CreateNotificationFixture.RequestJson, "Kiota call");
        Expect.Equal(CreateNotificationFixture.CreatedId, kiota?.Id, "Kiota answer id");

        var withMiddleware = KiotaDefaultMiddleware().GetAwaiter().GetResult();
        Expect.Request(_handler.LastRequest, "POST", Uri, CreateNotificationFixture.RequestJson, "Kiota call with default middleware");
        Expect.Equal(CreateNotificationFixture.CreatedId, withMiddleware?.Id, "Kiota (default middleware) answer id");
    }

    /// <summary>Kiota over the same bare HttpClient as the other two: the like-for-like row.</summary>
    [Benchmark]
    public Task<KiotaOneSignal.Models.CreateNotificationSuccessResponse?> Kiota() => _kiota.Notifications.PostAsync(_kiotaBody);

    /// <summary>Kiota as its documentation sets it up, with its default middleware in the HttpClient.</summary>
    [Benchmark]
    public Task<KiotaOneSignal.Models.CreateNotificationSuccessResponse?> KiotaDefaultMiddleware() => _kiotaWithMiddleware.Notifications.PostAsync(_kiotaBody);
}
#endif
