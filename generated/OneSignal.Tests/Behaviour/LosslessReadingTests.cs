using System.Text.Json;
using System.Text.Json.Nodes;
using OneSignal.Tests.Infrastructure;

namespace OneSignal.Tests.Behaviour;

/// <summary>
/// OneSignal adds fields and values without notice: a realistic notification answer with an unknown enum
/// value, unknown properties (top-level and nested) and explicit nulls reads without error, keeps every
/// one of them, and writes back the same JSON.
/// </summary>
public sealed class LosslessReadingTests : IDisposable
{
    private const string NotificationId = "b98881cc-1e94-4366-bbd9-db8f3429292b";

    // get_notification as OneSignal answers it, plus what our spec does not know (marked "new"):
    // target_channel "rcs" and aggregation "avg" (new enum values), fcap_status and
    // platform_delivery_stats.ios.frequency_capped (new properties).
    private const string Answer = """
        {
          "id": "b98881cc-1e94-4366-bbd9-db8f3429292b",
          "app_id": "9f2c1e3a-5b7d-4c8e-a1f0-2d3b4c5e6f70",
          "name": "Order shipped",
          "target_channel": "rcs",
          "included_segments": ["Active Subscriptions"],
          "excluded_segments": [],
          "contents": { "en": "Your order has shipped.", "es": "Tu pedido ha sido enviado." },
          "headings": { "en": "Good news" },
          "data": { "order_id": "A-1001", "deep_link": "shop://orders/A-1001" },
          "url": null,
          "isIos": true,
          "isAndroid": true,
          "isAnyWeb": false,
          "huawei_category": "MARKETING",
          "throttle_rate_per_minute": null,
          "delayed_option": "timezone",
          "delivery_time_of_day": "9:00AM",
          "successful": 1203,
          "failed": 4,
          "errored": 1,
          "converted": 87,
          "received": 1190,
          "remaining": 0,
          "queued_at": 1732700000,
          "send_after": 1732700000,
          "completed_at": 1732700042,
          "canceled": false,
          "bcc_sent": null,
          "platform_delivery_stats": {
            "ios": { "successful": 702, "failed": 3, "errored": 0, "converted": 51, "received": 695, "frequency_capped": 12 },
            "android": { "successful": 501, "failed": 1, "errored": 1, "converted": 36, "received": 495 }
          },
          "outcomes": [
            { "id": "os__click.count", "value": 87, "aggregation": "count" },
            { "id": "order_value", "value": 4210, "aggregation": "avg" }
          ],
          "fcap_status": "uncapped"
        }
        """;

    private readonly FakeOneSignal _fake = new();

    public void Dispose() => _fake.Dispose();

    [Fact]
    public async Task UnknownEnumValuesAndPropertiesOfANotificationAreKept()
    {
        var notification = await Read();

        Assert.Equal(("rcs", false), (notification.TargetChannel?.Value, notification.TargetChannel?.IsKnown));
        Assert.Equal(("avg", false), (notification.Outcomes![1].Aggregation.Value, notification.Outcomes[1].Aggregation.IsKnown));
        Assert.True(notification.Outcomes[0].Aggregation == OutcomeDataAggregation.Count);
        Assert.True(notification.HuaweiCategory == NotificationContentHuaweiCategory.Marketing);
        Assert.Equal("uncapped", notification.ExtensionData["fcap_status"].GetString());
        Assert.Equal(12, notification.PlatformDeliveryStats!.Ios!.ExtensionData["frequency_capped"].GetInt32());

        // What the spec knows reads as typed values.
        Assert.Equal((1203L, 87L, 1732700042L, false), (notification.Successful, notification.Converted, notification.CompletedAt, notification.Canceled));
        Assert.Equal("A-1001", notification.Data!.Value.GetProperty("order_id").GetString());
    }

    [Fact]
    public async Task ANotificationWritesBackTheJsonItWasReadFrom()
    {
        var notification = await Read();

        var written = JsonSerializer.Serialize(notification, OneSignalClientJsonContext.Default.NotificationWithMeta);

        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(Answer), JsonNode.Parse(written)),
            $"Written back differently:\n{written}");
    }

    private async Task<NotificationWithMeta> Read()
    {
        _fake.Answer("GET", "/notifications/" + NotificationId, 200, Answer);
        return await _fake.Client().Analytics.GetNotificationAsync(NotificationId, FakeOneSignal.AppId, TestContext.Current.CancellationToken);
    }
}
