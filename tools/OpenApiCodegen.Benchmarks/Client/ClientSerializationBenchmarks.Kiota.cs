#if KIOTA_CLIENT
using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Serialization.Json;
using OpenApiCodegen.Benchmarks.Client.Fixtures;
using OpenApiCodegen.Benchmarks.Client.Infrastructure;
using OpenApiCodegen.Benchmarks.Client.Kiota;

namespace OpenApiCodegen.Benchmarks.Client;

public partial class ClientSerializationBenchmarks
{
    private KiotaOneSignal.Models.Notification _kiota = null!;

    partial void SetupKiota()
    {
        _kiota = KiotaRequests.SpringSale();
        Expect.SameJson(CreateNotificationFixture.RequestJson, Kiota(), "Kiota request");
    }

    /// <summary>What Kiota's request builder does with a body (RequestInformation.SetContentFromParsable), then the bytes.</summary>
    [Benchmark]
    public byte[] Kiota()
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, _kiota);
        using var content = writer.GetSerializedContent();
        return ((MemoryStream)content).ToArray();
    }
}
#endif
