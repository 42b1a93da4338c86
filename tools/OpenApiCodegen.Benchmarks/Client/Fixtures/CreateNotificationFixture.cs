using System.Text;

namespace OpenApiCodegen.Benchmarks.Client.Fixtures;

/// <summary>
/// A realistic create_notification: a push to two segments minus one, narrowed by filters (a tag OR a recent session),
/// with its text and title in English and Spanish, custom data for the app, two action buttons, a badge, an Android
/// channel, a time to live and an idempotency key. Every implementation builds this message its own way, and the
/// benchmark setup checks that each one writes exactly this JSON (property order aside).
/// </summary>
internal static class CreateNotificationFixture
{
    public const string IdempotencyKey = "4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

    public const string CreatedId = "b98881cc-1e94-4366-bbd9-db8f3429292b";

    public static byte[] RequestJson { get; } = Encoding.UTF8.GetBytes($$"""
        {
          "app_id": "{{Account.AppId}}",
          "name": "Spring sale 2026",
          "included_segments": ["Active Users", "Engaged Users"],
          "excluded_segments": ["Purchased Last 7 Days"],
          "filters": [
            { "field": "tag", "key": "plan", "relation": "=", "value": "premium" },
            { "operator": "OR" },
            { "field": "last_session", "relation": "<", "hours_ago": "48" }
          ],
          "contents": {
            "en": "Everything is 30% off until Sunday. Tap to see what's new.",
            "es": "¡Todo con un 30 % de descuento hasta el domingo! Toca para ver las novedades."
          },
          "headings": { "en": "Spring sale", "es": "Rebajas de primavera" },
          "data": { "campaign": "spring-2026", "deep_link": "acme://sale/spring", "discount": "30" },
          "buttons": [
            { "id": "shop", "text": "Shop now", "icon": "ic_menu_shop" },
            { "id": "later", "text": "Remind me later" }
          ],
          "url": "https://example.com/sale/spring",
          "ios_badgeType": "Increase",
          "ios_badgeCount": 1,
          "android_channel_id": "5e3a5c7e-1f1a-4b1e-9e2d-6f1b8a9c0d1e",
          "ttl": 86400,
          "priority": 10,
          "idempotency_key": "{{IdempotencyKey}}"
        }
        """);

    /// <summary>OneSignal's answer when the message was created (as recorded in contract-tests/recordings/create_notification).</summary>
    public static byte[] ResponseJson { get; } = Encoding.UTF8.GetBytes($$"""{"id":"{{CreatedId}}","external_id":null}""");
}
