using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenApiCodegen.Benchmarks.Client.Fixtures;

/// <summary>
/// A realistic answer of get_notifications (view notifications): a full page of 50 messages, built the same way
/// every run. The shapes follow OneSignal's documented answer and our recording of it
/// (contract-tests/recordings/get_notifications/200-first-page.json): pushes to aliases and to segments, emails and
/// SMS, each with delivery counts per platform and outcomes, and <c>null</c> wherever OneSignal sends null for an
/// option the message does not use. Every integer fits in 32 bits, as Kiota reads the spec's plain integers as int.
/// </summary>
internal static class NotificationListFixture
{
    public const int Count = 50;

    public const int TotalCount = 1_284;

    public static byte[] Json { get; } = Build();

    private static byte[] Build()
    {
        using var stream = new MemoryStream();
        // As an API server writes it: UTF-8 text as it is, not \u-escaped ("¡", "+" in phone numbers).
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("total_count", TotalCount);
            writer.WriteNumber("offset", 0);
            writer.WriteNumber("limit", Count);
            writer.WriteStartArray("notifications");
            for (var i = 0; i < Count; i++)
            {
                WriteNotification(writer, i);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Cycles through the four kinds of message an app typically sends, so every shape appears a dozen times.</summary>
    private static void WriteNotification(Utf8JsonWriter writer, int i)
    {
        var queuedAt = 1_767_225_600 + (i * 3_600);
        writer.WriteStartObject();
        writer.WriteString("id", $"{i:x8}-1e94-4366-bbd9-db8f3429292b");
        writer.WriteString("app_id", Account.AppId);
        switch (i % 4)
        {
            case 0:
                WritePushToAlias(writer, i);
                break;
            case 1:
                WritePushToSegment(writer, i);
                break;
            case 2:
                WriteEmail(writer, i);
                break;
            default:
                WriteSms(writer, i);
                break;
        }

        writer.WriteNumber("remaining", 0);
        writer.WriteNumber("queued_at", queuedAt);
        writer.WriteNumber("send_after", queuedAt);
        writer.WriteNumber("completed_at", queuedAt + 61 + i);
        writer.WriteBoolean("canceled", false);
        writer.WriteEndObject();
    }

    private static void WritePushToAlias(Utf8JsonWriter writer, int i)
    {
        writer.WriteString("name", $"Order shipped #{10_023 + i}");
        writer.WriteStartArray("included_segments");
        writer.WriteEndArray();
        writer.WriteStartArray("excluded_segments");
        writer.WriteEndArray();
        writer.WriteNull("include_subscription_ids");
        writer.WriteStartObject("include_aliases");
        writer.WriteStartArray("external_id");
        writer.WriteStringValue($"user-{1_234 + i}");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteString("target_channel", "push");
        WriteText(writer, "contents", "Your order has shipped.", "Tu pedido ha sido enviado.");
        WriteText(writer, "headings", "Good news", "Buenas noticias");
        writer.WriteStartObject("data");
        writer.WriteString("order_id", $"A-{10_023 + i}");
        writer.WriteEndObject();
        WritePushOptions(writer, withButtons: true);
        WriteCounts(writer, successful: 1_842 + i, failed: 3, errored: 0, converted: 211 + i, received: 1_790 + i);
        writer.WriteNull("bcc_sent");
        writer.WriteStartObject("platform_delivery_stats");
        WriteDelivery(writer, "ios", 1_022 + i, 2, 0, 130 + i, 998 + i);
        WriteDelivery(writer, "android", 820, 1, 0, 81, 792);
        writer.WriteEndObject();
        WriteOutcomes(writer, ("os__click.count", 211 + i, "count"));
    }

    private static void WritePushToSegment(Utf8JsonWriter writer, int i)
    {
        writer.WriteString("name", $"Weekend sale, week {i}");
        writer.WriteStartArray("included_segments");
        writer.WriteStringValue("Active Users");
        writer.WriteStringValue("Engaged Users");
        writer.WriteEndArray();
        writer.WriteStartArray("excluded_segments");
        writer.WriteStringValue("Purchased Last 7 Days");
        writer.WriteEndArray();
        writer.WriteNull("include_subscription_ids");
        writer.WriteString("target_channel", "push");
        WriteText(writer, "contents", "Everything is 30% off until Sunday.", "¡Todo con un 30 % de descuento hasta el domingo!");
        WriteText(writer, "headings", "Weekend sale", "Rebajas de fin de semana");
        writer.WriteNull("data");
        WritePushOptions(writer, withButtons: false);
        WriteCounts(writer, successful: 48_210 + i, failed: 412, errored: 7, converted: 3_914 + i, received: 46_002 + i);
        writer.WriteNull("bcc_sent");
        writer.WriteStartObject("platform_delivery_stats");
        WriteDelivery(writer, "ios", 20_410 + i, 180, 3, 1_702, 19_870);
        WriteDelivery(writer, "android", 25_900, 220, 4, 2_050 + i, 24_380 + i);
        WriteDelivery(writer, "chrome_web_push", 1_900, 12, 0, 162, 1_752);
        writer.WriteEndObject();
        WriteOutcomes(writer, ("os__click.count", 3_914 + i, "count"), ("purchase.sum", 18_250 + (i * 10), "sum"));
    }

    private static void WriteEmail(Utf8JsonWriter writer, int i)
    {
        writer.WriteString("name", $"Weekly digest {i}");
        writer.WriteStartArray("included_segments");
        writer.WriteStringValue("Active Users");
        writer.WriteEndArray();
        writer.WriteStartArray("excluded_segments");
        writer.WriteEndArray();
        writer.WriteString("target_channel", "email");
        writer.WriteStartObject("contents");
        writer.WriteEndObject();
        writer.WriteStartObject("headings");
        writer.WriteEndObject();
        writer.WriteString("email_subject", $"Your weekly digest, issue {i}");
        writer.WriteString("email_from_name", "Acme");
        writer.WriteString("email_from_address", "news@example.com");
        writer.WriteNull("email_reply_to_address");
        writer.WriteNull("email_preheader");
        writer.WriteNull("template_id");
        WriteCounts(writer, successful: 5_120 + i, failed: 12, errored: 0, converted: 0, received: null);
        writer.WriteNumber("bcc_sent", 0);
        writer.WriteStartObject("platform_delivery_stats");
        writer.WriteStartObject("email");
        WriteCounts(writer, successful: 5_120 + i, failed: 12, errored: 0, converted: 0, received: null);
        writer.WriteNumber("opened", 2_210 + i);
        writer.WriteNumber("unique_opens", 1_830 + i);
        writer.WriteNumber("clicks", 640);
        writer.WriteNumber("unique_clicks", 512);
        writer.WriteNumber("bounced", 12);
        writer.WriteNumber("reported_spam", 1);
        writer.WriteNumber("unsubscribed", 9);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("outcomes");
        writer.WriteEndArray();
    }

    private static void WriteSms(Utf8JsonWriter writer, int i)
    {
        writer.WriteString("name", $"Appointment reminder {i}");
        writer.WriteStartArray("included_segments");
        writer.WriteEndArray();
        writer.WriteStartArray("excluded_segments");
        writer.WriteEndArray();
        writer.WriteStartObject("include_aliases");
        writer.WriteStartArray("external_id");
        writer.WriteStringValue($"user-{5_678 + i}");
        writer.WriteStringValue($"user-{9_012 + i}");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteString("target_channel", "sms");
        WriteText(writer, "contents", "Reminder: your appointment is tomorrow at 10:00.", null);
        writer.WriteStartObject("headings");
        writer.WriteEndObject();
        writer.WriteString("sms_from", "+15555550100");
        writer.WriteNull("sms_media_urls");
        WriteCounts(writer, successful: 2, failed: 0, errored: 0, converted: 0, received: null);
        writer.WriteNull("bcc_sent");
        writer.WriteStartObject("platform_delivery_stats");
        writer.WriteStartObject("sms");
        WriteCounts(writer, successful: 2, failed: 0, errored: 0, converted: 0, received: null);
        writer.WriteNumber("provider_successful", 2);
        writer.WriteNumber("provider_failed", 0);
        writer.WriteNumber("provider_errored", 0);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("outcomes");
        writer.WriteEndArray();
    }

    /// <summary>The options of a push message, mostly null as OneSignal sends them when unused.</summary>
    private static void WritePushOptions(Utf8JsonWriter writer, bool withButtons)
    {
        foreach (var name in new[] { "url", "web_url", "app_url", "big_picture", "chrome_web_image" })
        {
            writer.WriteNull(name);
        }

        writer.WritePropertyName("buttons");
        if (withButtons)
        {
            writer.WriteStartArray();
            writer.WriteStartObject();
            writer.WriteString("id", "track");
            writer.WriteString("text", "Track order");
            writer.WriteString("icon", "ic_menu_send");
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteNull("web_buttons");
        writer.WriteBoolean("isIos", true);
        writer.WriteBoolean("isAndroid", true);
        writer.WriteBoolean("isHuawei", false);
        writer.WriteBoolean("isAnyWeb", !withButtons);
        writer.WriteBoolean("isChromeWeb", false);
        writer.WriteBoolean("isFirefox", false);
        writer.WriteBoolean("isSafari", false);
        writer.WriteBoolean("isWP_WNS", false);
        writer.WriteBoolean("isAdm", false);
        writer.WriteBoolean("isChrome", false);
        foreach (var name in new[] { "android_channel_id", "small_icon", "large_icon", "ios_sound", "android_sound" })
        {
            writer.WriteNull(name);
        }

        writer.WriteString("ios_badgeType", "Increase");
        writer.WriteNumber("ios_badgeCount", 1);
        foreach (var name in new[] { "collapse_id", "delayed_option", "delivery_time_of_day" })
        {
            writer.WriteNull(name);
        }

        writer.WriteNumber("ttl", 259_200);
        writer.WriteNumber("priority", 10);
        writer.WriteNull("throttle_rate_per_minute");
        writer.WriteNull("thread_id");
        writer.WriteNull("template_id");
        writer.WriteNull("filters");
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string english, string? spanish)
    {
        writer.WriteStartObject(name);
        writer.WriteString("en", english);
        if (spanish is not null)
        {
            writer.WriteString("es", spanish);
        }

        writer.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter writer, int successful, int failed, int errored, int converted, int? received)
    {
        writer.WriteNumber("successful", successful);
        writer.WriteNumber("failed", failed);
        writer.WriteNumber("errored", errored);
        writer.WriteNumber("converted", converted);
        if (received is { } value)
        {
            writer.WriteNumber("received", value);
        }
        else
        {
            writer.WriteNull("received");
        }
    }

    private static void WriteDelivery(Utf8JsonWriter writer, string platform, int successful, int failed, int errored, int converted, int received)
    {
        writer.WriteStartObject(platform);
        WriteCounts(writer, successful, failed, errored, converted, received);
        writer.WriteEndObject();
    }

    private static void WriteOutcomes(Utf8JsonWriter writer, params (string Id, int Value, string Aggregation)[] outcomes)
    {
        writer.WriteStartArray("outcomes");
        foreach (var (id, value, aggregation) in outcomes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteNumber("value", value);
            writer.WriteString("aggregation", aggregation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
