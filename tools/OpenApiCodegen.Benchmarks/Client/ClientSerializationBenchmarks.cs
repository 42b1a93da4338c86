using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OneSignal;
using OpenApiCodegen.Benchmarks.Client.Fixtures;
using OpenApiCodegen.Benchmarks.Client.HandWritten;
using OpenApiCodegen.Benchmarks.Client.Infrastructure;
using OpenApiCodegen.Benchmarks.Client.Ours;

namespace OpenApiCodegen.Benchmarks.Client;

/// <summary>
/// Writing a create_notification body to UTF-8 JSON, as each client does before sending it: the same message
/// (<see cref="CreateNotificationFixture"/>), built once, written by each implementation into a byte array.
/// The baseline is System.Text.Json's source generator over hand-written types.
/// </summary>
[MemoryDiagnoser]
public partial class ClientSerializationBenchmarks
{
    private NotificationRequest _handWritten = null!;
    private Notification _ours = null!;

    [GlobalSetup]
    public void Setup()
    {
        _handWritten = HandWrittenRequests.SpringSale();
        _ours = OurRequests.SpringSale();
        Expect.SameJson(CreateNotificationFixture.RequestJson, HandWritten(), "hand-written request");
        Expect.SameJson(CreateNotificationFixture.RequestJson, OpenApiCodegen(), "OpenApiCodegen request");
        SetupKiota();
    }

    /// <summary>Builds and checks Kiota's message, when the Kiota client was generated (ClientSerializationBenchmarks.Kiota.cs).</summary>
    partial void SetupKiota();

    [Benchmark(Baseline = true)]
    public byte[] HandWritten() => JsonSerializer.SerializeToUtf8Bytes(_handWritten, HandWrittenJsonContext.Default.NotificationRequest);

    /// <summary>Through the generated JSON context, as the README shows; the client writes bodies with the same converter.</summary>
    [Benchmark]
    public byte[] OpenApiCodegen() => JsonSerializer.SerializeToUtf8Bytes(_ours, OneSignalClientJsonContext.Default.Notification);
}
