using System.Text.Json.Serialization;

namespace OpenApiCodegen.Benchmarks.Client.HandWritten;

/// <summary>
/// System.Text.Json's source generator over the hand-written types: no reflection, as fast as System.Text.Json goes.
/// OneSignal's names are snake_case; the general defaults (not Web's) keep property matching case-sensitive, the
/// faster choice, since OneSignal's casing never varies. Nulls are left out of requests, as OneSignal expects.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NotificationRequest))]
[JsonSerializable(typeof(CreateNotificationResult))]
[JsonSerializable(typeof(NotificationPage))]
internal sealed partial class HandWrittenJsonContext : JsonSerializerContext;
