using System.Text.Json;
using OneSignal;
using OpenApiCodegen.Benchmarks.Client.Fixtures;

namespace OpenApiCodegen.Benchmarks.Client.Ours;

/// <summary>The create-notification fixture, built with the types our generator emits for spec/onesignal.yaml.</summary>
internal static class OurRequests
{
    public static Notification SpringSale() => new()
    {
        AppId = Account.AppId,
        Name = "Spring sale 2026",
        IncludedSegments = ["Active Users", "Engaged Users"],
        ExcludedSegments = ["Purchased Last 7 Days"],
        Filters =
        [
            new Filter { Field = "tag", Key = "plan", Relation = FilterRelation.Equal, Value = "premium" },
            new Operator { OperatorValue = OperatorOperator.OR },
            new Filter { Field = "last_session", Relation = FilterRelation.LessThan, HoursAgo = "48" },
        ],
        Contents = new LanguageStringMap
        {
            En = "Everything is 30% off until Sunday. Tap to see what's new.",
            Es = "¡Todo con un 30 % de descuento hasta el domingo! Toca para ver las novedades.",
        },
        Headings = new LanguageStringMap { En = "Spring sale", Es = "Rebajas de primavera" },
        // The spec declares data as a free-form object, which the generator maps to JsonElement.
        Data = JsonElement.Parse("""{ "campaign": "spring-2026", "deep_link": "acme://sale/spring", "discount": "30" }"""),
        Buttons =
        [
            new Button { Id = "shop", Text = "Shop now", Icon = "ic_menu_shop" },
            new Button { Id = "later", Text = "Remind me later" },
        ],
        Url = "https://example.com/sale/spring",
        IosBadgeType = "Increase",
        IosBadgeCount = 1,
        AndroidChannelId = "5e3a5c7e-1f1a-4b1e-9e2d-6f1b8a9c0d1e",
        Ttl = 86_400,
        Priority = 10,
        IdempotencyKey = Guid.Parse(CreateNotificationFixture.IdempotencyKey),
    };

    public static OneSignalClient Client(HttpMessageHandler handler)
        => new(new HttpClient(handler), new OneSignalClientOptions { RestApiKey = Account.RestApiKey });
}
