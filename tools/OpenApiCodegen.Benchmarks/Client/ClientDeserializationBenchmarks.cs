using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OneSignal;
using OpenApiCodegen.Benchmarks.Client.Fixtures;
using OpenApiCodegen.Benchmarks.Client.HandWritten;
using OpenApiCodegen.Benchmarks.Client.Infrastructure;
using OpenApiCodegen.Benchmarks.Client.Ours;

namespace OpenApiCodegen.Benchmarks.Client;

/// <summary>
/// Reading a view-notifications answer of 50 messages (<see cref="NotificationListFixture"/>) from UTF-8 JSON into
/// each implementation's types. The baseline is System.Text.Json's source generator over hand-written types.
/// </summary>
[MemoryDiagnoser]
public partial class ClientDeserializationBenchmarks
{
    private readonly byte[] _json = NotificationListFixture.Json;

    [GlobalSetup]
    public void Setup()
    {
        var expected = NotificationDigest.Of(_json);
        Expect.SameText(expected, HandWrittenDigest.Of(HandWritten()), "hand-written read");
        Expect.SameText(expected, OurDigest.Of(OpenApiCodegen()), "OpenApiCodegen read");

        // Beyond the digest, what was read is all there: written back, it is the answer again (the hand-written
        // types leave nulls out, and our types keep even those).
        Expect.SameJson(_json, JsonSerializer.SerializeToUtf8Bytes(HandWritten(), HandWrittenJsonContext.Default.NotificationPage), "hand-written round trip", dropNulls: true);
        Expect.SameJson(_json, JsonSerializer.SerializeToUtf8Bytes(OpenApiCodegen(), OneSignalClientJsonContext.Default.NotificationSlice), "OpenApiCodegen round trip");
        SetupKiota();
        Console.WriteLine($"// {NotificationListFixture.Count} notifications, {_json.Length:N0} bytes of JSON");
    }

    /// <summary>Checks Kiota's reading, when the Kiota client was generated (ClientDeserializationBenchmarks.Kiota.cs).</summary>
    partial void SetupKiota();

    [Benchmark(Baseline = true)]
    public NotificationPage HandWritten() => JsonSerializer.Deserialize(_json, HandWrittenJsonContext.Default.NotificationPage)!;

    /// <summary>Through the generated JSON context; the client reads answers with the same converter.</summary>
    [Benchmark]
    public NotificationSlice OpenApiCodegen() => JsonSerializer.Deserialize(_json, OneSignalClientJsonContext.Default.NotificationSlice)!;
}
