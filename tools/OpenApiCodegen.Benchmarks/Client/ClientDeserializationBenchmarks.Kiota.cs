#if KIOTA_CLIENT
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Serialization.Json;
using OpenApiCodegen.Benchmarks.Client.Infrastructure;
using OpenApiCodegen.Benchmarks.Client.Kiota;

namespace OpenApiCodegen.Benchmarks.Client;

public partial class ClientDeserializationBenchmarks
{
    partial void SetupKiota() => Expect.SameText(NotificationDigest.Of(_json), KiotaDigest.Of(Kiota()), "Kiota read");

    /// <summary>
    /// What Kiota's JsonParseNodeFactory does with an answer (parse a JsonDocument, keep a clone of its root so the
    /// parse node outlives the pooled document), then the generated model reads itself from the parse node.
    /// </summary>
    [Benchmark]
    public KiotaOneSignal.Models.NotificationSlice Kiota()
    {
        JsonElement root;
        using (var document = JsonDocument.Parse(_json))
        {
            root = document.RootElement.Clone();
        }

        return new JsonParseNode(root).GetObjectValue(KiotaOneSignal.Models.NotificationSlice.CreateFromDiscriminatorValue)!;
    }
}
#endif
